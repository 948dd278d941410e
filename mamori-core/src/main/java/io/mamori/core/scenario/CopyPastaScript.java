package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Copy-paste waves: at each wave, members post their own edit of the wave's message, spread over
 * the wave (front-loaded: most post early, as members work down the same task list). A few paste
 * the wave's master text verbatim; most keep each sentence of the wave's wording with probability
 * {@value #KEEP} and re-word the rest; some retell it in their "own words" (members differ in how
 * often they do: {@value #RETELLER_SHARE} of them retell {@value #RETELLER_RATE} of their posts,
 * the others {@value #COPIER_RATE}). So exact-text matching catches few pairs and a share of the
 * posts are near duplicates only at a character-bigram Jaccard of about 0.3–0.7. Immutable.
 */
record CopyPastaScript(int[] members, long[] waves, int[] messages, double participation,
        long spread, long seed) implements Script {
    static final double VERBATIM_SHARE = 0.12;
    static final double KEEP = 0.75;
    static final double RETELL_KEEP = 0.5;
    static final double RETELLER_SHARE = 0.2;
    static final double RETELLER_RATE = 0.5;
    static final double COPIER_RATE = 0.05;

    CopyPastaScript {
        // Arrays are copied so the script stays immutable whatever the generator does next.
        members = members.clone();
        waves = waves.clone();
        messages = messages.clone();
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        double[] retellRate = new double[members.length];
        for (int i = 0; i < members.length; i++) {
            retellRate[i] = Draws.chance(r, RETELLER_SHARE) ? RETELLER_RATE : COPIER_RATE;
        }
        Phrasebook phrases = stage.phrases();
        return (from, to) -> {
            for (int k = 0; k < waves.length; k++) {
                long t = waves[k];
                if (!Script.within(t, from, to)) {
                    continue;
                }
                long wording = r.nextLong();
                String master = CopyPastaEdits.vary(phrases.copyPastaSentences(messages[k], wording, 1.0, r), r);
                for (int i = 0; i < members.length; i++) {
                    if (!Draws.chance(r, participation)) {
                        continue;
                    }
                    long at = t + Math.round(spread * Math.pow(r.nextDouble(), 1.5));
                    String text;
                    if (Draws.chance(r, VERBATIM_SHARE)) {
                        text = master;
                    } else if (Draws.chance(r, retellRate[i])) {
                        text = CopyPastaEdits.retell(phrases.copyPastaSentences(messages[k], wording, RETELL_KEEP, r), r);
                    } else {
                        text = CopyPastaEdits.vary(phrases.copyPastaSentences(messages[k], wording, KEEP, r), r);
                    }
                    int m = members[i];
                    stage.schedule(new Action.Publish(m, at, text, List.of(), new EmittedPost(m), null));
                }
            }
        };
    }
}
