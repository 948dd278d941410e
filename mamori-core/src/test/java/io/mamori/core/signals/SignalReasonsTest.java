package io.mamori.core.signals;

import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SignalReasonsTest {
    private static final TimeZoneEstimate.PatternFit FIT = new TimeZoneEstimate.PatternFit(180, 0.9, 0.2, false);

    private static TimeZoneEstimate estimate(int offsetMinutes, double confidence, ActivityPattern pattern) {
        return new TimeZoneEstimate(offsetMinutes, confidence, pattern, 400, 90, 0.8, 0.05, FIT, FIT);
    }

    private static DomainEntry entry(String domain, DomainCategory category) {
        return new DomainEntry(domain, category, "RU", "a source", "https://example.org", "", "test", "1");
    }

    private static LinkShare share(long links, long listed, Map<DomainCategory, Long> categories, List<LinkShare.EntryPosts> entries) {
        Map<DomainCategory, Long> all = new EnumMap<>(DomainCategory.class);
        for (DomainCategory c : DomainCategory.values()) {
            all.put(c, categories.getOrDefault(c, 0L));
        }
        return new LinkShare(links, listed, all, entries);
    }

    @Test
    void aForeignOfficeIsStatedWithItsOffsetConfidenceAndDistance() {
        assertThat(SignalReasons.timeZone(estimate(180, 0.9712, ActivityPattern.OFFICE_HOURS), ForeignTimeZoneRule.JAPAN))
                .contains("active in office hours of UTC+3:00 (confidence 0.97), 6 h from the audience's (UTC+9:00)");
        assertThat(SignalReasons.timeZone(estimate(-210, 0.95, ActivityPattern.DAILY_RHYTHM), ForeignTimeZoneRule.JAPAN))
                .contains("active on the daily rhythm of UTC-3:30 (confidence 0.95), 11.5 h from the audience's (UTC+9:00)");
    }

    @Test
    void aUnitPlacedByItsForeignOperationSaysSoAndWhatItsOwnPostsSaid() {
        OperationTimeZone op = new OperationTimeZone("G13", 24, 479, 14, 180, ActivityPattern.OFFICE_HOURS, 13, 0.9312, true);
        SignalProfile own = new SignalProfile(estimate(540, 0.7452, ActivityPattern.DAILY_RHYTHM), false, share(0, 0, Map.of(), List.of()));
        InferredTimeZone stated = new InferredTimeZone(180, 0.9312, ActivityPattern.OFFICE_HOURS, true,
                InferredTimeZone.Basis.OPERATION, 13, 1.0);

        assertThat(SignalReasons.of(own, stated, op, ForeignTimeZoneRule.JAPAN)).containsExactly(
                "its operation G13 is placed in office hours of UTC+3:00 by 13 of its 14 conclusively placed units (confidence 0.93), "
                        + "6 h from the audience's (UTC+9:00); its own posts alone place it on the daily rhythm of UTC+9:00 "
                        + "with confidence 0.75, too little to conclude");
        SignalProfile tooFew = new SignalProfile(estimate(0, 0, ActivityPattern.TOO_FEW), false, share(0, 0, Map.of(), List.of()));
        assertThat(SignalReasons.operationTimeZone(tooFew.timeZone(), op, ForeignTimeZoneRule.JAPAN).orElseThrow())
                .endsWith("; its own posts alone are too few to place it");
        OperationTimeZone unsure = new OperationTimeZone("G13", 24, 479, 14, 180, ActivityPattern.OFFICE_HOURS, 12, 0.85, false);
        assertThat(SignalReasons.of(own, new InferredTimeZone(180, 0.85, ActivityPattern.OFFICE_HOURS, false,
                InferredTimeZone.Basis.OPERATION, 13, 1.0), unsure, ForeignTimeZoneRule.JAPAN)).as("not foreign: no sentence").isEmpty();
    }

    @Test
    void aNearOrUnsureOrUnclaimedTimeZoneIsNoReason() {
        assertThat(SignalReasons.timeZone(estimate(480, 0.99, ActivityPattern.OFFICE_HOURS), ForeignTimeZoneRule.JAPAN)).isEmpty();
        assertThat(SignalReasons.timeZone(estimate(180, 0.6, ActivityPattern.OFFICE_HOURS), ForeignTimeZoneRule.JAPAN)).isEmpty();
        assertThat(SignalReasons.timeZone(estimate(180, 0.99, ActivityPattern.ROUND_THE_CLOCK), ForeignTimeZoneRule.JAPAN)).isEmpty();
    }

    @Test
    void aNotableListedShareNamesTheCategoryAndTheTopDomains() {
        LinkShare s = share(52, 38, Map.of(DomainCategory.STATE_MEDIA, 38L), List.of(
                new LinkShare.EntryPosts(entry("rt.com", DomainCategory.STATE_MEDIA), 30),
                new LinkShare.EntryPosts(entry("sputnikglobe.com", DomainCategory.STATE_MEDIA), 8)));
        assertThat(SignalReasons.links(s))
                .contains("38 of 52 link posts (73 %) point to listed state media: rt.com (30), sputnikglobe.com (8)");
    }

    @Test
    void severalCategoriesAreCountedAndMoreThanThreeDomainsSummarised() {
        LinkShare s = share(40, 20, Map.of(DomainCategory.STATE_MEDIA, 12L, DomainCategory.USER, 9L), List.of(
                new LinkShare.EntryPosts(entry("rt.com", DomainCategory.STATE_MEDIA), 12),
                new LinkShare.EntryPosts(entry("pravda-nippon.com", DomainCategory.USER), 5),
                new LinkShare.EntryPosts(entry("jp-pravda.net", DomainCategory.USER), 3),
                new LinkShare.EntryPosts(entry("tokyo-pravda.org", DomainCategory.USER), 1)));
        assertThat(SignalReasons.links(s)).contains("20 of 40 link posts (50 %) point to listed domains "
                + "(state media 12, user-listed domains 9): rt.com (12), pravda-nippon.com (5), jp-pravda.net (3) and 1 more");
    }

    @Test
    void aSmallShareOrAFewPostsIsNoReason() {
        assertThat(SignalReasons.links(share(100, 19, Map.of(DomainCategory.STATE_MEDIA, 19L),
                List.of(new LinkShare.EntryPosts(entry("rt.com", DomainCategory.STATE_MEDIA), 19))))).isEmpty();
        assertThat(SignalReasons.links(share(2, 2, Map.of(DomainCategory.STATE_MEDIA, 2L),
                List.of(new LinkShare.EntryPosts(entry("rt.com", DomainCategory.STATE_MEDIA), 2))))).isEmpty();
        assertThat(SignalReasons.links(share(0, 0, Map.of(), List.of()))).isEmpty();
    }
}
