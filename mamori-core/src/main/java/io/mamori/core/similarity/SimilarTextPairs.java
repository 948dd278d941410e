package io.mamori.core.similarity;

import io.mamori.core.text.WordSegmenter;

import io.mamori.core.primitive.LongArrayList;

import java.util.Arrays;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * The near-duplicate pairs among distinct texts that some two posts use within a time window:
 * the text graph behind the pairwise {@code co-similar} network. Texts are MinHash-signed and
 * banded as in {@link NearDuplicateClusters} ({@link SignatureTable}, {@link LshParameters}); texts
 * with identical shingle sequences are one class ({@link Representatives}); texts shorter than
 * {@code minLength} take no part.
 *
 * <ol>
 *   <li><b>Chains.</b> The posts of each class are cut, once, into chains: runs in which each post
 *       is within the window of the one before ({@code Chains}). Two classes have posts within the
 *       window of each other exactly when a chain of one starts within the window after the end
 *       of a chain of the other, so buckets are swept chain by chain, not post by post: a class
 *       posted a thousand times in a few minutes is one chain.</li>
 *   <li><b>Candidates, per band.</b> The chains are grouped by their class's band key: split by
 *       the key's top bits into parts that fit in cache (a stable counting sort, so time order is
 *       kept), each part sorted by the rest of the key, then each bucket holding several classes
 *       swept in time order, keeping the chains that may still be open; the class of a starting
 *       chain is a candidate with the class of each open chain. A bucket of one class costs
 *       nothing more, however often the class was posted. Everything a bucket's sweep reads lies
 *       in its part.</li>
 *   <li>Candidates of all bands are sorted and deduplicated (one counting sort by the lower
 *       class, {@link #distinct}), then each distinct pair gets the
 *       <b>MinHash pre-check</b>, as in {@link BandSweep}: rejected when the signatures agree on a
 *       fraction below {@code threshold - 1.5 / sqrt(numHashes)} (a pair met in several bands is
 *       checked once).</li>
 *   <li>The pairs that pass are <b>verified by exact Jaccard</b> of the two shingle sets, made once
 *       per class from its text, by a merge that stops once the outcome is certain
 *       ({@link #reachesThreshold}). Exact rather than estimated: an edge of the network is evidence
 *       against two accounts, and with 64 hashes an estimate is off by 0.06 (one standard error)
 *       at J = 0.5, so verifying by the estimate would admit pairs well below the threshold and
 *       drop pairs above it.</li>
 * </ol>
 * The result never holds a pair below the threshold; a pair with exact Jaccard s is found with
 * probability about {@link LshParameters#probabilityCandidate}(s) (0.64 at 0.5, 0.89 at 0.6, 0.99
 * at 0.7 for the defaults). Identical classes are not pairs: they match by definition.
 *
 * <p>Deterministic: bands and chunks are collected in fixed slots and sorted, so nothing depends
 * on the thread count. Allocation is per band, per block and per worker, never per post.
 */
public final class SimilarTextPairs {
    private static final int VERIFY_CHUNK = 4096;
    private static final int DISTINCT_CHUNK = 8192;
    private static final int SET_BLOCK = 1024;
    /** Chains are split into 2^PART_BITS parts by the top bits of their band key. */
    private static final int PART_BITS = 8;
    private static final int PARTS = 1 << PART_BITS;
    /** Parts up to this size are sorted by insertion. */
    private static final int SMALL_PART = 32;
    private static final byte REJECTED = 0;
    private static final byte NOT_SIMILAR = 1;
    private static final byte SIMILAR = 2;

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
     * @param candidateChecks candidate class pairs met in bucket sweeps, with repeats (across bands
     *                        and chains); each distinct one is pre-checked once
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
        return find(texts, textOfEntry, timeOfEntry, window, p, threads, segmenters, null);
    }

    /**
     * As {@link #find(CharSequence[], int[], double[], double, NearDuplicateParameters, int, Supplier)},
     * calling {@code alongside} (if not null) with the class of each text ({@link Result#classOf})
     * and the number of classes as soon as the classes are known, on a second worker while the
     * first cuts the entries into chains: for a caller's own serial work that needs the classes
     * but nothing found later (the co-similar network groups its posts by class). Both are single
     * passes of 15-20 ms at a million posts; one after the other, each left one of two cores
     * idle. The classes are final when {@code alongside} is called; it must not modify them.
     * With one thread it runs first, then the chains.
     */
    public static Result find(CharSequence[] texts, int[] textOfEntry, double[] timeOfEntry, double window,
                              NearDuplicateParameters p, int threads, Supplier<? extends WordSegmenter> segmenters,
                              ObjIntConsumer<int[]> alongside) {
        if (textOfEntry.length != timeOfEntry.length) {
            throw new IllegalArgumentException("one time per entry: " + textOfEntry.length + " and " + timeOfEntry.length);
        }
        Supplier<TextShingles> shingles = TextShingles.factory(p, segmenters);
        SignatureTable signatures = SignatureTable.compute(texts, true, p, p.lsh(), threads, shingles);
        Representatives representatives = Representatives.of(texts, signatures, shingles, p.minLength());
        int[] classOf = representatives.ordinalOf;
        int classes = representatives.count();
        // Only a filter: the network checks every window exactly, so a little slack cannot lose a pair.
        double reach = window + Math.max(1e-3, window * 1e-9);
        Chains[] cut = new Chains[1];
        Workers.forEach(threads, alongside == null ? 1 : 2, () -> null, (none, task) -> {
            if (task == 0 && alongside != null) {
                alongside.accept(classOf, classes);
            } else {
                cut[0] = Chains.of(textOfEntry, timeOfEntry, classOf, classes, reach);
            }
        });
        Chains chains = cut[0];
        Bands bands = new Bands(signatures, representatives.textOf, chains);
        LongArrayList[] perBand = new LongArrayList[signatures.bands];
        long[] met = new long[signatures.bands];
        Workers.forEach(threads, signatures.bands, () -> new BandScratch(classes, chains.count),
                (scratch, band) -> {
                    perBand[band] = bands.candidates(band, scratch);
                    met[band] = scratch.met;
                });
        long[] candidates = distinct(perBand, classes, threads);
        byte[] outcome = check(texts, representatives.textOf, candidates, signatures,
                p.threshold() - BandSweep.preCheckMargin(signatures.hashes), p, threads,
                () -> new Verifier(p, p.shingleKind() == ShingleKind.CHARACTERS ? null : shingles));
        long passed = 0;
        for (byte o : outcome) {
            passed += o == REJECTED ? 0 : 1;
        }
        long candidateChecks = Arrays.stream(met).sum();
        int[][] csr = adjacency(classes, candidates, outcome);
        return new Result(classOf, representatives.textOf, csr[0], csr[1], candidateChecks, passed);
    }

    /**
     * The exact set of shingles {@link #find} compares for {@code text} (raw or normalised), sorted
     * ascending, each once; null when the text is shorter than {@code p.minLength()}. For
     * baselines and tests: allocates.
     */
    public static long[] shingleSet(CharSequence text, NearDuplicateParameters p) {
        return shingleSet(text, p, null);
    }

    /** As {@link #shingleSet(CharSequence, NearDuplicateParameters)}, with a segmenter for word shingles. */
    public static long[] shingleSet(CharSequence text, NearDuplicateParameters p,
                                    Supplier<? extends WordSegmenter> segmenters) {
        TextShingles shingles = TextShingles.factory(p, segmenters).get();
        if (!shingles.loadSet(text, p.minLength())) {
            return null;
        }
        return Arrays.copyOf(shingles.hashes(), shingles.size());
    }

    /**
     * All bands' pairs, sorted, each once. A counting sort by the lower class (the bands' pairs
     * are in bucket order, with repeats) and then a sort of each class's few higher classes,
     * chunks of classes on {@code threads} workers: cheaper than sorting each band and then all of
     * them again ({@code Arrays.parallelSort}, which also ignored {@code threads}).
     */
    private static long[] distinct(LongArrayList[] perBand, int classes, int threads) {
        int[] start = new int[classes + 1];
        long total = 0;
        for (LongArrayList band : perBand) {
            long[] pairs = band.rawArray();
            for (int i = 0, n = band.size(); i < n; i++) {
                start[(int) (pairs[i] >>> 32) + 1]++;
            }
            total += band.size();
        }
        if (total > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many candidate pairs: " + total);
        }
        for (int c = 0; c < classes; c++) {
            start[c + 1] += start[c];
        }
        int[] fill = Arrays.copyOf(start, classes);
        int[] higher = new int[(int) total];
        for (LongArrayList band : perBand) {
            long[] pairs = band.rawArray();
            for (int i = 0, n = band.size(); i < n; i++) {
                higher[fill[(int) (pairs[i] >>> 32)]++] = (int) pairs[i];
            }
        }
        int chunks = (classes + DISTINCT_CHUNK - 1) / DISTINCT_CHUNK;
        int[] kept = new int[classes]; // distinct higher classes per lower class, at the front of its range
        int[] chunkKept = new int[chunks + 1];
        Workers.forEach(threads, chunks, () -> null, (none, chunk) -> {
            int sum = 0;
            for (int c = chunk * DISTINCT_CHUNK, end = Math.min(classes, c + DISTINCT_CHUNK); c < end; c++) {
                int from = start[c];
                int to = start[c + 1];
                Arrays.sort(higher, from, to);
                int k = from;
                for (int i = from; i < to; i++) {
                    if (k == from || higher[i] != higher[k - 1]) {
                        higher[k++] = higher[i];
                    }
                }
                kept[c] = k - from;
                sum += k - from;
            }
            chunkKept[chunk + 1] = sum;
        });
        for (int chunk = 0; chunk < chunks; chunk++) {
            chunkKept[chunk + 1] += chunkKept[chunk];
        }
        long[] out = new long[chunkKept[chunks]];
        Workers.forEach(threads, chunks, () -> null, (none, chunk) -> {
            int at = chunkKept[chunk];
            for (int c = chunk * DISTINCT_CHUNK, end = Math.min(classes, c + DISTINCT_CHUNK); c < end; c++) {
                for (int i = start[c], to = start[c] + kept[c]; i < to; i++) {
                    out[at++] = (long) c << 32 | higher[i];
                }
            }
        });
        return out;
    }

    /**
     * The outcome of each distinct candidate pair (lower class in the high half, sorted): the
     * MinHash pre-check, then for those that pass the exact shingle Jaccard. Each class's shingle
     * set is made once ({@link ClassSets}) rather than once per pair it is in.
     */
    private static byte[] check(CharSequence[] texts, int[] classText, long[] pairs, SignatureTable signatures,
                                double lowestEstimate, NearDuplicateParameters p, int threads,
                                Supplier<Verifier> verifiers) {
        byte[] outcome = new byte[pairs.length];
        int chunks = (pairs.length + VERIFY_CHUNK - 1) / VERIFY_CHUNK;
        Workers.forEach(threads, chunks, () -> null, (none, chunk) -> {
            for (int i = chunk * VERIFY_CHUNK, end = Math.min(pairs.length, i + VERIFY_CHUNK); i < end; i++) {
                int a = classText[(int) (pairs[i] >>> 32)];
                int b = classText[(int) pairs[i]];
                outcome[i] = signatures.estimateJaccard(a, b) >= lowestEstimate ? NOT_SIMILAR : REJECTED;
            }
        });
        boolean[] needed = new boolean[classText.length];
        for (int i = 0; i < pairs.length; i++) {
            if (outcome[i] != REJECTED) {
                needed[(int) (pairs[i] >>> 32)] = true;
                needed[(int) pairs[i]] = true;
            }
        }
        ClassSets sets = ClassSets.of(texts, classText, needed, threads, verifiers);
        double threshold = p.threshold();
        Workers.forEach(threads, chunks, () -> null, (none, chunk) -> {
            for (int i = chunk * VERIFY_CHUNK, end = Math.min(pairs.length, i + VERIFY_CHUNK); i < end; i++) {
                if (outcome[i] == REJECTED) {
                    continue;
                }
                int a = (int) (pairs[i] >>> 32);
                int b = (int) pairs[i];
                if (reachesThreshold(sets.blocks[a / SET_BLOCK], sets.from[a], sets.size[a],
                        sets.blocks[b / SET_BLOCK], sets.from[b], sets.size[b], threshold)) {
                    outcome[i] = SIMILAR;
                }
            }
        });
        return outcome;
    }

    /**
     * Whether {@code MinHasher.jaccard(A, B) >= threshold} for the sorted distinct sets
     * {@code a[aFrom..aFrom+na)} and {@code b[bFrom..bFrom+nb)}, both non-empty: the same decision,
     * in the same arithmetic, but the merge stops as soon as it is known. Jaccard c / (na + nb - c)
     * grows with the number c of shared values, so the decision is {@code c >= need} for the
     * smallest {@code need} that passes; the merge stops when the values left in the shorter
     * remainder cannot bring c up to {@code need} (at once when {@code need} exceeds the smaller
     * set: a length filter), or when c reaches it. Merged in place, not copied. The exact
     * baseline keeps the plain full merge ({@link MinHasher#jaccard}).
     */
    static boolean reachesThreshold(long[] a, int aFrom, int na, long[] b, int bFrom, int nb, double threshold) {
        int smaller = Math.min(na, nb);
        int need = (int) Math.ceil(threshold * (na + nb) / (1 + threshold));
        need = Math.max(0, Math.min(need, smaller + 1));
        while (need > 0 && passes(need - 1, na, nb, threshold)) {
            need--;
        }
        while (need <= smaller && !passes(need, na, nb, threshold)) {
            need++;
        }
        if (need > smaller) {
            return false;
        }
        int i = aFrom;
        int j = bFrom;
        int aEnd = aFrom + na;
        int bEnd = bFrom + nb;
        int common = 0;
        while (common < need) {
            if (common + Math.min(aEnd - i, bEnd - j) < need) {
                return false;
            }
            long x = a[i];
            long y = b[j];
            if (x == y) {
                common++;
                i++;
                j++;
            } else if (x < y) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }

    /** {@link MinHasher#jaccard}'s value for {@code common} shared values, against the threshold. */
    private static boolean passes(int common, int na, int nb, double threshold) {
        return common / (double) (na + nb - common) >= threshold;
    }

    /**
     * The sorted distinct shingle set of each class that needs one, made once, in blocks of
     * {@value #SET_BLOCK} classes (each block one array, filled by one worker).
     */
    private record ClassSets(long[][] blocks, int[] from, int[] size) {
        static ClassSets of(CharSequence[] texts, int[] classText, boolean[] needed, int threads,
                            Supplier<Verifier> verifiers) {
            int classes = classText.length;
            long[][] blocks = new long[(classes + SET_BLOCK - 1) / SET_BLOCK][];
            int[] from = new int[classes];
            int[] size = new int[classes];
            Workers.forEach(threads, blocks.length, verifiers, (v, block) -> {
                // sized once from the texts' lengths (a bound on their shingle counts) rather
                // than grown by copying
                long bound = 0;
                for (int c = block * SET_BLOCK, end = Math.min(classes, c + SET_BLOCK); c < end; c++) {
                    bound += needed[c] ? Shingles.bufferLength(texts[classText[c]]) : 0;
                }
                long[] data = new long[(int) Math.min(bound, Integer.MAX_VALUE - 8)];
                int used = 0;
                for (int c = block * SET_BLOCK, end = Math.min(classes, c + SET_BLOCK); c < end; c++) {
                    if (!needed[c]) {
                        continue;
                    }
                    v.load(0, texts[classText[c]]);
                    int n = v.size(0);
                    if (data.length < used + n) {
                        data = Arrays.copyOf(data, Math.max(used + n, 2 * data.length));
                    }
                    System.arraycopy(v.set(0), 0, data, used, n);
                    from[c] = used;
                    size[c] = n;
                    used += n;
                }
                blocks[block] = data;
            });
            return new ClassSets(blocks, from, size);
        }

    }

    /**
     * One worker's shingle sets, two slots. Character shingles are hashed from the texts directly
     * (they are normalised already: half the cost of {@link TextShingles#load}); word shingles go
     * through the worker's own segmenter.
     */
    private static final class Verifier {
        private final int shingleSize;
        private final int minLength;
        private final TextShingles[] words; // null for characters
        private final long[][] sets = {new long[256], new long[256]};
        private final int[] sizes = new int[2];

        Verifier(NearDuplicateParameters p, Supplier<TextShingles> wordShingles) {
            this.shingleSize = p.shingleSize();
            this.minLength = p.minLength();
            this.words = wordShingles == null ? null : new TextShingles[] {wordShingles.get(), wordShingles.get()};
        }

        void load(int slot, CharSequence text) {
            if (words != null) {
                words[slot].loadSet(text, minLength);
                sets[slot] = words[slot].hashes();
                sizes[slot] = words[slot].size();
                return;
            }
            int needed = Shingles.bufferLength(text);
            if (sets[slot].length < needed) {
                sets[slot] = new long[Math.max(needed, 2 * sets[slot].length)];
            }
            sizes[slot] = Shingles.sortDistinct(sets[slot], Shingles.hashInto(text, shingleSize, sets[slot]));
        }

        long[] set(int slot) {
            return sets[slot];
        }

        int size(int slot) {
            return sizes[slot];
        }
    }

    /** Symmetric CSR of the verified pairs; each list comes out ascending because the pairs are sorted. */
    private static int[][] adjacency(int classes, long[] pairs, byte[] outcome) {
        int[] start = new int[classes + 1];
        for (int i = 0; i < pairs.length; i++) {
            if (outcome[i] == SIMILAR) {
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
            if (outcome[i] == SIMILAR) {
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

    /**
     * The posts of each class cut into chains: maximal runs of the class's posts, in time order,
     * in which each post is within {@code reach} of the one before. Two classes have posts within
     * {@code reach} of each other exactly when a chain of one starts within {@code reach} after the
     * end of a chain of the other that started no later; and since the chains of one class are
     * more than {@code reach} apart, at most one chain per class can be open at a time. So a band
     * bucket is swept chain by chain rather than post by post (a message posted a thousand times
     * within minutes is one chain). Chains are numbered in time order of their first post.
     *
     * <p>Times are kept as entry positions (entries are in time order): chain j of class
     * {@code classOf[j]} ends at entry {@code last[j]}, and {@code low[j]} is the first entry at or
     * after {@code start - reach}; so "a chain ending before {@code start - reach}" is
     * {@code last < low}, an integer comparison.
     */
    private record Chains(int count, int[] classOf, int[] low, int[] last) {
        static Chains of(int[] textOfEntry, double[] timeOfEntry, int[] classOfText, int classes, double reach) {
            // the entries that take part, with their classes
            int m = (int) Arrays.stream(textOfEntry).filter(text -> text >= 0 && classOfText[text] >= 0).count();
            int[] entryClass = new int[m];
            double[] entryTime = new double[m];
            for (int e = 0, k = 0; e < textOfEntry.length; e++) {
                int text = textOfEntry[e];
                if (text >= 0 && classOfText[text] >= 0) {
                    entryClass[k] = classOfText[text];
                    entryTime[k++] = timeOfEntry[e];
                }
            }
            int[] open = new int[classes];
            Arrays.fill(open, -1);
            int[] classOf = new int[m];
            int[] low = new int[m];
            int[] last = new int[m];
            int count = 0;
            int from = 0; // first entry at or after t - reach
            for (int e = 0; e < m; e++) {
                int c = entryClass[e];
                double earliest = entryTime[e] - reach;
                while (entryTime[from] < earliest) {
                    from++;
                }
                int j = open[c];
                if (j < 0 || last[j] < from) { // the class's previous post is more than reach before
                    j = count++;
                    open[c] = j;
                    classOf[j] = c;
                    low[j] = from;
                }
                last[j] = e;
            }
            return new Chains(count, Arrays.copyOf(classOf, count), Arrays.copyOf(low, count),
                    Arrays.copyOf(last, count));
        }
    }

    /** One worker's reusable arrays for the bands it sweeps. */
    private static final class BandScratch {
        final int[] classKeys;
        final int[] chainKey;  // per chain in chain order, the key of its class
        final int[] partStart = new int[PARTS + 1];
        final int[] counts = new int[Math.max(PARTS, 256)]; // parts, then byte-wise passes
        final long[] keyClass; // per chain, grouped by the top bits of the key: key << 32 | class
        final long[] lowLast;  // likewise: low << 32 | last
        final int[] order;     // positions in one part, sorted by key, then chain number
        final int[] orderBuffer;
        final int[] present;   // positions in the part of the chains that may still be open
        long met;

        BandScratch(int classes, int chains) {
            this.classKeys = new int[classes];
            this.chainKey = new int[chains];
            this.keyClass = new long[chains];
            this.lowLast = new long[chains];
            this.order = new int[chains];
            this.orderBuffer = new int[chains];
            this.present = new int[chains];
        }
    }

    /** What every band needs; read-only, shared by the workers. */
    private record Bands(SignatureTable signatures, int[] classText, Chains chains) {

        /**
         * The candidate pairs of one band, {@code lower << 32 | higher}, in bucket order, with
         * repeats (one per meeting; {@link #distinct} sorts all bands' at once): classes with the
         * same band key and posts within reach of each other. The chains are split by
         * the top {@value #PART_BITS} bits of their key into parts that fit in cache (a stable
         * counting sort, so each part keeps time order), then each part is sorted by key and its
         * buckets swept, reading nothing outside the part.
         */
        LongArrayList candidates(int band, BandScratch s) {
            int classes = classText.length;
            int[] classKeys = s.classKeys;
            for (int c = 0; c < classes; c++) {
                classKeys[c] = signatures.bandKeyHigh(classText[c], band);
            }
            int n = chains.count;
            int[] chainClass = chains.classOf;
            int[] counts = s.counts;
            Arrays.fill(counts, 0);
            // each chain's key is read from its class once, here, and kept in chain order for the
            // scatter below: the classes' keys (a megabyte at 243k classes) are read at random,
            // chain by chain, and reading them in both passes cost about as much as the rest of
            // the two passes together
            int[] chainKey = s.chainKey;
            for (int j = 0; j < n; j++) {
                int key = classKeys[chainClass[j]];
                chainKey[j] = key;
                counts[key >>> (32 - PART_BITS)]++;
            }
            int[] partStart = s.partStart;
            for (int d = 0; d < PARTS; d++) {
                partStart[d + 1] = partStart[d] + counts[d];
                counts[d] = partStart[d];
            }
            int[] chainLow = chains.low;
            int[] chainLast = chains.last;
            for (int j = 0; j < n; j++) {
                int key = chainKey[j];
                int at = counts[key >>> (32 - PART_BITS)]++;
                s.keyClass[at] = (long) key << 32 | chainClass[j];
                s.lowLast[at] = (long) chainLow[j] << 32 | chainLast[j];
            }
            LongArrayList met = new LongArrayList();
            s.met = 0;
            for (int d = 0; d < PARTS; d++) {
                int base = partStart[d];
                int size = partStart[d + 1] - base;
                if (size > 1) {
                    sortPart(s, base, size);
                    sweepPart(s, base, size, met);
                }
            }
            return met;
        }

        /**
         * Puts into {@code s.order[0..size)} the positions {@code 0..size-1} of one part, stably
         * sorted by the key's low bits (the part shares the top ones): insertion for a small part,
         * else three byte-wise counting passes.
         */
        private static void sortPart(BandScratch s, int base, int size) {
            int[] order = s.order;
            long[] keyClass = s.keyClass;
            if (size <= SMALL_PART) {
                for (int i = 0; i < size; i++) {
                    long key = keyClass[base + i] >>> 32;
                    int k = i;
                    while (k > 0 && keyClass[base + order[k - 1]] >>> 32 > key) {
                        order[k] = order[k - 1];
                        k--;
                    }
                    order[k] = i;
                }
                return;
            }
            int[] from = order;
            int[] to = s.orderBuffer;
            for (int i = 0; i < size; i++) {
                from[i] = i;
            }
            int[] counts = s.counts;
            for (int shift = 32; shift < 64 - PART_BITS; shift += 8) {
                Arrays.fill(counts, 0, 256, 0);
                for (int i = 0; i < size; i++) {
                    counts[(int) (keyClass[base + i] >>> shift) & 0xFF]++;
                }
                for (int d = 0, sum = 0; d < 256; d++) {
                    int c = counts[d];
                    counts[d] = sum;
                    sum += c;
                }
                for (int i = 0; i < size; i++) {
                    int p = from[i];
                    to[counts[(int) (keyClass[base + p] >>> shift) & 0xFF]++] = p;
                }
                int[] swap = from;
                from = to;
                to = swap;
            }
            if (from != order) {
                System.arraycopy(from, 0, order, 0, size);
            }
        }

        /**
         * Sweeps each bucket of a sorted part in time order. When a chain of class a starts, every
         * chain in the present list that ended at or after its {@code low} has a post within reach
         * of a post of a, and its class is a candidate with a; a chain that ended before is
         * dropped, a's own previous chain always. A pair with posts within reach is met so at the
         * start of the later-starting of its two chains.
         */
        private static void sweepPart(BandScratch s, int base, int size, LongArrayList met) {
            int[] order = s.order;
            long[] keyClass = s.keyClass;
            long[] lowLast = s.lowLast;
            int[] present = s.present;
            int start = 0;
            while (start < size) {
                long key = keyClass[base + order[start]] >>> 32;
                int first = (int) keyClass[base + order[start]];
                boolean several = false;
                int end = start + 1;
                while (end < size && keyClass[base + order[end]] >>> 32 == key) {
                    several |= (int) keyClass[base + order[end]] != first;
                    end++;
                }
                if (several) {
                    int count = 0;
                    for (int k = start; k < end; k++) {
                        int x = base + order[k];
                        int a = (int) keyClass[x];
                        int low = (int) (lowLast[x] >>> 32);
                        int i = 0;
                        while (i < count) {
                            int y = present[i];
                            if ((int) lowLast[y] < low) {
                                present[i] = present[--count];
                                continue;
                            }
                            int b = (int) keyClass[y];
                            s.met++;
                            met.add(a < b ? (long) a << 32 | b : (long) b << 32 | a);
                            i++;
                        }
                        present[count++] = x;
                    }
                }
                start = end;
            }
        }
    }
}
