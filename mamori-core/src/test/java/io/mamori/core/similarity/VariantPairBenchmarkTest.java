package io.mamori.core.similarity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Near-duplicate detection with the shipped defaults on labelled variant pairs ({@link VariantPairs}):
 * recall, precision, the MinHash estimate's error and the LSH candidate rate against its S-curve.
 * The numbers are printed and quoted in docs/text.md; reproduce with
 * {@code ./mvnw -q -o -pl mamori-core test -Dtest=VariantPairBenchmarkTest}.
 */
class VariantPairBenchmarkTest {
    private static final NearDuplicateParameters DEFAULTS = NearDuplicateParameters.defaults();
    /** Computed once: {@link NearDuplicateParameters#lsh()} re-runs the banding optimisation, about 4 ms a call. */
    private static final LshParameters LSH = DEFAULTS.lsh();
    private static final long SEED = 20250717L;
    private static final double RECALL_SIMILARITY = 0.6;

    private static List<VariantPairs.Pair> pairs;
    private static boolean[] detected;

    @BeforeAll
    static void generateAndDetect() {
        pairs = VariantPairs.generate(SEED, 30, 5, 10);
        detected = new boolean[pairs.size()];
        for (int i = 0; i < pairs.size(); i++) {
            VariantPairs.Pair pair = pairs.get(i);
            detected[i] = PairOutcome.of(pair.a(), pair.b()).detected();
        }
    }

    /**
     * What {@link NearDuplicateClusters} does with a two-text input, step by step, with the
     * package's own classes: the b-bit signatures and band keys of {@link SignatureTable}, the
     * collapsing of identical shingle sequences ({@link Representatives}), the MinHash pre-check
     * margin of {@link BandSweep} and the exact Jaccard of {@link TextShingles}. A call of
     * {@code cluster} costs a few milliseconds whatever its input (its radix sort clears 2 x 65,536
     * counters per band), so the benchmark runs this and checks on a sample that {@code cluster}
     * agrees ({@link #thePairPipelineAgreesWithNearDuplicateClusters}).
     *
     * @param collapsed identical shingle sequences: always one cluster, never a candidate pair
     * @param candidate the two texts share a bucket in at least one band
     * @param detected  {@code cluster} puts both texts in one cluster
     */
    record PairOutcome(boolean collapsed, boolean candidate, boolean detected) {
        static PairOutcome of(String a, String b) {
            return of(a, b, DEFAULTS, TextShingles.factory(DEFAULTS, null));
        }

        /** The outcome for parameters {@code p}, with {@code shingles} made for them. */
        static PairOutcome of(String a, String b, NearDuplicateParameters p, Supplier<TextShingles> shingles) {
            SignatureTable table = SignatureTable.compute(new CharSequence[]{a, b}, p, p.lsh(), 1, shingles);
            if (table.isShort(0) || table.isShort(1)) {
                return new PairOutcome(false, false, false);
            }
            TextShingles x = shingles.get();
            TextShingles y = shingles.get();
            x.load(a, p.minLength());
            y.load(b, p.minLength());
            if (x.sameAs(y)) {
                return new PairOutcome(true, false, true);
            }
            boolean candidate = false;
            for (int band = 0; band < table.bands && !candidate; band++) {
                candidate = (int) (table.bandKey(0, band) >>> 32) == (int) (table.bandKey(1, band) >>> 32);
            }
            boolean preChecked = table.estimateJaccard(0, 1) >= p.threshold() - BandSweep.preCheckMargin(table.hashes);
            boolean verified = false;
            if (candidate && preChecked) {
                x.toSet();
                y.toSet();
                verified = x.jaccard(y) >= p.threshold();
            }
            return new PairOutcome(false, candidate, candidate && preChecked && verified);
        }
    }

