package io.mamori.core.similarity;

import java.util.function.Supplier;

/**
 * The first pass of {@link NearDuplicateClusters}, one row per text: the number of shingles (0
 * for a text below the minimum length), a hash of the shingle sequence (to find texts whose
 * shingles are identical), and the MinHash signature.
 *
 * <p>The signature is kept as its low 16 bits per value (b-bit minwise hashing, Li and König,
 * "b-Bit Minwise Hashing", WWW 2010): two different minima agree in 16 bits with probability
 * 2<sup>-16</sup>, so the agreement rate overestimates Jaccard by at most 0.00002 and a 4-row band
 * key gains no measurable collisions, at half the memory of full values (128 MB for 1M texts and
 * 64 hashes). Four values are packed per {@code long}, so comparing two signatures takes 16 XORs
 * and bit counts (SWAR) rather than 64 comparisons.
 *
 * <p>The high 32 bits of each band key, what banding groups by, are hashed while the signature is
 * at hand and kept band by band ({@link #bandKeyHigh}, 4 bytes per text and band): computing them
 * later band by band re-read one long of every 128-byte sketch row per band, a strided pass over
 * the whole table each time, which cost the co-similar network about a quarter of its banding.
 */
final class SignatureTable {
    private static final int BLOCK = 1024;

    final int hashes;
    final int rows;
    final int bands;
    /** Shingles per text, repeats included; 0 marks a text too short to compare. */
    final int[] shingleCount;
    final long[] sequenceHash;
    private final int rowLongs;
    /** Row of {@code rowLongs} per text; value i is bits {@code 16 * (i % 4)} up of long {@code i / 4}. */
    private final long[] sketch;
    /** {@code bandKey(text, band) >>> 32} at {@code band * n + text}. */
    private final int[] bandKeys;
    private final int n;

    private SignatureTable(int n, LshParameters lsh) {
        this.hashes = lsh.hashesUsed();
        this.rows = lsh.rows();
        this.bands = lsh.bands();
        this.shingleCount = new int[n];
        this.sequenceHash = new long[n];
        this.rowLongs = (hashes + 3) / 4;
        this.sketch = new long[Math.multiplyExact(n, rowLongs)];
        this.bandKeys = new int[Math.multiplyExact(n, bands)];
        this.n = n;
    }

    static SignatureTable compute(CharSequence[] texts, NearDuplicateParameters p, LshParameters lsh, int threads) {
        return compute(texts, p, lsh, threads, TextShingles.factory(p, null));
    }

    /** @param shingles scratch space per worker thread, for {@code p} */
    static SignatureTable compute(CharSequence[] texts, NearDuplicateParameters p, LshParameters lsh, int threads,
                                  Supplier<TextShingles> shingles) {
        return compute(texts, false, p, lsh, threads, shingles);
    }

    /**
     * @param normalised whether {@code texts} are {@link SimilarityText#normalise normalised}
     *                   already with {@code p}'s options ({@link TextShingles#loadNormalised})
     */
    static SignatureTable compute(CharSequence[] texts, boolean normalised, NearDuplicateParameters p,
                                  LshParameters lsh, int threads, Supplier<TextShingles> shingles) {
        int n = texts.length;
        SignatureTable table = new SignatureTable(n, lsh);
        MinHasher hasher = new MinHasher(table.hashes, p.seed());
        Workers.forEach(threads, (n + BLOCK - 1) / BLOCK,
                () -> new Signer(p, hasher, shingles.get(), normalised),
                (signer, block) -> {
                    for (int i = block * BLOCK, end = Math.min(n, i + BLOCK); i < end; i++) {
                        signer.sign(texts[i], i, table);
                    }
                });
        return table;
    }

    boolean isShort(int text) {
        return shingleCount[text] == 0;
    }

    /** The hash of the signature values of {@code band} of {@code text}. */
    long bandKey(int text, int band) {
        int row = text * rowLongs;
        long h = 0x165667B19E3779F9L + band;
        for (int k = band * rows; k < (band + 1) * rows; k++) {
            long value = (sketch[row + (k >>> 2)] >>> ((k & 3) << 4)) & 0xFFFFL;
            h = Long.rotateLeft(h + value * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B185EBCA87L;
        }
        return Mix.fmix64(h);
    }

    /** {@code bandKey(text, band) >>> 32}, computed at signing (0 for a short text). */
    int bandKeyHigh(int text, int band) {
        return bandKeys[band * n + text];
    }

    /** {@link #bandKey} from the full signature values, of which it reads the low 16 bits. */
    private static long bandKey(int[] signature, int band, int rows) {
        long h = 0x165667B19E3779F9L + band;
        for (int k = band * rows; k < (band + 1) * rows; k++) {
            long value = signature[k] & 0xFFFFL;
            h = Long.rotateLeft(h + value * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B185EBCA87L;
        }
        return Mix.fmix64(h);
    }

    /** The fraction of signature values two texts share: the MinHash estimate of their Jaccard. */
    double estimateJaccard(int a, int b) {
        int rowA = a * rowLongs;
        int rowB = b * rowLongs;
        int different = 0;
        for (int w = 0; w < rowLongs; w++) {
            long x = sketch[rowA + w] ^ sketch[rowB + w];
            // bit 15 of each 16-bit lane set when the lane is non-zero, i.e. the values differ
            different += Long.bitCount((((x & 0x7FFF7FFF7FFF7FFFL) + 0x7FFF7FFF7FFF7FFFL) | x) & 0x8000800080008000L);
        }
        return (hashes - different) / (double) hashes; // padding lanes are 0 in both rows
    }

    /** One worker's scratch space. */
    private static final class Signer {
        private final int minLength;
        private final MinHasher hasher;
        private final TextShingles shingles;
        private final int[] signature;
        private final boolean normalised;

        Signer(NearDuplicateParameters p, MinHasher hasher, TextShingles shingles, boolean normalised) {
            this.minLength = p.minLength();
            this.hasher = hasher;
            this.shingles = shingles;
            this.signature = new int[hasher.numHashes()];
            this.normalised = normalised;
        }

        void sign(CharSequence text, int i, SignatureTable table) {
            if (!(normalised ? shingles.loadNormalised(text, minLength) : shingles.load(text, minLength))) {
                return;
            }
            table.shingleCount[i] = shingles.size();
            table.sequenceHash[i] = shingles.contentHash();
            // repeated shingles change no minimum, so the sequence need not be made a set first
            hasher.sign(shingles.hashes(), shingles.size(), signature);
            int row = i * table.rowLongs;
            for (int k = 0; k < signature.length; k++) {
                table.sketch[row + (k >>> 2)] |= (signature[k] & 0xFFFFL) << ((k & 3) << 4);
            }
            for (int band = 0; band < table.bands; band++) {
                table.bandKeys[band * table.n + i] = (int) (bandKey(signature, band, table.rows) >>> 32);
            }
        }
    }
}
