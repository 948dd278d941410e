package io.mamori.core.automation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RuleBasedAutomationTest {
    @Test
    void aFarmAccountFiresTheRulesItBreaksAndScoresHigh() {
        AutomationScore s = RuleBasedAutomation.DEFAULT.score(Features.bot(), 20);

        assertThat(s.contributions()).extracting(FeatureContribution::feature)
                .containsExactlyInAnyOrder("youngAccount", "digitHandle", "followsManyMore", "timer", "fastReposts",
                        "highRate", "roundTheClock", "copyPaste");
        assertThat(s.contributions().get(0).feature()).isEqualTo("youngAccount");
        assertThat(s.logOdds()).isCloseTo(-3 + 2 + 1.5 + 1 + 1.5 + 1.5 + 1 + 1 + 0.5, within(1e-12));
        assertThat(s.score()).isGreaterThan(0.99).isCloseTo(RuleBasedAutomation.DEFAULT.probability(Features.bot()), within(1e-15));
    }

    @Test
    void anOrdinaryAccountFiresNoRule() {
        AutomationScore s = RuleBasedAutomation.DEFAULT.score(Features.person(), 5);

        assertThat(s.contributions()).isEmpty();
        assertThat(s.score()).isCloseTo(1 / (1 + Math.exp(3)), within(1e-12));
    }

    @Test
    void missingEvidenceNeverFiresARule() {
        assertThat(RuleBasedAutomation.DEFAULT.score(Features.unknown(), 5).contributions()).isEmpty();
    }
}
