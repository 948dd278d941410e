package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;

/**
 * The accounts of a scenario as the simulation sees them: dense indices into parallel arrays
 * (ids, handles, follower counts, how often and how each account acts). Built once by the
 * generator; read-only afterwards, so simulation runs may share it.
 */
final class Cast {
    final AccountId[] ids;
    final String[] usernames;
    final long[] followers;
    /** Organic-looking actions per week (for campaign accounts: their cover activity). */
    final double[] weeklyRate;
    /** Share of an account's organic actions that are reposts. */
    final double[] repostShare;
    /** When an account's organic actions happen: its chronotype or its operators' schedule. */
    final Rhythm[] rhythm;
    /** Share of a campaign account's cover activity done in office hours (0 for others). */
    final double[] officeShare;
    final Rhythm[] officeRhythm;

    Cast(int size) {
        ids = new AccountId[size];
        usernames = new String[size];
        followers = new long[size];
        weeklyRate = new double[size];
        repostShare = new double[size];
        rhythm = new Rhythm[size];
        officeShare = new double[size];
        officeRhythm = new Rhythm[size];
    }

    int size() {
        return ids.length;
    }
}
