package io.mamori.core.similarity;

import java.util.Arrays;

/**
 * Character shingles of a {@link SimilarityText normalised} text, hashed to 64 bits. Characters,
 * not words, because Japanese has no spaces and a tokenizer is a large dependency whose errors
 * differ between variants of one message; character bigrams are the usual choice for Japanese
 * near-duplicate detection and work as well for English copy-paste.
 *
 * <p><b>Which characters.</b> The shingled sequence is the normalised text with each run of white
 * space reduced to one space, and that space dropped when a character on either side of it belongs
 * to a script written without spaces (Han, hiragana, katakana, with 々〆〇ー): Japanese writers put
 * spaces around Latin words and after punctuation inconsistently ("iPhone発売" and "iPhone 発売",
 * and step 7 of {@link SimilarityText} turns "。" into a space), so there the space carries no
 * information, while between Latin words it marks the word boundary. Example for size 2:
 * "地震 だ ok go" → 地震, 震だ, だo, ok, "k ", " g", go.
 *
 * <p><b>Which shingles.</b> Every run of {@code size} consecutive code points of that sequence,
 * in text order, repeats included. A sequence shorter than {@code size} gives one shingle, the
 * whole sequence; an empty one gives none.
 *
 * <p><b>Hash.</b> A fixed-seed xxHash64-style round per code point followed by the MurmurHash3
 * 64-bit finaliser, with the shingle length mixed in, so equal shingles hash equally in every
 * text and run while distinct ones collide with probability about 2<sup>-64</sup>.
 *
 * <p>Thread-safe (stateless); {@link #hashInto} allocates nothing.
 */
public final class Shingles {
    /** Shingle size for post-length texts: character bigrams. */
    public static final int DEFAULT_SIZE = 2;
    public static final int MIN_SIZE = 1;
    public static final int MAX_SIZE = 8;

    private static final long SEED = 0x5851F42D4C957F2DL;
    private static final long WORD_SEED = 0x2545F4914F6CDD1DL;
    private static final long PRIME_1 = 0x9E3779B185EBCA87L;
    private static final long PRIME_2 = 0xC2B2AE3D27D4EB4FL;

    private Shingles() {
    }

    /**
     * How long the buffer given to {@link #hashInto} must be for {@code normalised}: its length
     * in chars (at least 1), an upper bound on its number of code points and so of shingles.
     */
    public static int bufferLength(CharSequence normalised) {
        return Math.max(1, normalised.length());
    }

    /**
     * Writes the hashes of the shingles of {@code normalised}, in text order, to
     * {@code out[0..count)} and returns {@code count}. The buffer is also used as scratch space:
     * it must be at least {@link #bufferLength(CharSequence)} long.
     *
     * @param size shingle size in code points, {@value #MIN_SIZE}..{@value #MAX_SIZE}
     */
    public static int hashInto(CharSequence normalised, int size, long[] out) {
        checkSize(size);
        if (out.length < bufferLength(normalised)) {
            throw new IllegalArgumentException("buffer of " + out.length + " for a text of " + normalised.length()
                    + " chars; need bufferLength(text)");
        }
        return gramsInPlace(out, codePointsInto(normalised, out), size);
    }

    /**
     * Replaces the units {@code units[0..count)} — code points, or {@link #wordHash word hashes} —
     * by the hashes of their runs of {@code size}, in order, and returns how many there are:
     * {@code count - size + 1}, or 1 (the whole sequence) when {@code count < size}, or 0 when
     * {@code count == 0}. Allocates nothing.
     *
     * @param size run length, {@value #MIN_SIZE}..{@value #MAX_SIZE}
     */
    public static int gramsInPlace(long[] units, int count, int size) {
        checkSize(size);
        if (count == 0) {
            return 0;
        }
        if (count < size) {
            units[0] = hash(units, 0, count);
            return 1;
        }
        // Shingle s reads units[s..s+size) and then overwrites units[s], which no later shingle
        // reads.
        int shingles = count - size + 1;
        for (int s = 0; s < shingles; s++) {
            units[s] = hash(units, s, size);
        }
        return shingles;
    }

    /**
     * A 64-bit hash of a word's chars, the unit of word shingles ({@link ShingleKind#WORDS}):
     * equal words hash equally in every text and run. Allocates nothing.
     */
    public static long wordHash(CharSequence word) {
        int n = word.length();
        long h = WORD_SEED + n * PRIME_1;
        for (int i = 0; i < n; i++) {
            h = Long.rotateLeft(h + word.charAt(i) * PRIME_2, 31) * PRIME_1;
        }
        return Mix.fmix64(h);
    }

    /**
     * The distinct shingle hashes of {@code normalised}, sorted ascending (signed), as exact
     * Jaccard similarity and {@link MinHasher#jaccard} need them.
     */
    public static long[] distinctSorted(CharSequence normalised, int size) {
        long[] buffer = new long[bufferLength(normalised)];
        int count = sortDistinct(buffer, hashInto(normalised, size, buffer));
        return Arrays.copyOf(buffer, count);
    }

    /**
     * Sorts {@code hashes[0..count)} ascending, moves the distinct values to the front and
     * returns how many there are.
     */
    public static int sortDistinct(long[] hashes, int count) {
        if (count <= 1) {
            return count;
        }
        Arrays.sort(hashes, 0, count);
        int distinct = 1;
        for (int i = 1; i < count; i++) {
            if (hashes[i] != hashes[distinct - 1]) {
                hashes[distinct++] = hashes[i];
            }
        }
        return distinct;
    }

    /**
     * True for code points of scripts written without spaces between words, next to which a
     * space is not part of a shingle: Han (with 々〆〇〻 and the compatibility ideographs),
     * hiragana, katakana (with the prolonged sound mark ー).
     */
    public static boolean isUnspacedScript(int cp) {
        if (cp < 0x3005) {
            return false;
        }
        return cp <= 0x3007
                || cp == 0x303B
                || (cp >= 0x3040 && cp <= 0x30FF)
                || (cp >= 0x31F0 && cp <= 0x31FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF);
    }

    /** Writes the shingled code point sequence to {@code out} and returns its length. */
    private static int codePointsInto(CharSequence text, long[] out) {
        int m = 0;
        int previous = -1;
        boolean pendingSpace = false;
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int cp = Character.isSurrogate(c) ? Character.codePointAt(text, i) : c;
            i += Character.charCount(cp);
            if (isSpace(cp)) {
                pendingSpace = m > 0;
                continue;
            }
            if (pendingSpace && !isUnspacedScript(previous) && !isUnspacedScript(cp)) {
                out[m++] = ' ';
            }
            pendingSpace = false;
            out[m++] = cp;
            previous = cp;
        }
        return m;
    }

    private static boolean isSpace(int cp) {
        if (cp < 0x80) {
            return cp <= ' ' && Character.isWhitespace(cp);
        }
        if (cp > 0x3000 && cp < 0xFEFF) {
            return false; // kana and kanji, most of a Japanese text: no white space in this range
        }
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp);
    }

    private static long hash(long[] codePoints, int from, int length) {
        long h = SEED + length * PRIME_1;
        for (int i = from; i < from + length; i++) {
            h = Long.rotateLeft(h + codePoints[i] * PRIME_2, 31) * PRIME_1;
        }
        return Mix.fmix64(h);
    }

    static void checkSize(int size) {
        if (size < MIN_SIZE || size > MAX_SIZE) {
            throw new IllegalArgumentException("shingle size must be " + MIN_SIZE + ".." + MAX_SIZE + ", was " + size);
        }
    }
}
