package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarTextPairsTest {
    private static final NearDuplicateParameters P = NearDuplicateParameters.defaults();
    private static final String[] MESSAGES = {
        "日本政府は国民の生活より米国の都合を優先している。制裁で物価が上がって苦しむのは私たち日本人だ",
        "投票日は明日です。期日前投票もできます。みんなで選挙に行きましょう",
        "The government puts foreign interests before our families. Wake up and vote"};

    @Test
    void neverReportsAPairBelowTheThresholdAndFindsPairsAtTheRateOfTheSCurve() {
        // given: 400 edited copies (0–30 one-character edits) at one instant, so every pair is in the window
        Random rnd = new Random(5);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            texts.add(VariantEdits.edit(rnd, MESSAGES[rnd.nextInt(MESSAGES.length)], rnd.nextInt(31)));
        }
        SimilarTextPairs.Result r = find(texts, new double[texts.size()], 0);
        // then: every reported pair reaches the threshold; recall per Jaccard bin follows P(s)
        Set<Long> found = pairs(r);
        long[] all = new long[10];
        long[] hit = new long[10];
        for (int a = 0; a < texts.size(); a++) {
            for (int b = a + 1; b < texts.size(); b++) {
                int ca = r.classOf()[a];
                int cb = r.classOf()[b];
                if (ca == cb) {
                    continue;
                }
                double j = MinHasher.jaccard(SimilarTextPairs.shingleSet(texts.get(a), P), SimilarTextPairs.shingleSet(texts.get(b), P));
                boolean reported = found.contains(key(ca, cb));
                if (reported) {
                    assertThat(j).isGreaterThanOrEqualTo(P.threshold());
                }
                int bin = Math.min(9, (int) (j * 10));
                all[bin]++;
                hit[bin] += reported ? 1 : 0;
            }
        }
        LshParameters lsh = P.lsh();
        for (int bin = 5; bin < 10; bin++) {
            if (all[bin] >= 50) {
                double recall = hit[bin] / (double) all[bin];
                assertThat(recall).as("recall in [%.1f, %.1f) of %d pairs", bin / 10.0, (bin + 1) / 10.0, all[bin])
                        .isGreaterThan(lsh.probabilityCandidate(bin / 10.0) - 0.05);
            }
        }
        assertThat(all[5] + all[6] + all[7] + all[8] + all[9]).isGreaterThan(1000);
    }

    @Test
    void onlyTextsPostedWithinTheWindowOfEachOtherArePaired() {
        List<String> texts = List.of(MESSAGES[0], MESSAGES[0] + "！本当に", MESSAGES[0] + "。拡散希望");
        // text 0 at 0 s, text 1 at 100 s, text 2 at 100 s and again at 230 s
        int[] entries = {0, 1, 2, 2};
        double[] times = {0, 100, 100, 230};
        SimilarTextPairs.Result r = SimilarTextPairs.find(normalised(texts), entries, times, 60, P, 2);
        assertThat(pairs(r)).containsExactlyInAnyOrder(key(r.classOf()[1], r.classOf()[2]), key(r.classOf()[2], r.classOf()[1]));
    }

    @Test
    void textsWithIdenticalShinglesAreOneClassAndShortTextsNone() {
        List<String> texts = List.of(MESSAGES[2], MESSAGES[2].toUpperCase() + "!!! https://t.co/x", "lol", "");
        SimilarTextPairs.Result r = find(texts, new double[4], 10);
        assertThat(r.classOf()).containsExactly(0, 0, -1, -1);
        assertThat(r.similarPairs()).isZero();
    }

    private static SimilarTextPairs.Result find(List<String> texts, double[] times, double window) {
        int[] entries = new int[texts.size()];
        for (int i = 0; i < entries.length; i++) {
            entries[i] = i;
        }
        return SimilarTextPairs.find(normalised(texts), entries, times, window, P, 2);
    }

    private static CharSequence[] normalised(List<String> texts) {
        return texts.stream().map(SimilarityText::normalise).toArray(CharSequence[]::new);
    }

    private static Set<Long> pairs(SimilarTextPairs.Result r) {
        Set<Long> found = new HashSet<>();
        for (int c = 0; c < r.classCount(); c++) {
            for (int k = r.neighbourStart()[c]; k < r.neighbourStart()[c + 1]; k++) {
                found.add(key(c, r.neighbours()[k]));
            }
        }
        return found;
    }

    private static long key(int a, int b) {
        return (long) a << 32 | b;
    }
}
