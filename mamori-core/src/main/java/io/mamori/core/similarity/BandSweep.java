package io.mamori.core.similarity;

import io.mamori.core.primitive.LongArrayList;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * LSH banding, verification and leader assignment. For each band, the representatives' 32-bit band
 * keys are sorted ({@link BucketSort}); every run of equal keys is a bucket, and the pairs of a
 * bucket are candidates. Two different bands of values share a 32-bit key by chance for about
 * n²/2<sup>33</sup> pairs (some 100 per band at a million texts), which the checks below reject.
 *
 * <p>Each candidate pair goes through two checks, cheapest first:
 * <ol>
 *   <li>MinHash pre-check, on the worker thread that sorted the band: rejected when the two
 *       signatures agree on a fraction below {@code threshold - 1.5 / sqrt(numHashes)} (three
 *       standard errors at J = 0.5, the largest; 0.31 for threshold 0.5 and 64 hashes). At a
 *       million posts most candidates are unrelated pairs that met in one band by chance (Jaccard
 *       below 0.2, sharing common particles and endings), and this spares each an exact check. A
 *       pair at the threshold is rejected with probability about 0.001 (next to the 36 % LSH
 *       itself misses there), one 0.1 above it with probability below 10<sup>-5</sup>;</li>
 *   <li>exact Jaccard of the later text and the earlier text's leader, recomputed from the texts
 *       (a few microseconds; keeping every set would take 0.5 GB per million posts), once per
 *       leader, below.</li>
 * </ol>
 *
 * <p><b>Leaders, not chains.</b> Representatives are taken in input order. Each is checked against
 * the leaders of its pre-checked earlier candidates (a candidate that is a leader stands for
 * itself, one that follows a leader for that leader — which rescues a text whose LSH bands missed
 * the leader but met one of its followers) and joins the one with the highest exact Jaccard
 * reaching the threshold (the earliest on ties), or else becomes a leader itself. A cluster is a leader and the
 * texts similar to it, so every member is within the threshold of one common text. Joining any
 * similar pair instead (union-find, single linkage) chains: on a week of Japanese microblog posts,
 * short everyday texts that each resemble the next ("投票日！ #投票に行こう", "投票日🎉 #投票に行こう
 * #参院選2025" …) joined 5,776 of 48,000 texts into one cluster, and a campaign's texts into the
 * same cluster as everyone's — which made the cluster as popular as the whole trend.
 *
 * <p>The pairs of all bands are collected, sorted and deduplicated before the assignment, so the
 * outcome depends neither on the thread count nor on the order the bands finish in.
 *
 * <p><b>Large buckets.</b> A bucket of up to {@value #SMALL_BUCKET} texts yields all its pairs. A
 * larger one yields only the pairs of each member with the bucket's first
 * {@value #BUCKET_REPRESENTATIVES} members (lowest ordinals, so the likeliest leaders), so a bucket
 * of m texts costs O(m) checks instead of O(m²). Such buckets are either many variants of one
 * message, which resemble its first members too, or unrelated posts whose band minima all fell on
 * common shingles ("です", "ます"), where every pair would be rejected anyway. A member similar only
 * to later leaders still meets them in the other bands.
 */
final class BandSweep {
    static final int SMALL_BUCKET = 64;
    static final int BUCKET_REPRESENTATIVES = 8;

    private final CharSequence[] texts;
    private final int[] textOf;
    private final int minLength;
    private final double threshold;
    /** Pre-checked candidate pairs of all bands, as {@code later << 32 | earlier} ordinals. */
    private final LongArrayList pairs = new LongArrayList();
    private final int[] leaderOf;
    private long candidates;
    private long verified;

    private BandSweep(CharSequence[] texts, Representatives representatives, NearDuplicateParameters p) {
        this.texts = texts;
        this.textOf = representatives.textOf;
        this.minLength = p.minLength();
        this.threshold = p.threshold();
        this.leaderOf = new int[representatives.count()];
        for (int i = 0; i < leaderOf.length; i++) {
            leaderOf[i] = i;
        }
    }

    /** How far below the threshold a candidate's MinHash estimate may fall and still be checked. */
    static double preCheckMargin(int numHashes) {
        return 1.5 / Math.sqrt(numHashes);
    }

    /** Sweeps every band and assigns leaders; the result holds them and the counts. */
    static BandSweep run(CharSequence[] texts, SignatureTable signatures, Representatives representatives,
                         NearDuplicateParameters p, int threads, Supplier<TextShingles> shingles) {
        BandSweep sweep = new BandSweep(texts, representatives, p);
        int count = representatives.count();
        if (count < 2) {
            return sweep;
        }
        Band.Layout layout = new Band.Layout(signatures, representatives,
                p.threshold() - preCheckMargin(signatures.hashes));
        Workers.pipeline(threads, signatures.bands, band -> Band.candidates(layout, band),
                (band, index) -> sweep.collect(band));
        sweep.assignLeaders(shingles);
        return sweep;
    }

    /** The leader's ordinal per representative ordinal; a leader is its own. */
    int[] leaderOf() {
        return leaderOf;
    }

    long candidates() {
        return candidates;
    }

    long verified() {
        return verified;
    }

    private void collect(Band band) {
        candidates += band.bucketPairs();
        long[] raw = band.pairs().rawArray();
        for (int i = 0; i < band.pairs().size(); i++) {
            long lowerHigher = raw[i];
            pairs.add((lowerHigher & 0xFFFF_FFFFL) << 32 | (lowerHigher >>> 32));
        }
    }

    /**
     * The leader pass: later texts in ascending order, each with its distinct earlier candidates
     * in ascending order. An earlier text's leader is final by then.
     */
    private void assignLeaders(Supplier<TextShingles> shingles) {
        long[] sorted = pairs.rawArray();
        int n = pairs.size();
        Arrays.parallelSort(sorted, 0, n);
        TextShingles later = shingles.get();
        TextShingles earlier = shingles.get();
        int[] checkedFor = new int[leaderOf.length];
        Arrays.fill(checkedFor, -1);
        int i = 0;
        while (i < n) {
            int b = (int) (sorted[i] >>> 32);
            boolean laterLoaded = false;
            int best = -1;
            double bestJaccard = -1;
            for (; i < n && (int) (sorted[i] >>> 32) == b; i++) {
                // a candidate that follows a leader stands for its leader: b resembles a, and a
                // resembles the leader, so b is checked against the leader itself (never joined
                // through a alone, which is what would chain)
                int leader = leaderOf[(int) sorted[i]];
                if (checkedFor[leader] == b) {
                    continue; // already checked: the same pair in another band, or a co-follower
                }
                checkedFor[leader] = b;
                if (!laterLoaded) {
                    later.loadSet(texts[textOf[b]], minLength);
                    laterLoaded = true;
                }
                earlier.loadSet(texts[textOf[leader]], minLength);
                double jaccard = later.jaccard(earlier);
                if (jaccard >= threshold && (jaccard > bestJaccard || jaccard == bestJaccard && leader < best)) {
                    best = leader;
                    bestJaccard = jaccard;
                }
            }
            if (best >= 0) {
                leaderOf[b] = best;
                verified++;
            }
        }
    }

    /**
     * One band's candidates: the number of bucket pairs, and those that passed the MinHash
     * pre-check as {@code lower << 32 | higher} representative ordinals, in bucket order.
     */
    private record Band(long bucketPairs, LongArrayList pairs) {
        /** What every band needs; read-only, shared by the worker threads. */
        record Layout(SignatureTable signatures, Representatives representatives, double lowestEstimate) {
        }

        static Band candidates(Layout layout, int band) {
            int[] textOf = layout.representatives().textOf;
            SignatureTable signatures = layout.signatures();
            int[] keys = new int[textOf.length];
            for (int t = 0; t < keys.length; t++) {
                keys[t] = signatures.bandKeyHigh(textOf[t], band);
            }
            int[] ordinals = BucketSort.sort(keys);
            long bucketPairs = 0;
            LongArrayList passed = new LongArrayList();
            int start = 0;
            while (start < keys.length) {
                int end = start + 1;
                while (end < keys.length && keys[end] == keys[start]) {
                    end++;
                }
                int partnersEnd = end - start <= SMALL_BUCKET ? end : Math.min(end, start + BUCKET_REPRESENTATIVES);
                for (int x = start; x < partnersEnd; x++) {
                    int a = ordinals[x];
                    for (int y = x + 1; y < end; y++) {
                        int b = ordinals[y];
                        bucketPairs++;
                        if (signatures.estimateJaccard(textOf[a], textOf[b]) >= layout.lowestEstimate()) {
                            passed.add((long) a << 32 | b);
                        }
                    }
                }
                start = end;
            }
            return new Band(bucketPairs, passed);
        }
    }
}
