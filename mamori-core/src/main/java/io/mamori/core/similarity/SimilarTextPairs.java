package io.mamori.core.similarity;

import io.mamori.core.text.WordSegmenter;

import io.mamori.core.primitive.LongArrayList;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * The near-duplicate pairs among distinct texts that some two posts use within a time window:
 * the text graph behind the pairwise {@code co-similar} network. Texts are MinHash-signed and
 * banded as in {@link NearDuplicateClusters} ({@link SignatureTable}, {@link LshParameters}); texts
 * with identical shingle sequences are one class ({@link Representatives}); texts shorter than
 * {@code minLength} take no part.
 *
 * <ol>
 *   <li><b>Candidates, per band.</b> The classes are bucketed by band key (a radix sort); a
 *       bucket of one class has no candidates and costs nothing more, however often the class
 *       was posted. The posts of a bucket of several classes are put in time order and swept
 *       once, keeping the classes of the posts within {@code [t - window, t]} of the current
 *       post as a set with counts; the current post's class is a candidate with each other class
 *       in that set. A class posted a thousand times in the window is one element of the set, so
 *       a campaign repeating one text costs linear, not quadratic, work.</li>
 *   <li><b>MinHash pre-check</b> on each such candidate, as in {@link BandSweep}: rejected when the
 *       signatures agree on a fraction below {@code threshold - 1.5 / sqrt(numHashes)}.</li>
 *   <li>Candidates of all bands are sorted and deduplicated, then <b>verified by exact Jaccard</b>
 *       of the two shingle sets, recomputed from the texts. Exact rather than estimated: an edge
 *       of the network is evidence against two accounts, and with 64 hashes an estimate is off by
 *       0.06 (one standard error) at J = 0.5, so verifying by the estimate would admit pairs well
 *       below the threshold and drop pairs above it. Verification is per distinct class pair, a
 *       few microseconds each, and a small part of the time.</li>
 * </ol>
 * The result never holds a pair below the threshold; a pair with exact Jaccard s is found with
 * probability about {@link LshParameters#probabilityCandidate}(s) (0.64 at 0.5, 0.89 at 0.6, 0.99
 * at 0.7 for the defaults). Identical classes are not pairs: they match by definition.
 *
 * <p>Deterministic: bands are collected in band slots and sorted, so nothing depends on the thread
 * count. Allocation is per band and per worker, never per post.
 */
public final class SimilarTextPairs {
    private static final int VERIFY_CHUNK = 4096;

    private SimilarTextPairs() {
    }

    /**
     * The similar-class graph.
     *
     * @param classOf         class per text (texts with identical shingle sequences share one), or
     *                        -1 for a text shorter than the minimum length
     * @param classText       a text of each class (its first)
     * @param neighbourStart  CSR offsets: the classes similar to class c are
     *                        {@code neighbours[neighbourStart[c] .. neighbourStart[c+1])}, ascending
     * @param candidateChecks candidate class pairs met in buckets (with repeats), each pre-checked
     * @param candidatePairs  distinct class pairs that passed the pre-check
     */
    public record Result(int[] classOf, int[] classText, int[] neighbourStart, int[] neighbours,
                         long candidateChecks, long candidatePairs) {
        public int classCount() {
            return classText.length;
        }

        /** Distinct similar class pairs, each counted once. */
        public long similarPairs() {
            return neighbours.length / 2;
        }
    }

    /**
     * Finds the similar class pairs among {@code texts} that occur within {@code window} seconds.
     *
     * @param texts       distinct texts, already {@link SimilarityText#normalise normalised} (verification
     *                    shingles them as they are)
     * @param textOfEntry the text of each entry (a post), or -1 for an entry that takes no part
     * @param timeOfEntry entry times in seconds, ascending
     * @param window      seconds, {@code >= 0}
     */
    public static Result find(CharSequence[] texts, int[] textOfEntry, double[] timeOfEntry, double window,
                              NearDuplicateParameters p, int threads) {
        return find(texts, textOfEntry, timeOfEntry, window, p, threads, null);
    }

