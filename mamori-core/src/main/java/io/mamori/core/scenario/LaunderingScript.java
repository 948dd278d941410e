package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Link-laundering pushes: at each burst, members post within a quarter of an hour a link to a
 * different article of the burst's outlet, mostly with tracking parameters and sometimes through
 * a shortener, with a short "the media won't tell you" lead and the article's headline. Immutable.
 */
record LaunderingScript(int[] members, long[] bursts, String[] domains, double shortenedShare,
        String trackingCode, long seed) implements Script {
    private static final double PARTICIPATION = 0.6;
    private static final double TRACKED_SHARE = 0.6;
    private static final long SPREAD = 15 * Delays.MINUTE;

    LaunderingScript {
        // Arrays are copied so the script stays immutable whatever the generator does next.
        members = members.clone();
        bursts = bursts.clone();
        domains = domains.clone();
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        return (from, to) -> {
            for (int k = 0; k < bursts.length; k++) {
                long t = bursts[k];
                if (!Script.within(t, from, to)) {
                    continue;
                }
                for (int m : members) {
                    if (!Draws.chance(r, PARTICIPATION)) {
                        continue;
                    }
                    long at = t + Delays.uniform(r, 0, SPREAD);
                    String url = StateMedia.articleUrl(domains[k], at, r);
                    if (Draws.chance(r, TRACKED_SHARE)) {
                        url = StateMedia.withTracking(url, trackingCode, r);
                    }
                    if (Draws.chance(r, shortenedShare)) {
                        url = StateMedia.shortened(r);
                    }
                    String body = stage.phrases().launderingComment(r) + "「" + stage.phrases().stateHeadline(r) + "」";
                    List<String> urls = List.of(url);
                    stage.schedule(new Action.Publish(m, at, Script.withLinks(body, urls), urls, new EmittedPost(m), null));
                }
            }
        };
    }
}
