package io.mamori.core.signals;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a unit of an operation is stated in its operation's time zone ({@link InferredTimeZone#of}),
 * and when it keeps its own.
 */
class InferredTimeZoneTest {
    /** Monday 2025-07-14 00:00 UTC. */
    private static final long MONDAY = Instant.parse("2025-07-14T00:00:00Z").getEpochSecond();
    private static final LinkShare NO_LINKS = LinkShares.builder(DomainMatcher.of(java.util.List.of()), 1).build().ofAccount(0);
    private static final TimeZoneEstimate.PatternFit FIT = new TimeZoneEstimate.PatternFit(540, 0.1, 0.2, false);

    /** Moscow (+3) office hours, named by 13 of 14 conclusive units, confidence 0.93. */
    private static final OperationTimeZone MOSCOW = new OperationTimeZone("G13", 24, 479, 14, 180,
            ActivityPattern.OFFICE_HOURS, 13, 0.93, true);

    private static SignalProfile own(ActivityPattern pattern, int offsetMinutes, double confidence) {
        TimeZoneEstimate e = new TimeZoneEstimate(offsetMinutes, confidence, pattern, 200, 60, 0.4, 0.3, FIT, FIT);
        return new SignalProfile(e, ForeignTimeZoneRule.JAPAN.flags(e), NO_LINKS);
    }

    /** Instants at these local times (hours, fractional) at UTC+3, one per day from Monday. */
    private static double[] moscowLocal(double... hours) {
        double[] out = new double[hours.length];
        for (int i = 0; i < hours.length; i++) {
            out[i] = MONDAY + i * 86_400L + hours[i] * 3600 - 3 * 3600;
        }
        return out;
    }