    /**
     * As {@link #find(CharSequence[], int[], double[], double, NearDuplicateParameters, int)}, with
     * {@code segmenters} giving each thread a word segmenter when {@code p} shingles words (null
     * otherwise).
     */
    public static Result find(CharSequence[] texts, int[] textOfEntry, double[] timeOfEntry, double window,
                              NearDuplicateParameters p, int threads, Supplier<? extends WordSegmenter> segmenters) {
        if (textOfEntry.length != timeOfEntry.length) {
            throw new IllegalArgumentException("one time per entry: " + textOfEntry.length + " and " + timeOfEntry.length);
        }
        Supplier<TextShingles> shingles = TextShingles.factory(p, segmenters);
        SignatureTable signatures = SignatureTable.compute(texts, p, p.lsh(), threads, shingles);
        Representatives representatives = Representatives.of(texts, signatures, shingles, p.minLength());
        int[] classOf = representatives.ordinalOf;
        int classes = representatives.count();
        int m = (int) Arrays.stream(textOfEntry).filter(text -> text >= 0 && classOf[text] >= 0).count();
        int[] entryClass = new int[m];
        double[] entryTime = new double[m];
        for (int e = 0, k = 0; e < textOfEntry.length; e++) {
            int text = textOfEntry[e];
            if (text >= 0 && classOf[text] >= 0) {
                entryClass[k] = classOf[text];
                entryTime[k++] = timeOfEntry[e];
            }
        }
        // Only a filter: the network checks every window exactly, so a little slack cannot lose a pair.
        double reach = window + Math.max(1e-3, window * 1e-9);
        int[] classEntryStart = new int[classes + 1];
        for (int c : entryClass) {
            classEntryStart[c + 1]++;
        }
        for (int c = 0; c < classes; c++) {
            classEntryStart[c + 1] += classEntryStart[c];
        }
        int[] classEntries = new int[m];
        int[] fill = Arrays.copyOf(classEntryStart, classes);
        for (int e = 0; e < m; e++) {
            classEntries[fill[entryClass[e]]++] = e;
        }
        Bands bands = new Bands(signatures, representatives.textOf, entryClass, entryTime, classEntryStart,
                classEntries, reach, p.threshold() - BandSweep.preCheckMargin(signatures.hashes));
        long[][] perBand = new long[signatures.bands][];
        long[] checks = new long[signatures.bands];
        Workers.forEach(threads, signatures.bands, () -> new BandScratch(classes, m),
                (scratch, band) -> {
                    perBand[band] = bands.candidates(band, scratch);
                    checks[band] = scratch.checks;
                });
        long[] candidates = distinct(perBand);
        boolean[] similar = p.shingleKind() == ShingleKind.CHARACTERS
                ? verify(texts, representatives.textOf, candidates, p, threads)
                : verifyWords(texts, representatives.textOf, candidates, p, threads, shingles);
        long candidateChecks = Arrays.stream(checks).sum();
        int[][] csr = adjacency(classes, candidates, similar);
        return new Result(classOf, representatives.textOf, csr[0], csr[1], candidateChecks, candidates.length);
    }

    /**
     * The exact set of shingles {@link #find} compares for {@code text} (raw or normalised), sorted
     * ascending, each once; null when the text is shorter than {@code p.minLength()}. For
     * baselines and tests: allocates.
     */
    public static long[] shingleSet(CharSequence text, NearDuplicateParameters p) {
        TextShingles shingles = TextShingles.factory(p, null).get();
        if (!shingles.loadSet(text, p.minLength())) {
            return null;
        }
        return Arrays.copyOf(shingles.hashes(), shingles.size());
    }

    /** All bands' pairs, sorted, each once. */
    private static long[] distinct(long[][] perBand) {
        int total = 0;
        for (long[] b : perBand) {
            total = Math.addExact(total, b.length);
        }
        long[] all = new long[total];
        int at = 0;
        for (long[] b : perBand) {
            System.arraycopy(b, 0, all, at, b.length);
            at += b.length;
        }
        Arrays.parallelSort(all);
        return Arrays.copyOf(all, unique(all, total));
    }

