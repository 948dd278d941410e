package io.mamori.core.similarity;

import io.mamori.core.text.WordSegmenter;
import io.mamori.text.KuromojiSegmenter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Word shingles (kuromoji words) against character bigrams on core's labelled variant pairs
 * ({@link VariantPairs}, the set of {@code VariantPairBenchmarkTest}), through the same pair
 * pipeline ({@link VariantPairBenchmarkTest.PairOutcome}). Lives in core's package to reach its
 * package-private pipeline; in this module because core cannot segment words. The numbers are
 * printed and quoted in docs/text.md ("Word shingles"); reproduce with
 * {@code ./mvnw -q -o -pl mamori-text -am test -Dtest=WordShingleVariantPairBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}
 * (add {@code -Dmamori.compareShingles=true} for every row of the comparison).
 */
class WordShingleVariantPairBenchmarkTest {
    private static final long SEED = 20250717L;
    private static final double RECALL_SIMILARITY = 0.6;
    /** {@code -Dmamori.compareShingles=true}: also word unigrams, trigrams, search mode and other thresholds (30 s). */
    private static final boolean COMPARE_ALL = Boolean.getBoolean("mamori.compareShingles");

    private static List<VariantPairs.Pair> pairs;

    @BeforeAll
    static void generate() {
        pairs = VariantPairs.generate(SEED, 30, 5, 10);
    }

    /** One row of the comparison, per language. */
    record Measure(String name, boolean japanese, int positives, int found, int positivesAboveOwn, int foundAboveOwn,
                   int positivesAboveChar, int foundAboveChar, int detected, int truePositives, int sameTopicDetected,
                   int unrelatedDetected, double positiveMeanJ, double sameTopicMeanJ, double sameTopicMaxJ,
                   double unrelatedMeanJ) {
        double recallAboveOwn() {
            return foundAboveOwn / (double) positivesAboveOwn;
        }

        double precision() {
            return detected == 0 ? 1 : truePositives / (double) detected;
        }

        @Override
        public String toString() {
            return String.format("%-18s %-2s %5d/%-5d %.3f | %5d/%-5d %.4f | %5d/%-5d %.4f | %4d/%-4d %.4f | %3d %3d | %.3f %.3f %.3f %.3f",
                    name, japanese ? "ja" : "en", found, positives, found / (double) positives,
                    foundAboveChar, positivesAboveChar, foundAboveChar / (double) positivesAboveChar,
                    foundAboveOwn, positivesAboveOwn, recallAboveOwn(), truePositives, detected, precision(),
                    sameTopicDetected, unrelatedDetected, positiveMeanJ, sameTopicMeanJ, sameTopicMaxJ, unrelatedMeanJ);
        }
    }

    static Measure measure(String name, boolean japanese, NearDuplicateParameters p,
                           Supplier<? extends WordSegmenter> segmenters) {
        // one segmenter for the whole run: the pair pipeline is single-threaded and sequential
        WordSegmenter shared = segmenters == null ? null : segmenters.get();
        Supplier<TextShingles> shingles = TextShingles.factory(p, shared == null ? null : () -> shared);
        TextShingles x = shingles.get();
        TextShingles y = shingles.get();
        int positives = 0, found = 0, aboveOwn = 0, foundAboveOwn = 0, aboveChar = 0, foundAboveChar = 0;
        int detected = 0, truePositives = 0, sameTopic = 0, unrelated = 0;
        double[] sumJ = new double[3];
        int[] countJ = new int[3];
        double sameTopicMax = 0;
        for (VariantPairs.Pair pair : pairs) {
            if (pair.japanese() != japanese) {
                continue;
            }
            boolean hit = VariantPairBenchmarkTest.PairOutcome.of(pair.a(), pair.b(), p, shingles).detected();
            x.loadSet(pair.a(), p.minLength());
            y.loadSet(pair.b(), p.minLength());
            double own = x.jaccard(y);
            int k = pair.kind().ordinal();
            sumJ[k] += own;
            countJ[k]++;
            if (hit) {
                detected++;
                truePositives += pair.positive() ? 1 : 0;
            }
            switch (pair.kind()) {
                case VARIANT -> {
                    positives++;
                    found += hit ? 1 : 0;
                    if (own >= RECALL_SIMILARITY) {
                        aboveOwn++;
                        foundAboveOwn += hit ? 1 : 0;
                    }
                    if (pair.jaccard() >= RECALL_SIMILARITY) {
                        aboveChar++;
                        foundAboveChar += hit ? 1 : 0;
                    }
                }
                case SAME_TOPIC -> {
                    sameTopic += hit ? 1 : 0;
                    sameTopicMax = Math.max(sameTopicMax, own);
                }
                case UNRELATED -> unrelated += hit ? 1 : 0;
            }
        }
        return new Measure(name, japanese, positives, found, aboveOwn, foundAboveOwn, aboveChar, foundAboveChar,
                detected, truePositives, sameTopic, unrelated,
                sumJ[VariantPairs.Kind.VARIANT.ordinal()] / countJ[VariantPairs.Kind.VARIANT.ordinal()],
                sumJ[VariantPairs.Kind.SAME_TOPIC.ordinal()] / countJ[VariantPairs.Kind.SAME_TOPIC.ordinal()],
                sameTopicMax,
                sumJ[VariantPairs.Kind.UNRELATED.ordinal()] / countJ[VariantPairs.Kind.UNRELATED.ordinal()]);
    }