    @Test
    void anInconclusiveUnitWhoseCoActionKeepsItsOperationsOfficeHoursTakesTheOperationsTimeZone() {
        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.75), MOSCOW,
                moscowLocal(10, 11.5, 14, 16, 17.9));

        assertThat(t.basis()).isEqualTo(InferredTimeZone.Basis.OPERATION);
        assertThat(t.utcOffsetMinutes()).isEqualTo(180);
        assertThat(t.pattern()).isEqualTo(ActivityPattern.OFFICE_HOURS);
        assertThat(t.confidence()).isEqualTo(0.93);
        assertThat(t.foreign()).isTrue();
        assertThat(t.coActionSlots()).isEqualTo(5);
        assertThat(t.inOperationHours()).isEqualTo(1.0);
    }

    @Test
    void aConclusiveUnitKeepsItsOwnTimeZoneEvenAgainstAMoreConfidentOperation() {
        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.92), MOSCOW,
                moscowLocal(10, 11.5, 14, 16, 17));

        assertThat(t.basis()).isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(t.utcOffsetMinutes()).isEqualTo(540);
        assertThat(t.confidence()).isEqualTo(0.92);
        assertThat(t.inOperationHours()).as("the test is still reported").isEqualTo(1.0);
    }

    @Test
    void aUnitActingInConcertOnTheAudiencesDayKeepsItsOwnTimeZone() {
        // 07:30, 12:00, 21:00, 22:00 JST are 01:30, 06:00, 15:00, 16:00 in Moscow: half outside its office.
        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.6), MOSCOW,
                moscowLocal(1.5, 6, 15, 16));

        assertThat(t.basis()).isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(t.utcOffsetMinutes()).isEqualTo(540);
        assertThat(t.inOperationHours()).isEqualTo(0.5);
    }

    @Test
    void aBurstRunningHalfAnHourPastClosingStillKeepsTheHoursButNotLater() {
        double[] nine = moscowLocal(9, 10, 11, 12, 13, 14, 15, 16, 17);
        double[] spill = java.util.Arrays.copyOf(nine, 10);
        spill[9] = MONDAY + 9 * 86_400L + 18.4 * 3600 - 3 * 3600;
        double[] late = spill.clone();
        late[9] = MONDAY + 9 * 86_400L + 18.5 * 3600 - 3 * 3600;
        double[] early = spill.clone();
        early[9] = MONDAY + 9 * 86_400L + 8.9 * 3600 - 3 * 3600;
        SignalProfile unsure = own(ActivityPattern.OFFICE_HOURS, 120, 0.5);

        assertThat(InferredTimeZone.of(unsure, MOSCOW, spill).inOperationHours()).isEqualTo(1.0);
        assertThat(InferredTimeZone.of(unsure, MOSCOW, late).inOperationHours()).isEqualTo(0.9);
        assertThat(InferredTimeZone.of(unsure, MOSCOW, early).inOperationHours()).isEqualTo(0.9);
        assertThat(InferredTimeZone.of(unsure, MOSCOW, late).basis()).as("0.9 is enough").isEqualTo(InferredTimeZone.Basis.OPERATION);
        double[] twoOut = java.util.Arrays.copyOf(late, 11);
        twoOut[10] = MONDAY + 10 * 86_400L + 20 * 3600 - 3 * 3600;
        assertThat(InferredTimeZone.of(unsure, MOSCOW, twoOut).basis()).as("9 of 11 is not").isEqualTo(InferredTimeZone.Basis.GROUP);
    }

    @Test
    void officeHoursWrapAroundMidnightUtcForEasternOperationsAndNotForWesternOnes() {
        // UTC+10: 09:00-18:30 local is 23:00 the day before to 08:30 UTC.
        OperationTimeZone sydney = new OperationTimeZone("G2", 3, 60, 2, 600, ActivityPattern.OFFICE_HOURS, 2, 0.95, true);
        double[] utc = {MONDAY + 23.5 * 3600, MONDAY + 86_400 + 2 * 3600, MONDAY + 2 * 86_400 + 8.3 * 3600,
            MONDAY + 3 * 86_400 + 12 * 3600};
        InferredTimeZone east = InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.5), sydney, utc);
        assertThat(east.inOperationHours()).isEqualTo(0.75);

        // UTC-5: 09:00-18:30 local is 14:00-23:30 UTC.
        OperationTimeZone newYork = new OperationTimeZone("G3", 3, 60, 2, -300, ActivityPattern.OFFICE_HOURS, 2, 0.95, true);
        double[] afternoons = {MONDAY + 14 * 3600, MONDAY + 86_400 + 20 * 3600, MONDAY + 2 * 86_400 + 23.4 * 3600};
        InferredTimeZone west = InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.5), newYork, afternoons);
        assertThat(west.inOperationHours()).isEqualTo(1.0);
        assertThat(west.basis()).isEqualTo(InferredTimeZone.Basis.OPERATION);
        assertThat(west.utcOffsetMinutes()).isEqualTo(-300);
        double[] early = {MONDAY + 13.9 * 3600, MONDAY + 86_400 + 20 * 3600, MONDAY + 2 * 86_400 + 23.6 * 3600};
        assertThat(InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.5), newYork, early).inOperationHours())
                .isCloseTo(1.0 / 3, org.assertj.core.api.Assertions.within(1e-12));
    }

    @Test
    void anOperationAsConfidentAsTheUnitDoesNotOverrideIt() {
        OperationTimeZone op = new OperationTimeZone("G2", 3, 60, 2, 180, ActivityPattern.OFFICE_HOURS, 2, 0.8, false);

        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.OFFICE_HOURS, 120, 0.8), op, moscowLocal(10, 12, 15));

        assertThat(t.basis()).as("the operation must be more confident, not as confident").isEqualTo(InferredTimeZone.Basis.GROUP);
    }

    @Test
    void theCoActionTimesMayComeInAnyOrder() {
        double[] ordered = moscowLocal(10, 11.5, 14, 16, 20);
        double[] shuffled = {ordered[3], ordered[0], ordered[4], ordered[0] + 30, ordered[2], ordered[1]};

        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.DAILY_RHYTHM, 540, 0.75), MOSCOW, shuffled);

        assertThat(t.coActionSlots()).isEqualTo(5);
        assertThat(t.inOperationHours()).isEqualTo(0.8);
    }

    @Test
    void postsInOneTenMinuteSlotAreOneMoment() {
        double t0 = moscowLocal(10)[0];
        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.TOO_FEW, 0, 0), MOSCOW,
                new double[] {t0, t0 + 60, t0 + 300, t0 + 3600});

        assertThat(t.coActionSlots()).isEqualTo(2);
        assertThat(t.basis()).as("fewer than 3 moments are no test").isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(t.utcOffsetMinutes()).isNull();
        assertThat(t.pattern()).isEqualTo(ActivityPattern.TOO_FEW);
    }

    @Test
    void aUnitTooFewOrRoundTheClockByItselfTakesItsOperationsTimeZone() {
        double[] office = moscowLocal(10, 12, 15);

        assertThat(InferredTimeZone.of(own(ActivityPattern.TOO_FEW, 0, 0), MOSCOW, office).basis())
                .isEqualTo(InferredTimeZone.Basis.OPERATION);
        assertThat(InferredTimeZone.of(own(ActivityPattern.ROUND_THE_CLOCK, 0, 0.95), MOSCOW, office).basis())
                .as("a flat week claims no offset, so its confidence is no rival").isEqualTo(InferredTimeZone.Basis.OPERATION);
    }

    @Test
    void anOperationLessConfidentThanTheUnitDoesNotOverrideIt() {
        OperationTimeZone split = new OperationTimeZone("G2", 3, 60, 2, 180, ActivityPattern.OFFICE_HOURS, 1, 0.5, false);

        InferredTimeZone t = InferredTimeZone.of(own(ActivityPattern.OFFICE_HOURS, 120, 0.8), split, moscowLocal(10, 12, 15));

        assertThat(t.basis()).isEqualTo(InferredTimeZone.Basis.GROUP);
        assertThat(t.utcOffsetMinutes()).isEqualTo(120);
    }

    @Test
    void anOperationOnADailyRhythmOrWithoutAConclusiveUnitLendsNothing() {
        OperationTimeZone rhythm = new OperationTimeZone("G2", 3, 60, 2, 60, ActivityPattern.DAILY_RHYTHM, 2, 0.97, true);
        OperationTimeZone none = new OperationTimeZone("G3", 3, 60, 0, null, ActivityPattern.TOO_FEW, 0, 0, false);
        SignalProfile unsure = own(ActivityPattern.DAILY_RHYTHM, 540, 0.5);

        InferredTimeZone a = InferredTimeZone.of(unsure, rhythm, moscowLocal(10, 12, 15));
        InferredTimeZone b = InferredTimeZone.of(unsure, none, moscowLocal(10, 12, 15));
        InferredTimeZone alone = InferredTimeZone.of(unsure, null, moscowLocal(10, 12, 15));

        assertThat(java.util.List.of(a, b, alone)).allSatisfy(t -> {
            assertThat(t.basis()).isEqualTo(InferredTimeZone.Basis.GROUP);
            assertThat(t.utcOffsetMinutes()).isEqualTo(540);
            assertThat(t.inOperationHours()).isNull();
        });
    }
}
