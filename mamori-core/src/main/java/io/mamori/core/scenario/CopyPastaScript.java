package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Copy-paste waves: at each wave, members post their own edit of the wave's message, spread over
 * the wave (front-loaded: most post early, as members work down the same task list). A few paste
 * the wave's master text verbatim, so exact-text matching catches some pairs but misses most.
 * Immutable.
 */
record CopyPastaScript(int[] members, long[] waves, int[] messages, double participation,
        long spread, long seed) implements Script {
    static final double VERBATIM_SHARE = 0.15;

    CopyPastaScript {
        // Arrays are copied so the script stays immutable whatever the generator does next.
        members = members.clone();
        waves = waves.clone();
        messages = messages.clone();
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