    @Test
    void wordBigramsMeetTheRecallAndPrecisionTargetsInBothLanguages() {
        // given
        NearDuplicateParameters characters = NearDuplicateParameters.defaults();
        NearDuplicateParameters words = NearDuplicateParameters.wordDefaults();
        List<Measure> rows = new ArrayList<>();
        // when
        for (boolean japanese : new boolean[]{true, false}) {
            rows.add(measure("characters 2", japanese, characters, null));
            rows.add(measure("words 2", japanese, words, KuromojiSegmenter.perThread()));
            if (COMPARE_ALL) {
                rows.add(measure("words 1", japanese, words.withShingleSize(1), KuromojiSegmenter.perThread()));
                rows.add(measure("words 3", japanese, words.withShingleSize(3), KuromojiSegmenter.perThread()));
                rows.add(measure("words 2, search", japanese, words, KuromojiSegmenter::searchMode));
                rows.add(measure("words 2, t=0.4", japanese, words.withThreshold(0.4), KuromojiSegmenter.perThread()));
                rows.add(measure("words 1, t=0.6", japanese, words.withShingleSize(1).withThreshold(0.6),
                        KuromojiSegmenter.perThread()));
            }
        }
        // then
        System.out.printf("%n%-18s %-2s %-17s | %-18s | %-18s | %-15s | %-7s | %s%n", "shingles", "", "recall (all)",
                "recall charJ>=0.6", "recall ownJ>=0.6", "precision", "ST  UN", "mean J: variant, same-topic (max), unrelated");
        rows.forEach(System.out::println);
        for (Measure m : rows) {
            if (m.name().equals("words 2")) {
                assertThat(m.recallAboveOwn()).as("%s", m).isGreaterThanOrEqualTo(0.95);
                assertThat(m.precision()).as("%s", m).isGreaterThanOrEqualTo(0.95);
            }
        }
    }

    /**
     * What a text costs to shingle, per mode: time and bytes allocated by {@link TextShingles#load}
     * on this thread (after warm-up), and a whole {@link NearDuplicateClusters#cluster} call.
     * Printed only (timings are machine-dependent); with {@code -Dmamori.compareShingles=true}.
     */
    @Test
    void costPerTextOfCharacterAndWordShingles() {
        if (!COMPARE_ALL) {
            return;
        }
        List<String> texts = new ArrayList<>();
        for (VariantPairs.Pair pair : pairs) {
            texts.add(pair.a());
            texts.add(pair.b());
        }
        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        System.out.printf("%n%-12s %10s %12s %14s%n", "shingles", "us/text", "bytes/text", "cluster 1 thr");
        for (NearDuplicateParameters p : List.of(NearDuplicateParameters.defaults(), NearDuplicateParameters.wordDefaults())) {
            TextShingles shingles = TextShingles.factory(p, KuromojiSegmenter.perThread()).get();
            long sink = 0;
            for (int round = 0; round < 5; round++) { // warm-up
                for (String t : texts) {
                    shingles.load(t, p.minLength());
                    sink += shingles.size();
                }
            }
            long bytes = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            int rounds = 5;
            for (int round = 0; round < rounds; round++) {
                for (String t : texts) {
                    shingles.load(t, p.minLength());
                    sink += shingles.size();
                }
            }
            double micros = (System.nanoTime() - start) / 1e3 / (rounds * texts.size());
            double allocated = (threads.getCurrentThreadAllocatedBytes() - bytes) / (double) (rounds * texts.size());
            long clusterStart = System.nanoTime();
            NearDuplicateClusters.cluster(texts, p, 1, KuromojiSegmenter.perThread());
            double clusterMillis = (System.nanoTime() - clusterStart) / 1e6;
            System.out.printf("%-12s %10.2f %12.0f %11.0f ms  (%d texts, %d shingles)%n",
                    p.shingleKind() + " " + p.shingleSize(), micros, allocated, clusterMillis, texts.size(), sink);
        }
    }
}
