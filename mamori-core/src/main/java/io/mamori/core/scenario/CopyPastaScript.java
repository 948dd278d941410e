package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Copy-paste waves: at each wave, members post their own edit of the wave's message, spread over
 * the wave (front-loaded: most post early, as members work down the same task list). A few paste
 * the wave's master text verbatim, so exact-text matching catches some pairs but misses most.
 * Immutable.
 */
final class CopyPastaScript implements Script {
    static final double VERBATIM_SHARE = 0.15;

    private final int[] members;
    private final long[] waves;
    private final int[] messages;
    private final double participation;
    private final long spread;
    private final long seed;

    CopyPastaScript(int[] members, long[] waves, int[] messages, double participation, long spread, long seed) {
        this.members = members.clone();
        this.waves = waves.clone();
        this.messages = messages.clone();
        this.participation = participation;
        this.spread = spread;
        this.seed = seed;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        return (from, to) -> {
            for (int k = 0; k < waves.length; k++) {
                long t = waves[k];
                if (!Script.within(t, from, to)) {
                    continue;
                }
                String master = CopyPastaEdits.vary(stage.phrases().copyPastaSentences(messages[k], r), r);
                for (int m : members) {
                    if (Draws.chance(r, participation)) {
                        long at = t + Math.round(spread * Math.pow(r.nextDouble(), 1.5));
                        String text = Draws.chance(r, VERBATIM_SHARE) ? master
                                : CopyPastaEdits.vary(stage.phrases().copyPastaSentences(messages[k], r), r);
                        stage.schedule(new Action.Publish(m, at, text, List.of(), new EmittedPost(m), null));
                    }
                }
            }
        };
    }
}