    private static int unique(long[] sorted, int n) {
        int kept = 0;
        for (int i = 0; i < n; i++) {
            if (kept == 0 || sorted[i] != sorted[kept - 1]) {
                sorted[kept++] = sorted[i];
            }
        }
        return kept;
    }

    /**
     * Exact shingle Jaccard of each candidate (lower class in the high half), in chunks. The texts
     * are normalised already, so they are shingled directly: half the cost of a check.
     */
    private static boolean[] verify(CharSequence[] texts, int[] classText, long[] pairs, NearDuplicateParameters p,
                                    int threads) {
        boolean[] similar = new boolean[pairs.length];
        int chunks = (pairs.length + VERIFY_CHUNK - 1) / VERIFY_CHUNK;
        Workers.forEach(threads, chunks, () -> new long[][] {new long[256], new long[256]},
                (sets, chunk) -> {
                    int loaded = -1;
                    int sizeA = 0;
                    for (int i = chunk * VERIFY_CHUNK, end = Math.min(pairs.length, i + VERIFY_CHUNK); i < end; i++) {
                        int a = (int) (pairs[i] >>> 32);
                        if (a != loaded) {
                            sets[0] = fit(sets[0], texts[classText[a]]);
                            sizeA = Shingles.sortDistinct(sets[0], Shingles.hashInto(texts[classText[a]], p.shingleSize(), sets[0]));
                            loaded = a;
                        }
                        CharSequence b = texts[classText[(int) pairs[i]]];
                        sets[1] = fit(sets[1], b);
                        int sizeB = Shingles.sortDistinct(sets[1], Shingles.hashInto(b, p.shingleSize(), sets[1]));
                        similar[i] = MinHasher.jaccard(sets[0], sizeA, sets[1], sizeB) >= p.threshold();
                    }
                });
        return similar;
    }

    /** {@link #verify} for word shingles: each text cut into words by its thread's segmenter. */
    private static boolean[] verifyWords(CharSequence[] texts, int[] classText, long[] pairs, NearDuplicateParameters p,
                                         int threads, Supplier<TextShingles> shingles) {
        boolean[] similar = new boolean[pairs.length];
        int chunks = (pairs.length + VERIFY_CHUNK - 1) / VERIFY_CHUNK;
        Workers.forEach(threads, chunks, () -> new TextShingles[] {shingles.get(), shingles.get()},
                (sets, chunk) -> {
                    int loaded = -1;
                    for (int i = chunk * VERIFY_CHUNK, end = Math.min(pairs.length, i + VERIFY_CHUNK); i < end; i++) {
                        int a = (int) (pairs[i] >>> 32);
                        if (a != loaded) {
                            sets[0].loadSet(texts[classText[a]], p.minLength());
                            loaded = a;
                        }
                        sets[1].loadSet(texts[classText[(int) pairs[i]]], p.minLength());
                        similar[i] = sets[0].jaccard(sets[1]) >= p.threshold();
                    }
                });
        return similar;
    }

    private static long[] fit(long[] buffer, CharSequence text) {
        int needed = Shingles.bufferLength(text);
        return buffer.length >= needed ? buffer : new long[Math.max(needed, 2 * buffer.length)];
    }

    /** Symmetric CSR of the verified pairs; each list comes out ascending because the pairs are sorted. */
    private static int[][] adjacency(int classes, long[] pairs, boolean[] similar) {
        int[] start = new int[classes + 1];
        for (int i = 0; i < pairs.length; i++) {
            if (similar[i]) {
                start[(int) (pairs[i] >>> 32) + 1]++;
                start[(int) pairs[i] + 1]++;
            }
        }
        for (int c = 0; c < classes; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, classes);
        int[] neighbours = new int[start[classes]];
        for (int i = 0; i < pairs.length; i++) {
            if (similar[i]) {
                int a = (int) (pairs[i] >>> 32);
                int b = (int) pairs[i];
                neighbours[fill[a]++] = b;
                neighbours[fill[b]++] = a;
            }
        }
        for (int c = 0; c < classes; c++) {
            Arrays.sort(neighbours, start[c], start[c + 1]); // cheap insurance: already ascending
        }
        return new int[][] {start, neighbours};
    }

