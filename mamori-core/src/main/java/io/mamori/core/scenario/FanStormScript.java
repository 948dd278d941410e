package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A celebrity posts and fans repost within minutes (log-normal, median 75 s) and some reply
 * within the hour — several times in the week, so the same fans co-repost repeatedly. Immutable.
 */
record FanStormScript(int celebrity, int[] fans, long[] times, int[] postKinds,
        double repostProbability, long seed) implements Script {
    static final long MEDIAN_REPOST_DELAY = 75 * Delays.SECOND;
    private static final double REPLY_SHARE = 0.12;

    FanStormScript {
        // Arrays are copied so the script stays immutable whatever the generator does next.
        fans = fans.clone();
        times = times.clone();
        postKinds = postKinds.clone();
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        return (from, to) -> {
            for (int k = 0; k < times.length; k++) {
                long t = times[k];
                if (!Script.within(t, from, to)) {
                    continue;
                }
                EmittedPost post = new EmittedPost(celebrity);
                stage.schedule(new Action.Publish(celebrity, t, stage.phrases().celebrityPost(r, postKinds[k]), List.of(), post, null));
                for (int fan : fans) {
                    if (Draws.chance(r, repostProbability)) {
                        stage.schedule(new Action.Repost(fan, t + Delays.logNormal(r, MEDIAN_REPOST_DELAY, 1.0, 3 * Delays.SECOND, 6 * Delays.HOUR), post));
                    }
                    if (Draws.chance(r, REPLY_SHARE)) {
                        stage.schedule(new Action.Reply(fan, t + Delays.logNormal(r, 6 * Delays.MINUTE, 1.0, 20 * Delays.SECOND, 6 * Delays.HOUR),
                                post, stage.phrases().fanReply(r)));
                    }
                }
            }
        };
    }
}
