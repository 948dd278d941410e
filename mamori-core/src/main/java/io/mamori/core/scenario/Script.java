package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * A planned source of scripted activity: the news desks, a crowd event, a campaign. A script is
 * immutable (its times and members are decided by the generator); each simulation run starts it
 * afresh with its own random source, so every run of a scenario gives the same posts.
 */
sealed interface Script permits NewsDesks, EarthquakeScript, FanStormScript, ShareButtonScript, HashtagTrendScript,
        AmplifierScript, CopyPastaScript, LaunderingScript, HijackScript {

    /** Seed of this script's random source. */
    long seed();

    /** Starts a run. */
    Runner start(Stage stage, SplittableRandom r);

    /** Plans, hour by hour, the actions of what this script starts in the hour. */
    interface Runner {
        /**
         * Schedules the actions of everything that starts in [from, to). Actions may run past
         * {@code to} but never start before {@code from}.
         */
        void plan(long from, long to);
    }

    /** The text of a post that shows its links as t.co addresses after the body. */
    static String withLinks(String body, List<String> urls) {
        StringBuilder b = new StringBuilder(body);
        for (String url : urls) {
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(ShortLinks.tco(url));
        }
        return b.toString();
    }

    /** Whether {@code time} is in [from, to). */
    static boolean within(long time, long from, long to) {
        return time >= from && time < to;
    }
}
