package io.mamori.core.text;

/**
 * Splits a text into words with their part of speech. Japanese has no spaces between words, so
 * word-level work (word shingles, narratives' key terms) needs a morphological analyser; the
 * Lucene kuromoji one lives outside {@code core} (module {@code mamori-text}) behind this
 * interface, which keeps {@code core} free of Lucene.
 * <p>
 * Contract: {@link #segment} calls the sink once per word, in text order, with the word's surface
 * form as it appears in {@code text} (no normalisation is done here; callers normalise first).
 * The {@code surface} passed to the sink is valid only during that call (implementations may reuse
 * a buffer), so a sink that keeps it must copy it. Implementations need not be thread-safe: use
 * one instance per thread.
 */
public interface WordSegmenter {

    /** Calls {@code sink} once per word of {@code text}, in order. */
    void segment(CharSequence text, WordSink sink);

    /** Receives the words of a text. */
    @FunctionalInterface
    interface WordSink {
        /**
         * @param surface the word as written; valid only during this call
         * @param pos     its coarse part of speech
         */
        void word(CharSequence surface, PartOfSpeech pos);
    }
}
