package io.mamori.core.scenario;

import io.mamori.core.text.ToolkitText;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BuildingBlocksTest {
    @Test
    void theAliasTableDrawsInProportionToTheWeights() {
        AliasTable table = new AliasTable(new double[] {1, 0, 3, 6});
        SplittableRandom r = new SplittableRandom(5);
        int[] counts = new int[4];
        int n = 200_000;
        for (int i = 0; i < n; i++) {
            counts[table.sample(r)]++;
        }
        assertThat(counts[0] / (double) n).isCloseTo(0.1, within(0.005));
        assertThat(counts[1]).isZero();
        assertThat(counts[2] / (double) n).isCloseTo(0.3, within(0.005));
        assertThat(counts[3] / (double) n).isCloseTo(0.6, within(0.005));
    }

    @Test
    void poissonDrawsHaveTheRequestedMeanOnBothSidesOfTheApproximation() {
        SplittableRandom r = new SplittableRandom(9);
        for (double mean : new double[] {0.3, 7, 39, 41, 500}) {
            long sum = 0;
            for (int i = 0; i < 20_000; i++) {
                sum += Draws.poisson(r, mean);
            }
            assertThat(sum / 20_000.0).as("mean %s", mean).isCloseTo(mean, within(Math.max(0.05, mean * 0.02)));
        }
    }

    @Test
    void moscowOfficeHoursAreNineToSixMoscowTimeOnWorkdaysOnly() {
        OperatorSchedule office = OperatorSchedule.OfficeHours.moscow(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        // Wednesday 2025-07-16: 09:00 MSK is 06:00 UTC, 18:00 MSK is 15:00 UTC.
        assertThat(office.isWorking(Instant.parse("2025-07-16T05:59:59Z"))).isFalse();
        assertThat(office.isWorking(Instant.parse("2025-07-16T06:00:00Z"))).isTrue();
        assertThat(office.activity(Instant.parse("2025-07-16T10:30:00Z"))).as("lunch").isEqualTo(0.5);
        assertThat(office.isWorking(Instant.parse("2025-07-16T14:59:59Z"))).isTrue();
        assertThat(office.isWorking(Instant.parse("2025-07-16T15:00:00Z"))).isFalse();
        assertThat(office.isWorking(Instant.parse("2025-07-19T08:00:00Z"))).as("Saturday").isFalse();
    }

    @Test
    void operatorsMimickingJapanWorkTheJapaneseDailyRhythm() {
        OperatorSchedule japan = new OperatorSchedule.LocalRhythm(ZoneOffset.ofHours(9));
        // 22:00 and 04:00 JST on Wednesday 2025-07-16.
        assertThat(japan.activity(Instant.parse("2025-07-16T13:00:00Z"))).isGreaterThan(5 * japan.activity(Instant.parse("2025-07-15T19:00:00Z")));
    }

    @Test
    void tcoWrappersAreStablePerUrlAndLookLikeXs() {
        String a = ShortLinks.tco("https://www3.nhk.or.jp/news/html/20250717/k10014848481000.html");
        assertThat(a).matches("https://t\\.co/[0-9A-Za-z]{10}");
        assertThat(ShortLinks.tco("https://www3.nhk.or.jp/news/html/20250717/k10014848481000.html")).isEqualTo(a);
        assertThat(ShortLinks.tco("https://www3.nhk.or.jp/news/html/20250717/k10014848491000.html")).isNotEqualTo(a);
    }

    @Test
    void copyPasteEditsRarelyRepeatATextButKeepItANearDuplicate() {
        // given: 60 members editing the same message, and 60 ordinary posts for comparison
        SplittableRandom r = new SplittableRandom(4);
        List<String> variants = new ArrayList<>();
        List<String> ordinary = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            variants.add(ToolkitText.normalise(CopyPastaEdits.vary(Phrasebook.JAPANESE.copyPastaSentences(0, 42, CopyPastaScript.KEEP, r), r)));
            ordinary.add(ToolkitText.normalise(Phrasebook.JAPANESE.organicPost(r)));
        }
        // then: few exact repeats, but pairs share far more character bigrams than ordinary posts do
        assertThat(new HashSet<>(variants)).hasSizeGreaterThanOrEqualTo(54);
        assertThat(meanSimilarity(variants)).isGreaterThan(0.35).isGreaterThan(5 * meanSimilarity(ordinary));
    }

    private static double meanSimilarity(List<String> texts) {
        double similarity = 0;
        int pairs = 0;
        for (int i = 0; i < texts.size(); i++) {
            for (int j = i + 1; j < texts.size(); j++) {
                similarity += jaccard(bigrams(texts.get(i)), bigrams(texts.get(j)));
                pairs++;
            }
        }
        return similarity / pairs;
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) (a.size() + b.size() - both.size());
    }
}
