package io.mamori.core.signals;

import java.util.Objects;

/**
 * The signals of a set of accounts (a group, or one account): when it is active and what it links
 * to. Computed for a report by {@link SignalSweep}. Immutable.
 *
 * @param timeZone the working-hours time zone of all its posts
 * @param foreign  whether the {@link ForeignTimeZoneRule} of the sweep flags {@code timeZone}
 * @param links    its link posts' share to listed domains
 */
public record SignalProfile(TimeZoneEstimate timeZone, boolean foreign, LinkShare links) {
    public SignalProfile {
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(links, "links");
    }
}
