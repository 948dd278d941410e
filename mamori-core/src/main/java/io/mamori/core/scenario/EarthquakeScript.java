package io.mamori.core.scenario;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An earthquake felt by the members: each posts a near-identical "地震だ" / "揺れた" within about
 * a minute (log-normal, median 50 s), a third follow up a quarter of an hour later, and most
 * repost the agency's alert (posted 1.5–2.5 min after the shaking) and the broadcaster's flash
 * (3–5 min after) within minutes. Immutable.
 */
final class EarthquakeScript implements Script {
    private static final ZoneOffset JST = ZoneOffset.ofHours(9);
    static final long MEDIAN_POST_DELAY = 50 * Delays.SECOND;

    private final long time;
    private final int agency;
    private final int broadcaster;
    private final int[] members;
    private final String epicentre;
    private final int intensity;
    private final long seed;

    EarthquakeScript(long time, int agency, int broadcaster, int[] members, String epicentre, int intensity, long seed) {
        this.time = time;
        this.agency = agency;
        this.broadcaster = broadcaster;
        this.members = members.clone();
        this.epicentre = epicentre;
        this.intensity = intensity;
        this.seed = seed;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        return (from, to) -> {
            if (!Script.within(time, from, to)) {
                return;
            }
            Phrasebook phrases = stage.phrases();
            long alertAt = time + Delays.uniform(r, 90 * Delays.SECOND, 150 * Delays.SECOND);
            EmittedPost alert = new EmittedPost(agency);
            stage.schedule(new Action.Publish(agency, alertAt, alertText(), List.of(), alert, null));

            long flashAt = time + Delays.uniform(r, 3 * Delays.MINUTE, 5 * Delays.MINUTE);
            String url = Publisher.NHK.articleUrl(flashAt, r);
            String headline = "【速報】" + epicentre + "で震度" + intensity + "の揺れ 津波の心配なし";
            EmittedPost flash = new EmittedPost(broadcaster);
            stage.schedule(new Action.Publish(broadcaster, flashAt, Script.withLinks(headline, List.of(url)), List.of(url), flash,
                    new NewsWire.Article(Publisher.NHK, headline, url, flashAt, 8.0)));

            for (int m : members) {
                long first = time + Delays.logNormal(r, MEDIAN_POST_DELAY, 0.8, 4 * Delays.SECOND, 30 * Delays.MINUTE);
                stage.schedule(new Action.Publish(m, first, phrases.quakeFirst(r), List.of(), new EmittedPost(m), null));
                if (Draws.chance(r, 0.35)) {
                    long later = first + Delays.logNormal(r, 15 * Delays.MINUTE, 0.6, Delays.MINUTE, 3 * Delays.HOUR);
                    stage.schedule(new Action.Publish(m, later, phrases.quakeFollowUp(r), List.of(), new EmittedPost(m), null));
                }
                if (Draws.chance(r, 0.55)) {
                    stage.schedule(new Action.Repost(m, alertAt + Delays.logNormal(r, 3 * Delays.MINUTE, 0.9, 10 * Delays.SECOND, 2 * Delays.HOUR), alert));
                }
                if (Draws.chance(r, 0.45)) {
                    stage.schedule(new Action.Repost(m, flashAt + Delays.logNormal(r, 4 * Delays.MINUTE, 0.9, 10 * Delays.SECOND, 2 * Delays.HOUR), flash));
                }
            }
        };
    }

    /** The agency's standard wording: time of the quake (JST), epicentre, maximum intensity, tsunami. */
    private String alertText() {
        ZonedDateTime at = Instant.ofEpochMilli(time).atZone(JST);
        return "【地震情報】" + at.getDayOfMonth() + "日" + at.getHour() + "時" + at.getMinute() + "分ごろ、地震がありました。"
                + "震源地は" + epicentre + "、最大震度" + intensity + "。この地震による津波の心配はありません。";
    }
}
