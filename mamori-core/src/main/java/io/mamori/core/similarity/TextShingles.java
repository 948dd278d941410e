package io.mamori.core.similarity;

import io.mamori.core.text.PartOfSpeech;
import io.mamori.core.text.WordSegmenter;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Scratch space holding the shingle hashes of one text at a time, reused from text to text so
 * that clustering allocates per worker, not per text. After {@link #load} it holds the shingle
 * sequence in text order; {@link #toSet} turns that into the sorted distinct set in place. Not
 * thread-safe.
 *
 * <p>For {@link ShingleKind#WORDS} the normalised text is cut into words by this instance's
 * {@link WordSegmenter}; symbols (and the spaces a segmenter drops) are not words. Each word is
 * hashed as it arrives ({@link Shingles#wordHash}) into the same buffer the character mode uses, and
 * the word hashes are then replaced by the hashes of their runs ({@link Shingles#gramsInPlace}).
 * Nothing here allocates per text once the buffers have grown; the segmenter may (kuromoji
 * allocates its lattice nodes).
 */
final class TextShingles {
    private final ShingleKind kind;
    private final int shingleSize;
    private final SimilarityText.Options options;
    private final WordSegmenter segmenter;
    private final WordSegmenter.WordSink wordSink = this::addWord;
    private final StringBuilder normalised = new StringBuilder(256);
    private long[] hashes = new long[256];
    private int size;

    /** Character shingles of {@code shingleSize} code points, {@link SimilarityText.Options#DEFAULT} normalisation. */
    TextShingles(int shingleSize) {
        this(ShingleKind.CHARACTERS, shingleSize, SimilarityText.Options.DEFAULT, null);
    }

    /**
     * @param segmenter the words of a text for {@link ShingleKind#WORDS}, this instance's alone;
     *                  ignored (may be null) for characters
     */
    TextShingles(NearDuplicateParameters p, WordSegmenter segmenter) {
        this(p.shingleKind(), p.shingleSize(), p.normalisation(), segmenter);
    }

    private TextShingles(ShingleKind kind, int shingleSize, SimilarityText.Options options, WordSegmenter segmenter) {
        Shingles.checkSize(shingleSize);
        if (kind == ShingleKind.WORDS && segmenter == null) {
            throw new IllegalArgumentException("word shingles need a word segmenter");
        }
        this.kind = kind;
        this.shingleSize = shingleSize;
        this.options = Objects.requireNonNull(options, "normalisation options");
        this.segmenter = segmenter;
    }

    /**
     * Scratch space per worker for {@code p}: each call makes a new instance, with a new segmenter
     * from {@code segmenters} when {@code p} shingles words.
     *
     * @throws IllegalArgumentException when {@code p} shingles words and {@code segmenters} is null
     */
    static Supplier<TextShingles> factory(NearDuplicateParameters p, Supplier<? extends WordSegmenter> segmenters) {
        if (p.shingleKind() == ShingleKind.WORDS) {
            if (segmenters == null) {
                throw new IllegalArgumentException(
                        "word shingles need a word segmenter per thread: pass a Supplier<WordSegmenter>");
            }
            return () -> new TextShingles(p, Objects.requireNonNull(segmenters.get(), "segmenter supplied"));
        }
        return () -> new TextShingles(p, null);
    }

    /**
     * Normalises {@code raw} and loads its shingle sequence. Returns false, leaving it empty, when
     * the normalised text has fewer than {@code minLength} code points other than spaces.
     */
    boolean load(CharSequence raw, int minLength) {
        normalised.setLength(0);
        SimilarityText.appendNormalised(raw, normalised, options);
        return loadShingles(normalised, minLength);
    }

    /**
     * As {@link #load} for a text that is {@link SimilarityText#normalise normalised} already with
     * these options: normalisation is idempotent, so the shingles are the same, and character
     * shingles are hashed from the text as it is, without copying it through the normaliser again
     * (which was about a fifth of signing a Japanese post). Word shingles go through {@link #load}.
     */
    boolean loadNormalised(CharSequence text, int minLength) {
        return kind == ShingleKind.CHARACTERS ? loadShingles(text, minLength) : load(text, minLength);
    }

    private boolean loadShingles(CharSequence normalised, int minLength) {
        if (!hasAtLeast(normalised, minLength)) {
            size = 0;
            return false;
        }
        int needed = Shingles.bufferLength(normalised);
        if (hashes.length < needed) {
            hashes = new long[Math.max(needed, 2 * hashes.length)];
        }
        if (kind == ShingleKind.CHARACTERS) {
            size = Shingles.hashInto(normalised, shingleSize, hashes);
        } else {
            // a word has at least one char, so bufferLength(normalised) bounds the word count
            size = 0;
            segmenter.segment(normalised, wordSink);
            size = Shingles.gramsInPlace(hashes, size, shingleSize);
        }
        return true;
    }

    private void addWord(CharSequence surface, PartOfSpeech pos) {
        if (pos != PartOfSpeech.SYMBOL && !surface.isEmpty() && !isBlank(surface)) {
            if (size == hashes.length) {
                hashes = Arrays.copyOf(hashes, 2 * size); // only for a segmenter that overlaps words
            }
            hashes[size++] = Shingles.wordHash(surface);
        }
    }

    /** Loads {@code raw} as {@link #load} does and turns it into a set. */
    boolean loadSet(CharSequence raw, int minLength) {
        boolean loaded = load(raw, minLength);
        toSet();
        return loaded;
    }

    /** Sorts the loaded shingles and keeps each once. */
    void toSet() {
        size = Shingles.sortDistinct(hashes, size);
    }

    /** The loaded shingles, valid in {@code [0, size())}. */
    long[] hashes() {
        return hashes;
    }

    int size() {
        return size;
    }

    /** Jaccard similarity of two loaded sets ({@link #toSet} done on both). */
    double jaccard(TextShingles other) {
        return MinHasher.jaccard(hashes, size, other.hashes, other.size);
    }

    /** True when both hold the same sequence (or both the same set). */
    boolean sameAs(TextShingles other) {
        return Arrays.equals(hashes, 0, size, other.hashes, 0, other.size);
    }

    /** A 64-bit hash of the loaded sequence: equal sequences hash equally. */
    long contentHash() {
        long h = 0x27D4EB2F165667C5L + size;
        for (int i = 0; i < size; i++) {
            h = Long.rotateLeft(h + hashes[i] * 0xC2B2AE3D27D4EB4FL, 31) * 0x9E3779B185EBCA87L;
        }
        return Mix.fmix64(h);
    }

    private static boolean hasAtLeast(CharSequence text, int codePoints) {
        int seen = 0;
        for (int i = 0; i < text.length() && seen < codePoints; i++) {
            char c = text.charAt(i);
            if (c != ' ' && !Character.isLowSurrogate(c)) {
                seen++;
            }
        }
        return seen >= codePoints;
    }

    private static boolean isBlank(CharSequence word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isWhitespace(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