    @Test
    void thePairPipelineAgreesWithNearDuplicateClusters() {
        // given every 20th labelled pair and 150 random edited pairs across all similarities
        List<String[]> sample = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i += 20) {
            sample.add(new String[]{pairs.get(i).a(), pairs.get(i).b()});
        }
        SplittableRandom r = new SplittableRandom(SEED + 2);
        for (int i = 0; i < 150; i++) {
            String a = TestTexts.japaneseish(r, 40 + r.nextInt(60));
            sample.add(new String[]{a, TestTexts.edit(a, r.nextInt(1, 45), r)});
        }
        for (String[] pair : sample) {
            // when
            PairOutcome outcome = PairOutcome.of(pair[0], pair[1]);
            NearDuplicateClusters.Result result = NearDuplicateClusters.cluster(List.of(pair[0], pair[1]), DEFAULTS, 1);
            // then
            assertThat(outcome.detected()).as("%s | %s", pair[0], pair[1])
                    .isEqualTo(result.clusterOf()[0] == result.clusterOf()[1]);
            assertThat(outcome.candidate()).as("%s | %s", pair[0], pair[1]).isEqualTo(result.candidatePairs() > 0);
        }
    }

    @Test
    void recallOfVariantsAtJaccardPointSixAndPrecisionMeetTheTargets() {
        // given the pairs and detections of generateAndDetect
        int positivesAbove = 0;
        int foundAbove = 0;
        int detectedCount = 0;
        int truePositives = 0;
        int[][] byKind = new int[VariantPairs.Kind.values().length][3]; // pairs, detected, J >= 0.5
        double[] binEdges = {0.0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};
        int[][] recallBins = new int[binEdges.length - 1][2];
        List<String> missed = new ArrayList<>();
        List<String> falseAlarms = new ArrayList<>();
        // when
        for (int i = 0; i < pairs.size(); i++) {
            VariantPairs.Pair pair = pairs.get(i);
            int[] kind = byKind[pair.kind().ordinal()];
            kind[0]++;
            kind[1] += detected[i] ? 1 : 0;
            kind[2] += pair.jaccard() >= DEFAULTS.threshold() ? 1 : 0;
            if (detected[i]) {
                detectedCount++;
                if (pair.positive()) {
                    truePositives++;
                } else {
                    falseAlarms.add(String.format("J=%.3f %s | %s | %s", pair.jaccard(), pair.kind(), pair.a(), pair.b()));
                }
            }
            if (pair.positive()) {
                int bin = bin(binEdges, pair.jaccard());
                recallBins[bin][0]++;
                recallBins[bin][1] += detected[i] ? 1 : 0;
                if (pair.jaccard() >= RECALL_SIMILARITY) {
                    positivesAbove++;
                    foundAbove += detected[i] ? 1 : 0;
                    if (!detected[i]) {
                        missed.add(String.format("J=%.3f [%s] %s | %s", pair.jaccard(), pair.edits().strip(), pair.a(), pair.b()));
                    }
                }
            }
        }
        double recall = foundAbove / (double) positivesAbove;
        double precision = truePositives / (double) detectedCount;
        // then
        System.out.printf("%nVariant pairs (seed %d), defaults: threshold %.2f, %d hashes, %d bands x %d rows%n",
                SEED, DEFAULTS.threshold(), DEFAULTS.numHashes(), LSH.bands(), LSH.rows());
        System.out.printf("%-11s %6s %9s %9s%n", "kind", "pairs", "detected", "J>=0.5");
        for (VariantPairs.Kind kind : VariantPairs.Kind.values()) {
            int[] k = byKind[kind.ordinal()];
            System.out.printf("%-11s %6d %9d %9d%n", kind, k[0], k[1], k[2]);
        }
        System.out.printf("%-13s %6s %9s %7s %7s%n", "variants J in", "pairs", "detected", "recall", "P(s)lo");
        for (int b = 0; b < recallBins.length; b++) {
            System.out.printf("[%.1f, %.1f)    %6d %9d %7.3f %7.3f%n", binEdges[b], Math.min(1.0, binEdges[b + 1]),
                    recallBins[b][0], recallBins[b][1], recallBins[b][1] / (double) Math.max(1, recallBins[b][0]),
                    LSH.probabilityCandidate(binEdges[b]));
        }
        System.out.printf("recall at J >= %.1f: %d / %d = %.4f; precision: %d / %d = %.4f%n", RECALL_SIMILARITY,
                foundAbove, positivesAbove, recall, truePositives, detectedCount, precision);
        missed.forEach(m -> System.out.println("  missed: " + m));
        falseAlarms.stream().limit(20).forEach(f -> System.out.println("  false positive: " + f));
        assertThat(positivesAbove).isGreaterThan(1_000);
        assertThat(recall).as("recall over variant pairs with exact Jaccard >= 0.6").isGreaterThanOrEqualTo(0.95);
        assertThat(precision).as("precision over detected pairs").isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void theLabelsAreNotTrivial() {
        // negatives on one topic share vocabulary, and some variants fall below the threshold
        double sameTopicMax = pairs.stream().filter(p -> p.kind() == VariantPairs.Kind.SAME_TOPIC)
                .mapToDouble(VariantPairs.Pair::jaccard).max().orElseThrow();
        double sameTopicMean = pairs.stream().filter(p -> p.kind() == VariantPairs.Kind.SAME_TOPIC)
                .mapToDouble(VariantPairs.Pair::jaccard).average().orElseThrow();
        double unrelatedMean = pairs.stream().filter(p -> p.kind() == VariantPairs.Kind.UNRELATED)
                .mapToDouble(VariantPairs.Pair::jaccard).average().orElseThrow();
        double variantMin = pairs.stream().filter(VariantPairs.Pair::positive)
                .mapToDouble(VariantPairs.Pair::jaccard).min().orElseThrow();
        System.out.printf("%nexact Jaccard: same-topic mean %.3f max %.3f; unrelated mean %.3f; variants min %.3f%n",
                sameTopicMean, sameTopicMax, unrelatedMean, variantMin);
        assertThat(sameTopicMean).isGreaterThan(unrelatedMean);
        assertThat(variantMin).isLessThan(RECALL_SIMILARITY);
    }

    /**
     * (b) MinHash estimate (64 full 32-bit values) against exact Jaccard. Standard error is
     * sqrt(J(1-J)/64) <= 0.0625, so the mean absolute error must stay below 0.0625, the bias within
     * 0.01, and the 95th percentile of the absolute error below 2 standard errors at J = 0.5 (0.125).
     */
    @Test
    void minHashEstimatesStayWithinTheBinomialErrorOnRandomAndAdversarialPairs() {
        // given
        MinHasher hasher = new MinHasher(DEFAULTS.numHashes(), DEFAULTS.seed());
        SplittableRandom r = new SplittableRandom(SEED);
        List<String[]> random = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            String a = TestTexts.japaneseish(r, 30 + r.nextInt(90));
            random.add(new String[]{a, TestTexts.edit(a, r.nextInt(0, 50), r)});
        }
        List<String[]> adversarial = new ArrayList<>();
        for (VariantPairs.Pair pair : pairs) {
            adversarial.add(new String[]{pair.a(), pair.b()});
        }
        // when
        double[] randomErrors = errors(hasher, random);
        double[] adversarialErrors = errors(hasher, adversarial);
        // then
        System.out.printf("%n%-22s %6s %9s %9s %9s %9s%n", "MinHash 64 vs exact", "pairs", "bias", "mean|e|", "p95|e|", "max|e|");
        report("random (edited kana)", randomErrors);
        report("labelled variant set", adversarialErrors);
        for (double[] e : List.of(randomErrors, adversarialErrors)) {
            double[] abs = Arrays.stream(e).map(Math::abs).sorted().toArray();
            assertThat(Arrays.stream(e).average().orElseThrow()).isBetween(-0.01, 0.01);
            assertThat(Arrays.stream(abs).average().orElseThrow()).isLessThan(0.5 / Math.sqrt(DEFAULTS.numHashes()));
            assertThat(percentile(abs, 0.95)).isLessThan(1.0 / Math.sqrt(DEFAULTS.numHashes()));
            assertThat(abs[abs.length - 1]).isLessThan(2.5 / Math.sqrt(DEFAULTS.numHashes()));
        }
    }

    /**
     * (c) How often a pair with exact Jaccard s becomes an LSH candidate in the real pipeline
     * (two texts sharing a bucket in at least one band, {@link PairOutcome}), against
     * {@link LshParameters#probabilityCandidate}: within 4 binomial standard errors (plus 0.02 for
     * the spread of s inside a bin) in every bin of at least 100 pairs.
     */
    @Test
    void theCandidateRateFollowsTheSCurve() {
        // given random edited pairs across all similarities, and the labelled pairs
        SplittableRandom r = new SplittableRandom(SEED + 1);
        List<String[]> all = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            String a = TestTexts.japaneseish(r, 40 + r.nextInt(60));
            all.add(new String[]{a, TestTexts.edit(a, r.nextInt(1, 45), r)});
        }
        for (VariantPairs.Pair pair : pairs) {
            all.add(new String[]{pair.a(), pair.b()});
        }
        LshParameters lsh = LSH;
        int bins = 10;
        int[] count = new int[bins];
        int[] candidates = new int[bins];
        double[] expected = new double[bins];
        // when
        for (String[] pair : all) {
            PairOutcome outcome = PairOutcome.of(pair[0], pair[1]);
            if (outcome.collapsed()) {
                continue; // collapsed before banding: not a candidate pair at all
            }
            double s = VariantPairs.exactJaccard(pair[0], pair[1]);
            int bin = Math.min(bins - 1, (int) (s * bins));
            count[bin]++;
            expected[bin] += lsh.probabilityCandidate(s);
            candidates[bin] += outcome.candidate() ? 1 : 0;
        }
        // then
        System.out.printf("%n%-10s %6s %10s %10s%n", "s bin", "pairs", "empirical", "P(s) mean");
        for (int b = 0; b < bins; b++) {
            if (count[b] == 0) {
                continue;
            }
            double empirical = candidates[b] / (double) count[b];
            double p = expected[b] / count[b];
            System.out.printf("[%.1f, %.1f) %6d %10.4f %10.4f%n", b / (double) bins, (b + 1) / (double) bins, count[b], empirical, p);
            if (count[b] >= 100) {
                double tolerance = 4 * Math.sqrt(p * (1 - p) / count[b]) + 0.02;
                assertThat(empirical).as("candidate rate for s in bin %d", b).isCloseTo(p, within(tolerance));
            }
        }
    }

    private static double[] errors(MinHasher hasher, List<String[]> textPairs) {
        double[] errors = new double[textPairs.size()];
        int[] sa = new int[hasher.numHashes()];
        int[] sb = new int[hasher.numHashes()];
        for (int i = 0; i < errors.length; i++) {
            long[] a = Shingles.distinctSorted(SimilarityText.normalise(textPairs.get(i)[0]), DEFAULTS.shingleSize());
            long[] b = Shingles.distinctSorted(SimilarityText.normalise(textPairs.get(i)[1]), DEFAULTS.shingleSize());
            hasher.sign(a, a.length, sa);
            hasher.sign(b, b.length, sb);
            errors[i] = MinHasher.estimateJaccard(sa, sb) - MinHasher.jaccard(a, b);
        }
        return errors;
    }

    private static void report(String what, double[] errors) {
        double[] abs = Arrays.stream(errors).map(Math::abs).sorted().toArray();
        System.out.printf("%-22s %6d %9.4f %9.4f %9.4f %9.4f%n", what, errors.length,
                Arrays.stream(errors).average().orElseThrow(), Arrays.stream(abs).average().orElseThrow(),
                percentile(abs, 0.95), abs[abs.length - 1]);
    }

    private static double percentile(double[] sortedAscending, double q) {
        return sortedAscending[Math.min(sortedAscending.length - 1, (int) Math.ceil(q * sortedAscending.length) - 1)];
    }

    private static int bin(double[] edges, double value) {
        for (int b = edges.length - 2; b >= 0; b--) {
            if (value >= edges[b]) {
                return b;
            }
        }
        return 0;
    }
}
