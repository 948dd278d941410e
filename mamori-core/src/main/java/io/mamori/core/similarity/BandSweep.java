package io.mamori.core.similarity;

import io.mamori.core.primitive.LongArrayList;

/**
 * LSH banding and verification, by sort-and-sweep. For each band, the representatives' 32-bit band
 * keys are sorted ({@link BucketSort}); every run of equal keys is a bucket, and the pairs of a
 * bucket are candidates. Two different bands of values share a 32-bit key by chance for about
 * n²/2<sup>33</sup> pairs (some 100 per band at a million texts), which the checks below reject.
 *
 * <p>Each candidate pair goes through three checks, cheapest first:
 * <ol>
 *   <li>MinHash pre-check, on the worker thread that sorted the band: rejected when the two
 *       signatures agree on a fraction below {@code threshold - 1.5 / sqrt(numHashes)} (three
 *       standard errors at J = 0.5, the largest; 0.31 for threshold 0.5 and 64 hashes). At a
 *       million posts most candidates are unrelated pairs that met in one band by chance (Jaccard
 *       below 0.2, sharing common particles and endings), and this spares each an exact check. A
 *       pair at the threshold is rejected with probability about 0.001 (next to the 36 % LSH
 *       itself misses there), one 0.1 above it with probability below 10<sup>-5</sup>;</li>
 *   <li>already joined (union-find), on the calling thread: skipped — a copy-paste family shares
 *       many bands, and after its first verified pairs the rest cost two look-ups each;</li>
 *   <li>exact Jaccard of the two shingle sets, recomputed from the texts (a few microseconds;
 *       keeping every set would take 0.5 GB per million posts): joined when it reaches the
 *       threshold.</li>
 * </ol>
 * Bands are handled in band order and pairs in bucket order, so the outcome does not depend on
 * the thread count; and since a pair is skipped only when its texts are already joined, the
 * clusters do not depend on the order either.
 *
 * <p><b>Large buckets.</b> A bucket of up to {@value #SMALL_BUCKET} texts yields all its pairs. A
 * larger one yields only the pairs of each member with the bucket's first
 * {@value #BUCKET_REPRESENTATIVES} members (lowest ordinals), so a bucket of m texts costs O(m)
 * checks instead of O(m²). Such buckets are either many variants of one message, which resemble
 * the first members too, or unrelated posts whose band minima all fell on common shingles
 * ("です", "ます"), where every pair would be rejected anyway. A member similar only to
 * non-representatives is still compared with them in the other bands.
 */
final class BandSweep {
    static final int SMALL_BUCKET = 64;
    static final int BUCKET_REPRESENTATIVES = 8;

    private final CharSequence[] texts;
    private final int[] textOf;
    private final int minLength;
    private final double threshold;
    private final DisjointSets joined;
    private final TextShingles first;
    private final TextShingles second;
    private int firstLoaded = -1;
    private long candidates;
    private long verified;

    private BandSweep(CharSequence[] texts, Representatives representatives, NearDuplicateParameters p) {
        this.texts = texts;
        this.textOf = representatives.textOf;
        this.minLength = p.minLength();
        this.threshold = p.threshold();
        this.joined = new DisjointSets(representatives.count());
        this.first = new TextShingles(p.shingleSize());
        this.second = new TextShingles(p.shingleSize());
    }

    /** How far below the threshold a candidate's MinHash estimate may fall and still be checked. */
    static double preCheckMargin(int numHashes) {
        return 1.5 / Math.sqrt(numHashes);
    }

    /** Sweeps every band; the result holds the joined representatives and the counts. */
    static BandSweep run(CharSequence[] texts, SignatureTable signatures, Representatives representatives,
                         NearDuplicateParameters p, int threads) {
        BandSweep sweep = new BandSweep(texts, representatives, p);
        int count = representatives.count();
        if (count < 2) {
            return sweep;
        }
        Band.Layout layout = new Band.Layout(signatures, representatives,
                p.threshold() - preCheckMargin(signatures.hashes));
        Workers.pipeline(threads, signatures.bands, band -> Band.candidates(layout, band),
                (band, index) -> sweep.verify(band));
        return sweep;
    }

    DisjointSets joined() {
        return joined;
    }

    long candidates() {
        return candidates;
    }

    long verified() {
        return verified;
    }

    /** Exact checks of one band's pre-checked pairs, in order, skipping those already joined. */
    private void verify(Band band) {
        candidates += band.bucketPairs();
        long[] pairs = band.pairs().rawArray();
        for (int i = 0; i < band.pairs().size(); i++) {
            int a = (int) (pairs[i] >>> 32);
            int b = (int) pairs[i];
            if (joined.find(a) == joined.find(b)) {
                continue;
            }
            if (firstLoaded != a) {
                first.loadSet(texts[textOf[a]], minLength);
                firstLoaded = a;
            }
            second.loadSet(texts[textOf[b]], minLength);
            if (first.jaccard(second) >= threshold) {
                joined.union(a, b);
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
                keys[t] = (int) (signatures.bandKey(textOf[t], band) >>> 32);
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
