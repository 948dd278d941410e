package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Hashtag hijacking: at each burst, members post their narrative with the trend's tag within
 * twenty minutes, a share of them as replies to the trend's latest official reminder. Immutable.
 */
final class HijackScript implements Script {
    private static final double PARTICIPATION = 0.7;
    private static final long SPREAD = 20 * Delays.MINUTE;

    private final GroupId trend;
    private final int[] members;
    private final long[] bursts;
    private final double replyShare;
    private final long seed;

    HijackScript(GroupId trend, int[] members, long[] bursts, double replyShare, long seed) {
        this.trend = trend;
        this.members = members.clone();
        this.bursts = bursts.clone();
        this.replyShare = replyShare;
        this.seed = seed;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        AnchorBoard anchors = stage.anchors(trend);
        return (from, to) -> {
            for (long t : bursts) {
                if (!Script.within(t, from, to)) {
                    continue;
                }
                for (int m : members) {
                    if (!Draws.chance(r, PARTICIPATION)) {
                        continue;
                    }
                    long at = t + Delays.uniform(r, 0, SPREAD);
                    String text = stage.phrases().hijack(r);
                    if (Draws.chance(r, replyShare)) {
                        stage.schedule(new Action.Reply(m, at, anchors, text));
                    } else {
                        stage.schedule(new Action.Publish(m, at, text, List.of(), new EmittedPost(m), null));
                    }
                }
            }
        };
    }
}
