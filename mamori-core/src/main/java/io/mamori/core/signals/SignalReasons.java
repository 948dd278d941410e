package io.mamori.core.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A group's signals in sentences, for its reasons: a foreign working-hours time zone, and a
 * notable share of links to listed domains. The signals are evidence to weigh beside the
 * coordination score, which they do not change ({@code docs/signals.md}).
 */
public final class SignalReasons {
    /** A listed-link share is worth a sentence from this share of link posts on. */
    public static final double LINK_MIN_SHARE = 0.2;
    /** … and from this many listed posts on (one or two links are an anecdote, not a pattern). */
    public static final int LINK_MIN_POSTS = 3;
    /** Listed domains named in the sentence. */
    public static final int LINK_DOMAINS_NAMED = 3;

    private SignalReasons() {
    }

    /** The sentences for a profile: the time zone's when foreign, the links' when notable. */
    public static List<String> of(SignalProfile profile, ForeignTimeZoneRule rule) {
        List<String> out = new ArrayList<>(2);
        timeZone(profile.timeZone(), rule).ifPresent(out::add);
        links(profile.links()).ifPresent(out::add);
        return out;
    }

    /**
     * The sentences for a group: as {@link #of(SignalProfile, ForeignTimeZoneRule)}, except that a
     * group placed by its operation ({@link InferredTimeZone.Basis#OPERATION}) in a foreign time
     * zone says so ({@link #operationTimeZone}).
     */
    public static List<String> of(SignalProfile profile, InferredTimeZone inferred, OperationTimeZone operation,
                                  ForeignTimeZoneRule rule) {
        if (inferred.basis() == InferredTimeZone.Basis.GROUP) {
            return of(profile, rule);
        }
        List<String> out = new ArrayList<>(2);
        operationTimeZone(profile.timeZone(), operation, rule).ifPresent(out::add);
        links(profile.links()).ifPresent(out::add);
        return out;
    }

    /**
     * "active in office hours of UTC+3:00 (confidence 0.97), 6 h from the audience's (UTC+9:00)",
     * when {@code rule} flags the estimate.
     */
    public static Optional<String> timeZone(TimeZoneEstimate e, ForeignTimeZoneRule rule) {
        if (!rule.flags(e)) {
            return Optional.empty();
        }
        return Optional.of(String.format(Locale.ROOT, "active %s (confidence %.2f), %s from the audience's (%s)",
                where(e.pattern(), e.utcOffsetMinutes()), e.confidence(), hours(rule.distanceMinutes(e.utcOffsetMinutes())), utc(rule.audienceOffsetMinutes())));
    }

    /**
     * "its operation G13 is placed in office hours of UTC+3:00 by 12 of its 13 conclusively placed
     * units (confidence 0.90), 6 h from the audience's (UTC+9:00); its own posts alone place it on
     * the daily rhythm of UTC+9:00 with confidence 0.75, too little to conclude", when {@code rule}
     * flags the operation's time zone.
     */
    public static Optional<String> operationTimeZone(TimeZoneEstimate own, OperationTimeZone operation, ForeignTimeZoneRule rule) {
        if (!operation.foreign()) {
            return Optional.empty();
        }
        String alone = own.pattern().claimsOffset()
                ? String.format(Locale.ROOT, "place it %s with confidence %.2f, too little to conclude", where(own.pattern(),
                own.utcOffsetMinutes()), own.confidence())
                : own.pattern() == ActivityPattern.TOO_FEW ? "are too few to place it"
                : String.format(Locale.ROOT, "show no working hours (confidence %.2f)", own.confidence());
        int offset = operation.utcOffsetMinutes();
        return Optional.of(String.format(Locale.ROOT,
                "its operation %s is placed %s by %d of its %d conclusively placed units (confidence %.2f), %s from the audience's (%s); its own posts alone %s",
                operation.operation(), where(operation.pattern(), offset), operation.agreeingUnits(), operation.conclusiveUnits(),
                operation.confidence(), hours(rule.distanceMinutes(offset)), utc(rule.audienceOffsetMinutes()), alone));
    }

    /** "in office hours of UTC+3:00" or "on the daily rhythm of UTC+9:00", for a pattern claiming an offset. */
    private static String where(ActivityPattern pattern, int offsetMinutes) {
        return (pattern == ActivityPattern.OFFICE_HOURS ? "in office hours of " : "on the daily rhythm of ") + utc(offsetMinutes);
    }

    /**
     * "38 of 52 link posts (73 %) point to listed state media: rt.com (30), sputnikglobe.com (8)",
     * when at least {@value #LINK_MIN_SHARE} of the link posts and {@value #LINK_MIN_POSTS} posts
     * are listed.
     */
    public static Optional<String> links(LinkShare s) {
        if (s.listedPosts() < LINK_MIN_POSTS || s.share() < LINK_MIN_SHARE) {
            return Optional.empty();
        }
        List<DomainCategory> present = new ArrayList<>();
        for (DomainCategory c : DomainCategory.values()) {
            if (s.byCategory().getOrDefault(c, 0L) > 0) {
                present.add(c);
            }
        }
        String what;
        if (present.size() == 1) {
            what = "listed " + words(present.get(0));
        } else {
            List<String> parts = new ArrayList<>();
            for (DomainCategory c : present) {
                parts.add(words(c) + " " + s.byCategory().get(c));
            }
            what = "listed domains (" + String.join(", ", parts) + ")";
        }
        List<String> named = new ArrayList<>();
        for (int i = 0; i < Math.min(LINK_DOMAINS_NAMED, s.byEntry().size()); i++) {
            LinkShare.EntryPosts e = s.byEntry().get(i);
            named.add(e.entry().domain() + " (" + e.posts() + ")");
        }
        String more = s.byEntry().size() > LINK_DOMAINS_NAMED
                ? " and " + (s.byEntry().size() - LINK_DOMAINS_NAMED) + " more" : "";
        return Optional.of(String.format(Locale.ROOT, "%d of %d link posts (%d %%) point to %s: %s%s",
                s.listedPosts(), s.linkPosts(), Math.round(100 * s.share()), what, String.join(", ", named), more));
    }

    /** A category in words, plural. */
    public static String words(DomainCategory c) {
        return switch (c) {
            case STATE_MEDIA -> "state media";
            case INFLUENCE_NETWORK -> "influence-network sites";
            case NETWORK_SOURCE -> "sources of an influence network";
            case USER -> "user-listed domains";
        };
    }

    /** {@code UTC+3:00}, {@code UTC-3:30}, {@code UTC+0:00}. */
    public static String utc(int offsetMinutes) {
        int abs = Math.abs(offsetMinutes);
        return String.format(Locale.ROOT, "UTC%s%d:%02d", offsetMinutes < 0 ? "-" : "+", abs / 60, abs % 60);
    }

    private static String hours(int minutes) {
        return minutes % 60 == 0 ? minutes / 60 + " h" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }
}
