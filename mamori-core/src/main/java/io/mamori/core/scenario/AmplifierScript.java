package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A repost farm at work: at each burst the operator account posts a narrative and the farm
 * accounts (and the sleepers that join that burst) repost it within seconds, uniformly between
 * the minimum and maximum delay — the timing of scheduled automation, not of people. Immutable.
 */
record AmplifierScript(int operator, int[] farm, long[] bursts, int[][] sleepersByBurst,
        double participation, long minDelay, long maxDelay, long seed) implements Script {

    AmplifierScript {
        // Arrays are copied so the script stays immutable whatever the generator does next.
        farm = farm.clone();
        bursts = bursts.clone();
        int[][] copies = new int[sleepersByBurst.length][];
        for (int i = 0; i < sleepersByBurst.length; i++) {
            copies[i] = sleepersByBurst[i].clone();
        }
        sleepersByBurst = copies;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        return (from, to) -> {
            for (int k = 0; k < bursts.length; k++) {
                long t = bursts[k];
                if (!Script.within(t, from, to)) {
                    continue;
                }
                EmittedPost post = new EmittedPost(operator);
                stage.schedule(new Action.Publish(operator, t, stage.phrases().narrative(r), List.of(), post, null));
                for (int m : farm) {
                    if (Draws.chance(r, participation)) {
                        stage.schedule(new Action.Repost(m, t + Delays.uniform(r, minDelay, maxDelay), post));
                    }
                }
                for (int s : sleepersByBurst[k]) {
                    stage.schedule(new Action.Repost(s, t + Delays.uniform(r, minDelay, maxDelay), post));
                }
            }
        };
    }
}
