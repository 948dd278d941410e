package io.mamori.core.text;

/**
 * The coarse part of speech of a word, as a {@link WordSegmenter} reports it. Narratives' key
 * terms are drawn from {@link #NOUN} and {@link #PROPER_NOUN}; segmenters that cannot tell
 * (scripts without a morphological dictionary) say {@link #UNKNOWN}.
 */
public enum PartOfSpeech {
    /** Common noun (名詞 except 固有名詞), including nominal verbs such as 投票 in 投票する. */
    NOUN,
    /** Proper noun (固有名詞): people, places, organisations. */
    PROPER_NOUN,
    VERB,
    ADJECTIVE,
    ADVERB,
    /** Particles (助詞): が, を, は … */
    PARTICLE,
    /** Auxiliary verbs (助動詞): です, ない … */
    AUXILIARY,
    /** Punctuation, symbols, emoji. */
    SYMBOL,
    /** Known to the segmenter but none of the above (interjections, conjunctions, prefixes …). */
    OTHER,
    /** The segmenter has no part-of-speech information for this word. */
    UNKNOWN
}
