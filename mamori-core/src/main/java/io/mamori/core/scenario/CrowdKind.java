package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The benign crowd events of a scenario. Each makes many unrelated people do the same thing at
 * nearly the same time — dense co-activity that a good detector must not flag, because it is
 * explained by a shared outside cause and is not repeated by the same accounts under an operator's
 * schedule.
 */
public sealed interface CrowdKind {
    /** Short name of the kind, as in {@code groups.csv}. */
    String name();

    /**
     * An earthquake is felt: within minutes many users post near-identical "地震だ" / "揺れた"
     * and repost the meteorological agency's alert and a broadcaster's flash.
     *
     * @param epicentre        where the quake was, as the alert names it
     * @param maximumIntensity the alert's maximum seismic intensity (shindo)
     * @param alertAccount     the agency account that posts the alert
     * @param broadcaster      the broadcaster that posts the flash
     * @param medianPostDelay  median time from the shaking to a member's first post
     */
    record Earthquake(String epicentre, int maximumIntensity, AccountId alertAccount, AccountId broadcaster,
                      Duration medianPostDelay) implements CrowdKind {
        public Earthquake {
            Objects.requireNonNull(epicentre, "epicentre");
            Objects.requireNonNull(alertAccount, "alertAccount");
            Objects.requireNonNull(broadcaster, "broadcaster");
            Objects.requireNonNull(medianPostDelay, "medianPostDelay");
        }

        @Override
        public String name() {
            return "earthquake";
        }
    }

    /**
     * Fans repost a celebrity's posts within minutes, several times a week.
     *
     * @param celebrity          the celebrity account
     * @param posts              how many of the celebrity's posts set off a storm
     * @param repostProbability  chance that a fan reposts a given storm post
     * @param medianRepostDelay  median time from the post to a fan's repost
     */
    record FanStorm(AccountId celebrity, int posts, double repostProbability, Duration medianRepostDelay) implements CrowdKind {
        public FanStorm {
            Objects.requireNonNull(celebrity, "celebrity");
            Objects.requireNonNull(medianRepostDelay, "medianRepostDelay");
        }

        @Override
        public String name() {
            return "fan-storm";
        }
    }

    /**
     * A news site's share button pre-fills the same headline and link, so many users post the
     * identical text and URL over a few hours.
     *
     * @param headline          the pre-filled text without the link
     * @param url               the article
     * @param medianShareDelay  median time from publication to a member's share
     */
    record ShareButtonHeadline(String headline, String url, Duration medianShareDelay) implements CrowdKind {
        public ShareButtonHeadline {
            Objects.requireNonNull(headline, "headline");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(medianShareDelay, "medianShareDelay");
        }

        @Override
        public String name() {
            return "share-button";
        }
    }

    /**
     * A get-out-the-vote hashtag trends before and on election day: many users post varied texts
     * with the same hashtag and repost an official account's reminders.
     *
     * @param hashtag        the tag without '#'
     * @param end            when the trend ends (the end of the collection)
     * @param anchorAccount  the official account whose reminders are reposted (and hijacked)
     */
    record HashtagTrend(String hashtag, Instant end, AccountId anchorAccount) implements CrowdKind {
        public HashtagTrend {
            Objects.requireNonNull(hashtag, "hashtag");
            Objects.requireNonNull(end, "end");
            Objects.requireNonNull(anchorAccount, "anchorAccount");
        }

        @Override
        public String name() {
            return "hashtag-trend";
        }
    }
}
