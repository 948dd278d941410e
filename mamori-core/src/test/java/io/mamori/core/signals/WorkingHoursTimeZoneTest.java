package io.mamori.core.signals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.ZoneOffset;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class WorkingHoursTimeZoneTest {
    private final WorkingHoursTimeZone inference = WorkingHoursTimeZone.defaults();

    @ParameterizedTest(name = "office at {0} min")
    @ValueSource(ints = {3 * 60, 8 * 60, 9 * 60, -5 * 60, 5 * 60 + 30, 0, -8 * 60, 12 * 60, -3 * 60 - 30})
    void officeWorkersAreLocatedAtTheirOffset(int offsetMinutes) {
        double[] posts = new SyntheticActivity(offsetMinutes).office(offsetMinutes, 1, 5, 300, 0.0);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.OFFICE_HOURS);
        assertThat(estimate.utcOffsetMinutes()).isEqualTo(offsetMinutes);
        assertThat(estimate.confidence()).isGreaterThan(0.9);
        assertThat(estimate.officeHoursShare()).isGreaterThan(0.95);
        assertThat(estimate.weekendShare()).isLessThan(0.01);
        assertThat(estimate.office().allWeek()).isFalse();
    }

    @ParameterizedTest(name = "office at {0} min")
    @ValueSource(ints = {3 * 60, 8 * 60, -5 * 60, 5 * 60 + 30})
    void officeHoursSurviveThirtyPercentOfPostsAtRandomHours(int offsetMinutes) {
        double[] posts = new SyntheticActivity(offsetMinutes + 1).office(offsetMinutes, 1, 5, 400, 0.3);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.OFFICE_HOURS);
        assertThat(estimate.utcOffsetMinutes()).isEqualTo(offsetMinutes);
        assertThat(estimate.confidence()).isGreaterThan(0.9);
        assertThat(estimate.office().noiseShare()).isBetween(0.2, 0.5);
    }

    @Test
    void anIndianOfficeIsPlacedOnTheHalfHour() {
        double[] posts = new SyntheticActivity(10).office(330, 1, 5, 300, 0.1);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.utcOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(estimate.utcOffsetHours()).isEqualTo(5.5);
    }

    @Test
    void anOfficeThatWorksWeekendsIsLocatedAndSeenToWorkEveryDay() {
        double[] posts = new SyntheticActivity(11).office(180, 1, 7, 400, 0.1);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.OFFICE_HOURS);
        assertThat(estimate.utcOffsetMinutes()).isEqualTo(180);
        assertThat(estimate.office().allWeek()).isTrue();
        assertThat(estimate.weekendShare()).isCloseTo(2.0 / 7, within(0.07));
    }

    @Test
    void ordinaryUsersInJapanShowTheDailyRhythmAtPlusNine() {
        double[] posts = new SyntheticActivity(12).users(540, 600, 0.0);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.DAILY_RHYTHM);
        assertThat(estimate.utcOffsetMinutes()).isEqualTo(540);
        assertThat(estimate.rhythm().utcOffsetMinutes()).isEqualTo(540);
        assertThat(estimate.confidence()).isGreaterThan(0.5);
    }

    @Test
    void noisyUsersInJapanAreStillPlacedAtPlusNine() {
        double[] posts = new SyntheticActivity(13).users(540, 1_000, 0.3);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.DAILY_RHYTHM);
        assertThat(estimate.utcOffsetMinutes()).isEqualTo(540);
    }

    @Test
    void roundTheClockAutomationClaimsNoOffset() {
        double[] posts = new SyntheticActivity(14).flat(3_000);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.ROUND_THE_CLOCK);
        assertThat(estimate.pattern().claimsOffset()).isFalse();
        assertThat(ForeignTimeZoneRule.JAPAN.flags(estimate)).isFalse();
    }

    @Test
    void fewFlatPostsAreNotMistakenForAnOffice() {
        double[] posts = new SyntheticActivity(15).flat(40);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern() == ActivityPattern.ROUND_THE_CLOCK || estimate.confidence() < 0.9).isTrue();
        assertThat(ForeignTimeZoneRule.JAPAN.flags(estimate)).isFalse();
    }

    @Test
    void tooFewPostsClaimNothing() {
        double[] posts = new SyntheticActivity(16).office(180, 1, 5, 12, 0.0);

        TimeZoneEstimate estimate = inference.estimate(posts);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.TOO_FEW);
        assertThat(estimate.confidence()).isZero();
        assertThat(estimate.posts()).isEqualTo(12);
        assertThat(ForeignTimeZoneRule.JAPAN.flags(estimate)).isFalse();
    }

    @Test
    void noPostsAtAllAreTooFew() {
        TimeZoneEstimate estimate = inference.estimate(new double[0]);

        assertThat(estimate.pattern()).isEqualTo(ActivityPattern.TOO_FEW);
        assertThat(estimate.posts()).isZero();
        assertThat(estimate.office().gainPerPost()).isZero();
    }

    @Test
    void moreEvidenceGivesMoreConfidence() {
        SyntheticActivity activity = new SyntheticActivity(17);
        double few = inference.estimate(activity.office(-300, 1, 5, 30, 0.3)).confidence();
        double many = inference.estimate(activity.office(-300, 1, 5, 300, 0.3)).confidence();

        assertThat(many).isGreaterThanOrEqualTo(few);
        assertThat(many).isGreaterThan(0.9);
    }

    @Test
    void officesAtRandomOffsetsWithRandomNoiseArePlacedAndConfidentPlacementsAreRight() {
        Random random = new Random(42);
        int cases = 300;
        int withinHalfAnHour = 0;
        int confident = 0;
        int confidentAndExact = 0;
        for (int i = 0; i < cases; i++) {
            int offset = WorkingHoursTimeZone.MIN_OFFSET_MINUTES + 30 * random.nextInt(53);
            boolean allWeek = random.nextBoolean();
            double noise = 0.3 * random.nextDouble();
            double[] posts = new SyntheticActivity(random.nextLong()).office(offset, 1, allWeek ? 7 : 5, 150, noise);

            TimeZoneEstimate estimate = inference.estimate(posts);

            // An office open every day looks the same from +13:00 and from −11:00: only the clock counts.
            int error = allWeek ? new ForeignTimeZoneRule(offset, 0, 0).distanceMinutes(estimate.utcOffsetMinutes())
                    : Math.abs(estimate.utcOffsetMinutes() - offset);
            assertThat(estimate.pattern()).isEqualTo(ActivityPattern.OFFICE_HOURS);
            if (error <= 30) {
                withinHalfAnHour++;
            }
            if (estimate.confidence() >= 0.9) {
                confident++;
                if (error == 0) {
                    confidentAndExact++;
                }
            }
        }
        assertThat(withinHalfAnHour).isGreaterThanOrEqualTo(cases * 98 / 100);
        assertThat(confident).isGreaterThanOrEqualTo(cases / 2);
        assertThat(confidentAndExact).isGreaterThanOrEqualTo(confident * 95 / 100);
    }

    @Test
    void theEstimateIsTheSameFromTimestampsAndFromTheirHistogram() {
        double[] posts = new SyntheticActivity(18).office(480, 1, 5, 200, 0.2);

        assertThat(inference.estimate(posts)).isEqualTo(inference.estimate(ActivityHistogram.of(posts)));
    }
}
