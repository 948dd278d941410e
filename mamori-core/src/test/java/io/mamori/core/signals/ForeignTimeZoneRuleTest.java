package io.mamori.core.signals;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ForeignTimeZoneRuleTest {
    private final WorkingHoursTimeZone inference = WorkingHoursTimeZone.defaults();

    @Test
    void aMoscowOfficeIsForeignToAJapaneseAudience() {
        TimeZoneEstimate moscow = inference.estimate(new SyntheticActivity(1).office(180, 1, 5, 300, 0.2));

        assertThat(ForeignTimeZoneRule.JAPAN.flags(moscow)).isTrue();
    }

    @Test
    void officesInJapanAndItsNeighboursAreNotForeign() {
        for (int offset : new int[] {540, 480, 600}) {
            TimeZoneEstimate office = inference.estimate(new SyntheticActivity(offset).office(offset, 1, 5, 300, 0.2));

            assertThat(ForeignTimeZoneRule.JAPAN.flags(office)).as("offset %d", offset).isFalse();
        }
    }

    @Test
    void distanceIsMeasuredOnTheClock() {
        ForeignTimeZoneRule rule = ForeignTimeZoneRule.JAPAN;

        assertThat(rule.distanceMinutes(540)).isZero();
        assertThat(rule.distanceMinutes(180)).isEqualTo(360);
        assertThat(rule.distanceMinutes(-300)).isEqualTo(600);
        assertThat(rule.distanceMinutes(-720)).isEqualTo(180);
        assertThat(rule.distanceMinutes(840)).isEqualTo(300);
    }

    @Test
    void lowConfidenceIsNotFlagged() {
        TimeZoneEstimate moscow = inference.estimate(new SyntheticActivity(2).office(180, 1, 5, 300, 0.2));
        ForeignTimeZoneRule strict = new ForeignTimeZoneRule(540, 180, 1.0);

        assertThat(strict.flags(moscow)).isEqualTo(moscow.confidence() >= 1.0);
    }

    @Test
    void distancesBeyondHalfADayAreRejected() {
        assertThatThrownBy(() -> new ForeignTimeZoneRule(540, 721, 0.9)).isInstanceOf(IllegalArgumentException.class);
    }
}
