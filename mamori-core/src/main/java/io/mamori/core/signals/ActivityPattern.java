package io.mamori.core.signals;

/** Which weekly activity pattern explains an account's or a group's timestamps best. */
public enum ActivityPattern {
    /** People at work: weekdays (or every day) 09–18 local with a lunch dip, quiet nights. */
    OFFICE_HOURS,
    /** Ordinary users' day: quiet 02–06 local, lunch bump, main peak 21–23. */
    DAILY_RHYTHM,
    /** No working-hours structure: flat over the week, as automation running 24/7. No offset is claimed. */
    ROUND_THE_CLOCK,
    /** Too few posts to say anything. No offset is claimed. */
    TOO_FEW;

    /** True when the pattern locates its people in a time zone. */
    public boolean claimsOffset() {
        return this == OFFICE_HOURS || this == DAILY_RHYTHM;
    }
}