    /** One worker's reusable arrays: band keys, a bucket's posts, and the set of classes in the sliding window. */
    private static final class BandScratch {
        final int[] keys;
        final int[] bucket;     // the posts of one bucket, then put in time order
        final int[] inWindow;   // how many posts of each class the window holds
        final int[] slot;       // position of each present class in `present`
        final int[] present;    // the classes the window holds, unordered
        int presentCount;
        long checks;

        BandScratch(int classes, int entries) {
            this.keys = new int[classes];
            this.bucket = new int[entries];
            this.inWindow = new int[classes];
            this.slot = new int[classes];
            this.present = new int[classes];
        }

        void enter(int c) {
            if (inWindow[c]++ == 0) {
                slot[c] = presentCount;
                present[presentCount++] = c;
            }
        }

        void leave(int c) {
            if (--inWindow[c] == 0) {
                int last = present[--presentCount];
                present[slot[c]] = last;
                slot[last] = slot[c];
            }
        }
    }

    /** What every band needs; read-only, shared by the workers. */
    private record Bands(SignatureTable signatures, int[] classText, int[] entryClass, double[] entryTime,
                         int[] classEntryStart, int[] classEntries, double reach, double lowestEstimate) {

        /** The pre-checked candidate pairs of one band, {@code lower << 32 | higher}, sorted, each once. */
        long[] candidates(int band, BandScratch s) {
            int classes = classText.length;
            int[] keys = s.keys;
            for (int c = 0; c < classes; c++) {
                keys[c] = (int) (signatures.bandKey(classText[c], band) >>> 32);
            }
            int[] order = BucketSort.sort(keys);
            LongArrayList passed = new LongArrayList();
            s.checks = 0;
            int start = 0;
            while (start < classes) {
                int end = start + 1;
                while (end < classes && keys[end] == keys[start]) {
                    end++;
                }
                if (end - start > 1) {
                    int size = 0;
                    for (int k = start; k < end; k++) {
                        int c = order[k];
                        int from = classEntryStart[c];
                        int count = classEntryStart[c + 1] - from;
                        System.arraycopy(classEntries, from, s.bucket, size, count);
                        size += count;
                    }
                    Arrays.sort(s.bucket, 0, size); // entries are numbered in time order
                    sweepBucket(s.bucket, 0, size, s, passed);
                }
                start = end;
            }
            long[] out = passed.rawArray();
            int n = passed.size();
            Arrays.sort(out, 0, n);
            return Arrays.copyOf(out, unique(out, n));
        }

        private void sweepBucket(int[] order, int start, int end, BandScratch s, LongArrayList passed) {
            int low = start;
            for (int i = start; i < end; i++) {
                int e = order[i];
                double from = entryTime[e] - reach;
                while (entryTime[order[low]] < from) {
                    s.leave(entryClass[order[low++]]);
                }
                int a = entryClass[e];
                if (s.inWindow[a] > 0) {
                    // An earlier post of a is in the window: every class now in the window was in
                    // it when that post entered, or entered after it, so was checked against a then.
                    s.inWindow[a]++;
                    continue;
                }
                for (int k = 0; k < s.presentCount; k++) {
                    int b = s.present[k];
                    if (b != a) {
                        s.checks++;
                        if (signatures.estimateJaccard(classText[a], classText[b]) >= lowestEstimate) {
                            passed.add(a < b ? (long) a << 32 | b : (long) b << 32 | a);
                        }
                    }
                }
                s.enter(a);
            }
            while (low < end) {
                s.leave(entryClass[order[low++]]);
            }
        }
    }
}
