package io.mamori.core.similarity;

import io.mamori.core.text.WordSegmenter;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Clusters of near-duplicate texts: copy-paste variants of one message, found without comparing
 * every pair. The method, for {@link NearDuplicateParameters} p:
 * <ol>
 *   <li>each text is normalised ({@link SimilarityText} with {@code p.normalisation()}), cut into
 *       shingles of {@code p.shingleSize()} characters or words ({@link Shingles},
 *       {@link ShingleKind}) and MinHash-signed ({@link MinHasher}), on
 *       {@code threads} threads; texts with fewer than {@code p.minLength()} code points are set
 *       aside as singletons;</li>
 *   <li>texts with identical shingle sequences are collapsed to one representative, so identical
 *       normalised texts always share a cluster;</li>
 *   <li>the signatures are cut into the bands of {@link NearDuplicateParameters#lsh()}; texts
 *       sharing a band are candidate pairs, found by sorting band keys;</li>
 *   <li>candidates are checked — a MinHash pre-check, then the exact Jaccard similarity of the two
 *       shingle sets — and, in input order, each text joins the most similar earlier
 *       <em>leader</em> reaching {@code p.threshold()}, or else leads a cluster of its own
 *       ({@link BandSweep}). Buckets of more than 64 texts yield only the pairs with their first 8
 *       members, so a bucket of m texts costs O(m) checks.</li>
 * </ol>
 * Every member of a cluster has exact Jaccard {@code >= threshold} with the cluster's leader, its
 * earliest text: clusters do not chain, so two members are at most {@code 2 (1 - threshold)} apart
 * in Jaccard distance. The method can miss a similar pair but never invents one. A text with
 * similarity s to a leader meets it as a candidate with probability
 * {@link LshParameters#probabilityCandidate}(s) — for the defaults 0.64 at s = 0.5, 0.89 at 0.6,
 * 0.99 at 0.7, 0.9998 at 0.8; a text that misses its leader may join another similar leader or
 * lead a cluster of its own.
 *
 * <p>Thread-safe (stateless). The result depends only on the texts and the parameters, not on
 * {@code threads}. Memory: about {@code 2 * numHashes + 40} bytes per text (170 MB for a million
 * texts with 64 hashes), plus 16 bytes per text for each band being sorted ({@code threads + 1}
 * at a time), plus 8 bytes per candidate pair that passes the MinHash pre-check, kept until the
 * leader pass. The caller's texts are read, never copied, except for one array of references.
 */
public final class NearDuplicateClusters {
    private NearDuplicateClusters() {
    }

    /**
     * The clustering of the texts into near-duplicate groups.
     *
     * @param clusterOf      cluster id per text, dense in {@code 0..clusterCount-1} and numbered in
     *                       order of each cluster's first text, its leader. A text shares its
     *                       leader's id when their exact shingle Jaccard is {@code >= threshold};
     *                       texts shorter than the minimum length, or with no such leader, lead a
     *                       cluster of their own
     * @param clusterCount   number of clusters, singletons included
     * @param candidatePairs LSH candidate pairs: pairs of texts sharing a bucket, counted once per
     *                       band they share (identical texts collapsed first, large buckets
     *                       capped). A measure of the checking work, mostly rejected by the MinHash
     *                       pre-check
     * @param verifiedPairs  texts (distinct normalised ones, short ones aside) that joined a
     *                       leader: the verified pairs the clusters are made of
     */
    public record Result(int[] clusterOf, int clusterCount, long candidatePairs, long verifiedPairs) {
    }

    /**
     * Clusters {@code texts}, raw or already normalised (normalisation is idempotent).
     *
     * @param threads threads for signing and sorting, {@code >= 1}
     * @throws NullPointerException when a text is null, naming its index
     */
    public static Result cluster(List<? extends CharSequence> texts, NearDuplicateParameters p, int threads) {
        return cluster(texts, p, threads, null);
    }

    /**
     * Clusters {@code texts} as {@link #cluster(List, NearDuplicateParameters, int)} does, with
     * {@code segmenters} cutting texts into words when {@code p} asks for
     * {@link ShingleKind#WORDS word shingles}.
     *
     * @param segmenters a new {@link WordSegmenter} per call (segmenters need not be
     *                   thread-safe: each worker thread, and each of the scratch spaces of the
     *                   sequential passes, asks for its own, a few per thread in all); may be null
     *                   for character shingles
     * @throws IllegalArgumentException when {@code p} asks for word shingles and
     *                                  {@code segmenters} is null
     */
    public static Result cluster(List<? extends CharSequence> texts, NearDuplicateParameters p, int threads,
                                 Supplier<? extends WordSegmenter> segmenters) {
        Objects.requireNonNull(p, "parameters");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        }
        CharSequence[] all = texts.toArray(new CharSequence[0]);
        for (int i = 0; i < all.length; i++) {
            if (all[i] == null) {
                throw new NullPointerException("texts[" + i + "] is null");
            }
        }
        Supplier<TextShingles> shingles = TextShingles.factory(p, segmenters);
        SignatureTable signatures = SignatureTable.compute(all, p, p.lsh(), threads, shingles);
        Representatives representatives = Representatives.of(all, signatures, shingles, p.minLength());
        BandSweep sweep = BandSweep.run(all, signatures, representatives, p, threads, shingles);
        return clusterIds(representatives, sweep);
    }

    private static Result clusterIds(Representatives representatives, BandSweep sweep) {
        int[] leaderOf = sweep.leaderOf();
        int n = representatives.ordinalOf.length;
        int[] clusterOf = new int[n];
        int[] idOfRoot = new int[representatives.count()];
        Arrays.fill(idOfRoot, -1);
        int next = 0;
        for (int i = 0; i < n; i++) {
            int ordinal = representatives.ordinalOf[i];
            if (ordinal < 0) {
                clusterOf[i] = next++;
                continue;
            }
            int root = leaderOf[ordinal];
            if (idOfRoot[root] < 0) {
                idOfRoot[root] = next++;
            }
            clusterOf[i] = idOfRoot[root];
        }
        return new Result(clusterOf, next, sweep.candidates(), sweep.verified());
    }
}
