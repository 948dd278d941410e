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
    void theStoppingMergeDecidesAsTheFullJaccardDoesAtAnyOffsetAndThreshold() {
        // given: random sorted sets from a small universe (so they overlap), at offsets in larger arrays
        Random rnd = new Random(11);
        double[] thresholds = {0.0, 0.1, 0.3, 1.0 / 3, 0.5, 0.6, 2.0 / 3, 0.75, 0.9, 1.0};
        for (int trial = 0; trial < 20_000; trial++) {
            long[] a = randomSet(rnd, 1 + rnd.nextInt(40), 8 + rnd.nextInt(80));
            long[] b = rnd.nextInt(10) == 0 ? a.clone() : randomSet(rnd, 1 + rnd.nextInt(40), 8 + rnd.nextInt(80));
            int aFrom = rnd.nextInt(4);
            int bFrom = rnd.nextInt(4);
            long[] aPadded = new long[aFrom + a.length + 2];
            long[] bPadded = new long[bFrom + b.length + 2];
            System.arraycopy(a, 0, aPadded, aFrom, a.length);
            System.arraycopy(b, 0, bPadded, bFrom, b.length);
            double threshold = thresholds[rnd.nextInt(thresholds.length)];
            // when / then
            assertThat(SimilarTextPairs.reachesThreshold(aPadded, aFrom, a.length, bPadded, bFrom, b.length, threshold))
                    .isEqualTo(MinHasher.jaccard(a, b) >= threshold);
        }
    }

    private static long[] randomSet(Random rnd, int size, int universe) {
        java.util.TreeSet<Long> set = new java.util.TreeSet<>();
        while (set.size() < Math.min(size, universe)) {
            set.add((long) rnd.nextInt(universe) - universe / 2);
        }
        return set.stream().mapToLong(Long::longValue).toArray();
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

    @Test
    void reportsExactlyTheLshDefinitionOnManyPostsWhateverTheThreadCount() {
        // given: 9,000 texts (edited copies with 0-25 edits, and unrelated ones), each posted once or
        // twice at whole seconds over 12 hours: enough chains that band parts take the radix path
        java.util.SplittableRandom r = new java.util.SplittableRandom(17);
        Random rnd = new Random(17);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < 9000; i++) {
            texts.add(r.nextInt(10) < 7 ? VariantEdits.edit(rnd, MESSAGES[r.nextInt(MESSAGES.length)], r.nextInt(26))
                    : TestTexts.japaneseish(r, 20 + r.nextInt(40)));
        }
        List<long[]> posts = new ArrayList<>(); // {time, text}
        for (int t = 0; t < texts.size(); t++) {
            for (int k = 0, copies = 1 + r.nextInt(2); k < copies; k++) {
                posts.add(new long[] {r.nextInt(43_200), t});
            }
        }
        posts.sort((x, y) -> Long.compare(x[0], y[0]));
        int[] entries = posts.stream().mapToInt(x -> (int) x[1]).toArray();
        double[] times = posts.stream().mapToDouble(x -> x[0]).toArray();
        double window = 60;
        CharSequence[] normalised = normalised(texts);
        // when
        SimilarTextPairs.Result one = SimilarTextPairs.find(normalised, entries, times, window, P, 1);
        SimilarTextPairs.Result three = SimilarTextPairs.find(normalised, entries, times, window, P, 3);
        // then: the same on 1 and 3 threads, and exactly the pairs of the definition, by brute force over
        // posts within the window: same key in some band, MinHash pre-check passed, exact Jaccard >= 0.5
        assertThat(three.neighbourStart()).isEqualTo(one.neighbourStart());
        assertThat(three.neighbours()).isEqualTo(one.neighbours());
        assertThat(List.of(three.candidateChecks(), three.candidatePairs()))
                .isEqualTo(List.of(one.candidateChecks(), one.candidatePairs()));
        SignatureTable signatures = SignatureTable.compute(normalised, P, P.lsh(), 1);
        int[] classText = one.classText();
        long[][] keys = new long[classText.length][signatures.bands];
        long[][] sets = new long[classText.length][];
        for (int c = 0; c < classText.length; c++) {
            for (int band = 0; band < signatures.bands; band++) {
                keys[c][band] = signatures.bandKey(classText[c], band) >>> 32;
            }
            sets[c] = SimilarTextPairs.shingleSet(normalised[classText[c]], P);
        }
        double lowest = P.threshold() - BandSweep.preCheckMargin(signatures.hashes);
        Set<Long> expected = new HashSet<>();
        for (int e = 0; e < entries.length; e++) {
            for (int f = e + 1; f < entries.length && times[f] - times[e] <= window; f++) {
                int a = one.classOf()[entries[e]];
                int b = one.classOf()[entries[f]];
                if (a < 0 || b < 0 || a == b || !sharesABand(keys[a], keys[b])
                        || signatures.estimateJaccard(classText[a], classText[b]) < lowest
                        || MinHasher.jaccard(sets[a], sets[b]) < P.threshold()) {
                    continue;
                }
                expected.add(key(a, b));
                expected.add(key(b, a));
            }
        }
        assertThat(expected).hasSizeGreaterThan(1000);
        assertThat(pairs(one)).isEqualTo(expected);
    }

    @Test
    void wordShinglesAreVerifiedByTheirExactJaccard() {
        // given: word-bigram parameters, a space segmenter, English copies with a word or two changed
        NearDuplicateParameters words = NearDuplicateParameters.wordDefaults();
        List<String> texts = List.of(
                "the government puts foreign interests before our families so wake up and vote on sunday",
                "the government puts foreign interests before our families so wake up and vote this sunday",
                "the government puts foreign interests before all families so wake up and vote on sunday",
                "our families deserve better than this government so go and vote on sunday morning",
                "lovely weather at the beach today with the kids and a picnic by the sea");
        int[] entries = {0, 1, 2, 3, 4};
        double[] times = new double[5];
        // when
        SimilarTextPairs.Result one = SimilarTextPairs.find(normalised(texts), entries, times, 10, words, 1,
                WordShinglesTest.SpaceSegmenter::new);
        SimilarTextPairs.Result three = SimilarTextPairs.find(normalised(texts), entries, times, 10, words, 3,
                WordShinglesTest.SpaceSegmenter::new);
        // then: each reported pair reaches the threshold by word shingles; the close copies are found
        assertThat(three.neighbours()).isEqualTo(one.neighbours());
        TextShingles a = new TextShingles(words, new WordShinglesTest.SpaceSegmenter());
        TextShingles b = new TextShingles(words, new WordShinglesTest.SpaceSegmenter());
        for (long pair : pairs(one)) {
            a.loadSet(texts.get(one.classText()[(int) (pair >>> 32)]), words.minLength());
            b.loadSet(texts.get(one.classText()[(int) pair]), words.minLength());
            assertThat(a.jaccard(b)).isGreaterThanOrEqualTo(words.threshold());
        }
        assertThat(pairs(one)).contains(key(one.classOf()[0], one.classOf()[1]));
        int unrelated = one.classOf()[4];
        assertThat(pairs(one)).noneMatch(pair -> pair.intValue() == unrelated || pair >>> 32 == unrelated);
    }

    private static boolean sharesABand(long[] a, long[] b) {
        for (int band = 0; band < a.length; band++) {
            if (a[band] == b[band]) {
                return true;
            }
        }
        return false;
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
