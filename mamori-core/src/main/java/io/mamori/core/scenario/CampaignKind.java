package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/** The kinds of coordinated inauthentic campaign a scenario plants. */
public sealed interface CampaignKind {
    /** Short name of the kind, as in {@code groups.csv}. */
    String name();

    /**
     * A repost farm: young, low-follower accounts with generated-looking handles repost every post
     * of an operator account within seconds.
     *
     * @param operatorAccount the account whose posts are amplified (a member of the campaign)
     * @param bursts          how many operator posts the farm amplifies
     * @param minDelay        earliest repost after the operator's post
     * @param maxDelay        latest repost after the operator's post
     * @param participation   chance that a farm account reposts a given operator post
     */
    record AmplifierFarm(AccountId operatorAccount, int bursts, Duration minDelay, Duration maxDelay,
                         double participation) implements CampaignKind {
        public AmplifierFarm {
            Objects.requireNonNull(operatorAccount, "operatorAccount");
            Objects.requireNonNull(minDelay, "minDelay");
            Objects.requireNonNull(maxDelay, "maxDelay");
        }

        @Override
        public String name() {
            return "amplifier";
        }
    }

    /**
     * Members post the same message in waves, each with small edits (particles, punctuation,
     * emoji, "拡散希望", sentence order, line breaks) so that exact-text matching misses most pairs.
     *
     * @param waves         how many messages are pushed
     * @param participation chance that a member posts in a given wave
     * @param spread        how long a wave lasts
     */
    record CopyPasta(int waves, double participation, Duration spread) implements CampaignKind {
        public CopyPasta {
            Objects.requireNonNull(spread, "spread");
        }

        @Override
        public String name() {
            return "copy-paste";
        }
    }

    /**
     * Members post links to different articles of state-affiliated outlets and their mirrors,
     * with tracking parameters and through URL shorteners, so that exact-URL matching misses them
     * and only the outlet's domain ties them together.
     *
     * @param domains        the outlets linked to
     * @param bursts         how many link pushes there are
     * @param shortenedShare share of links posted through a URL shortener
     */
    record LinkLaundering(List<String> domains, int bursts, double shortenedShare) implements CampaignKind {
        public LinkLaundering {
            domains = List.copyOf(domains);
        }

        @Override
        public String name() {
            return "link-laundering";
        }
    }

    /**
     * Members flood a popular, benign election hashtag with their narrative while it trends, and
     * reply to the official reminders that anchor the trend.
     *
     * @param hashtag    the hijacked tag without '#'
     * @param trend      the benign trend event whose tag is hijacked
     * @param bursts     how many floods there are
     * @param replyShare share of flood posts that reply to a trend anchor
     */
    record HashtagHijack(String hashtag, GroupId trend, int bursts, double replyShare) implements CampaignKind {
        public HashtagHijack {
            Objects.requireNonNull(hashtag, "hashtag");
            Objects.requireNonNull(trend, "trend");
        }

        @Override
        public String name() {
            return "hashtag-hijack";
        }
    }

    /**
     * Old accounts, created years ago and mostly dormant or ordinary-looking, that join a few of
     * another campaign's bursts.
     *
     * @param host      the campaign whose bursts the sleepers join (an amplifier farm)
     * @param minBursts fewest bursts a sleeper joins
     * @param maxBursts most bursts a sleeper joins
     */
    record SleeperCell(GroupId host, int minBursts, int maxBursts) implements CampaignKind {
        public SleeperCell {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public String name() {
            return "sleeper";
        }
    }
}
