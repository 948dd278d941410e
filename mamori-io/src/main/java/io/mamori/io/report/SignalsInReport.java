package io.mamori.io.report;

import io.mamori.core.signals.ActivityPattern;
import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.InferredTimeZone;
import io.mamori.core.signals.LinkShare;
import io.mamori.core.signals.OperationTimeZone;
import io.mamori.core.signals.SignalProfile;
import io.mamori.core.signals.TimeZoneEstimate;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The signals as {@code report.json} holds them (version 1.2: {@code parameters.signals},
 * {@code groups[].timezone}/{@code links}, {@code accounts[].timezone}/{@code links}), read back
 * by {@link ReportJsonReader#signals}. Numbers are as written: rounded to 4 decimals.
 *
 * @param parameters the lists and parameters
 * @param groups     per group id, in report order
 * @param accounts   per flagged account id, in report order
 */
public record SignalsInReport(Parameters parameters, Map<String, Profile> groups, Map<String, Profile> accounts) {
    public SignalsInReport {
        groups = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(groups));
        accounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accounts));
    }

    /**
     * {@code parameters.signals}.
     *
     * @param bundleVersion            version of the bundled domain lists
     * @param lists                    the lists loaded, in load order
     * @param listedDomains            distinct listed domains
     * @param overridden               entries replacing an earlier list's entry
     * @param audienceUtcOffsetMinutes the audience's offset
     * @param minDistanceMinutes       a time zone this far from the audience's (or further) may be foreign
     * @param minConfidence            … with at least this confidence
     * @param minActiveSlots           fewer active slots give {@code TOO_FEW}
     * @param evidenceSlots            evidence is tempered to this many slots
     * @param linkMinShare             a listed share is a reason from this share …
     * @param linkMinPosts             … and this many listed posts
     * @param operation                when a unit takes its operation's time zone (1.5), or null in an older report
     */
    public record Parameters(String bundleVersion, List<ReportSignals.ListInfo> lists, int listedDomains, int overridden,
                             int audienceUtcOffsetMinutes, int minDistanceMinutes, double minConfidence,
                             int minActiveSlots, double evidenceSlots, double linkMinShare, int linkMinPosts,
                             OperationParameters operation) {
        public Parameters {
            lists = List.copyOf(lists);
        }
    }

    /**
     * {@code parameters.signals.timeZone.operation} (1.5; {@link InferredTimeZone}).
     *
     * @param conclusiveConfidence an estimate claiming an offset with this confidence is conclusive
     * @param keptHoursShare       the share of co-action slots in the operation's office hours asked
     * @param opensHour            office hours open at this local hour …
     * @param closesHour           … and close at this one
     * @param spillMinutes         minutes after closing that count
     * @param minCoActionSlots     co-action slots asked
     */
    public record OperationParameters(double conclusiveConfidence, double keptHoursShare, int opensHour, int closesHour,
                                      int spillMinutes, int minCoActionSlots) {
        /** The parameters this program uses. */
        public static OperationParameters current() {
            return new OperationParameters(InferredTimeZone.CONCLUSIVE_CONFIDENCE, InferredTimeZone.KEPT_HOURS_SHARE,
                    InferredTimeZone.OPENS_HOUR, InferredTimeZone.CLOSES_HOUR, InferredTimeZone.SPILL_MINUTES,
                    InferredTimeZone.MIN_CO_ACTION_SLOTS);
        }
    }

    /** The signals of one group or account. */
    public record Profile(TimeZone timezone, Links links) {
    }

    /**
     * A {@code timezone} object.
     *
     * @param utcOffsetMinutes null when the pattern claims no offset
     * @param officeHoursShare null for an account (not written)
     * @param weekendShare     null for an account
     * @param office           the best office fit; null for an account
     * @param rhythm           the best daily-rhythm fit; null for an account
     * @param operation        (1.5) its operation's time zone; null for an account, a group alone or an older report
     * @param inferred         (1.5) the time zone stated for a group; null for an account or an older report
     */
    public record TimeZone(Integer utcOffsetMinutes, double confidence, ActivityPattern pattern, boolean foreign,
                           int posts, int activeSlots, Double officeHoursShare, Double weekendShare,
                           TimeZoneEstimate.PatternFit office, TimeZoneEstimate.PatternFit rhythm,
                           Operation operation, Inferred inferred) {
        /** The offset in hours, or null. */
        public Double utcOffsetHours() {
            return utcOffsetMinutes == null ? null : utcOffsetMinutes / 60.0;
        }

        /** What the writer writes for an account's {@code p}. */
        public static TimeZone of(SignalProfile p) {
            TimeZoneEstimate e = p.timeZone();
            return new TimeZone(e.pattern().claimsOffset() ? e.utcOffsetMinutes() : null, round(e.confidence()), e.pattern(),
                    p.foreign(), e.posts(), e.activeSlots(), null, null, null, null, null, null);
        }

        /** What the writer writes for a group: its own {@code p} with the shares and fits, its operation's and the stated. */
        public static TimeZone of(SignalProfile p, OperationTimeZone operation, InferredTimeZone inferred) {
            TimeZoneEstimate e = p.timeZone();
            return new TimeZone(e.pattern().claimsOffset() ? e.utcOffsetMinutes() : null, round(e.confidence()), e.pattern(),
                    p.foreign(), e.posts(), e.activeSlots(), round(e.officeHoursShare()), round(e.weekendShare()),
                    fit(e.office(), true), fit(e.rhythm(), false), operation == null ? null : Operation.of(operation),
                    Inferred.of(inferred));
        }

        private static TimeZoneEstimate.PatternFit fit(TimeZoneEstimate.PatternFit f, boolean office) {
            return new TimeZoneEstimate.PatternFit(f.utcOffsetMinutes(), round(f.gainPerPost()), round(f.noiseShare()),
                    office && f.allWeek());
        }
    }

    /** A group's {@code timezone.operation} (1.5; {@link OperationTimeZone}). */
    public record Operation(String id, int units, int members, int conclusiveUnits, int agreeingUnits, Integer utcOffsetMinutes,
                            double confidence, ActivityPattern pattern, boolean foreign) {
        /** What the writer writes for {@code o}. */
        public static Operation of(OperationTimeZone o) {
            return new Operation(o.operation(), o.units(), o.members(), o.conclusiveUnits(), o.agreeingUnits(), o.utcOffsetMinutes(),
                    round(o.confidence()), o.pattern(), o.foreign());
        }
    }

    /**
     * A group's {@code timezone.inferred} (1.5; {@link InferredTimeZone}).
     *
     * @param basis {@code "group"} or {@code "operation"}
     */
    public record Inferred(Integer utcOffsetMinutes, double confidence, ActivityPattern pattern, boolean foreign, String basis,
                           int coActionSlots, Double inOperationHours) {
        /** What the writer writes for {@code t}. */
        public static Inferred of(InferredTimeZone t) {
            return new Inferred(t.utcOffsetMinutes(), round(t.confidence()), t.pattern(), t.foreign(),
                    t.basis().name().toLowerCase(java.util.Locale.ROOT), t.coActionSlots(),
                    t.inOperationHours() == null ? null : round(t.inOperationHours()));
        }
    }

    /**
     * A {@code links} object.
     *
     * @param top           the first listed domains, most posts first
     * @param listedDomains all listed domains the posts point to
     */
    public record Links(long linkPosts, long listedPosts, double share, Map<DomainCategory, Long> byCategory,
                        List<Domain> top, int listedDomains) {
        public Links {
            byCategory = Map.copyOf(byCategory);
            top = List.copyOf(top);
        }

        /** What the writer writes for {@code s} with at most {@code top} domains. */
        public static Links of(LinkShare s, int top) {
            Map<DomainCategory, Long> categories = new EnumMap<>(DomainCategory.class);
            for (DomainCategory c : DomainCategory.values()) {
                categories.put(c, s.byCategory().getOrDefault(c, 0L));
            }
            List<Domain> domains = s.byEntry().stream().limit(top)
                    .map(e -> new Domain(e.entry().domain(), e.entry().category(), e.entry().affiliation(),
                            e.entry().source(), e.entry().sourceUrl(), e.entry().list(), e.posts()))
                    .toList();
            return new Links(s.linkPosts(), s.listedPosts(), round(s.share()), categories, domains, s.byEntry().size());
        }
    }

    /** A listed domain with the group's (or account's) posts linking to it. */
    public record Domain(String domain, DomainCategory category, String affiliation, String source, String sourceUrl,
                         String list, long posts) {
    }

    static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
