package io.mamori.core.automation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AutomationFeatureVectorTest {
    private static double feature(double[] v, String name) {
        return v[AutomationFeatureVector.NAMES.indexOf(name)];
    }

    @Test
    void skewedCountsBecomeLogarithmsAndUnknownsStayNaN() {
        double[] bot = AutomationFeatureVector.of(Features.bot());
        assertThat(bot).hasSize(AutomationFeatureVector.SIZE);
        assertThat(feature(bot, "log10PostsPerDay")).isCloseTo(Math.log10(60), within(1e-12));
        assertThat(feature(bot, "log10AccountAgeDays")).isCloseTo(Math.log10(4), within(1e-12));
        assertThat(feature(bot, "usernameDigitSuffix")).isEqualTo(8);

        double[] unknown = AutomationFeatureVector.of(Features.unknown());
        assertThat(feature(unknown, "gapCv")).isNaN();
        assertThat(feature(unknown, "log10AccountAgeDays")).isNaN();
        assertThat(feature(unknown, "followerRatio")).isNaN();
        assertThat(feature(unknown, "usernameDigitSuffix")).as("-1 means unknown").isNaN();
        assertThat(feature(unknown, "hourEntropy")).as("one post says nothing about the day").isNaN();
    }

    @Test
    void hourEntropyIsZeroForOneHourAndLog24ForRoundTheClock() {
        int[] one = new int[24];
        one[5] = 10;
        assertThat(AutomationFeatureVector.hourEntropy(one, 10)).isZero();
        int[] all = new int[24];
        java.util.Arrays.fill(all, 3);
        assertThat(AutomationFeatureVector.hourEntropy(all, 72)).isCloseTo(Math.log(24) / Math.log(2), within(1e-12));
        assertThat(AutomationFeatureVector.hourEntropy(all, 4)).isNaN();
    }

    @Test
    void anAccountCreatedAfterItsFirstPostCountsAsBrandNew() {
        var f = Features.person();
        var bad = new io.mamori.core.signals.AccountFeatures(0, f.posts(), f.firstPost(), f.lastPost(), f.postsPerDay(),
                f.gapCv(), f.gapEntropy(), f.burstiness(), f.repostShare(), f.replyShare(), f.fastRepostShare(),
                f.nearDuplicateShare(), -3,
                f.followerRatio(), f.usernameDigitSuffix(), f.usernameRandomness(), f.hourHistogram(), f.weekdayHistogram());
        assertThat(feature(AutomationFeatureVector.of(bad), "log10AccountAgeDays")).isZero();
    }
}
