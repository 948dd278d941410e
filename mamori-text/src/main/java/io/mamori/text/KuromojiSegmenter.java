package io.mamori.text;

import io.mamori.core.text.PartOfSpeech;
import io.mamori.core.text.WordSegmenter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Japanese morphological analysis with Lucene's kuromoji tokenizer and its bundled IPADIC
 * dictionary (no download at run time), as a {@link WordSegmenter}.
 *
 * <p><b>Mode.</b> Kuromoji's normal mode: the lattice's lowest-cost path, one token per
 * dictionary word. Search mode additionally splits long nouns by a length penalty
 * (関西国際空港 → 関西 / 国際 / 空港) for better search recall; for word shingles that heuristic
 * is one more place where two variants of a message could segment differently, and on the
 * labelled variant pairs it found one more variant pair of 600 and no other difference
 * (docs/text.md, "Word shingles"), so the simpler, dictionary-faithful normal mode is used.
 *
 * <p><b>Words.</b> Every token is reported except runs of white space: punctuation and other
 * symbols come out as {@link PartOfSpeech#SYMBOL}. Text in other scripts is segmented by
 * kuromoji's character classes, so a run of Latin letters or of digits is one word
 * ("the", "government", "2025"). Latin words are unknown to IPADIC, which guesses a noun for
 * them; they are reported as {@link PartOfSpeech#UNKNOWN} rather than as a made-up proper noun.
 *
 * <p><b>Parts of speech</b> (IPADIC's first level, and the second for nouns): 名詞-固有名詞 →
 * {@link PartOfSpeech#PROPER_NOUN}; pronouns and dependent nouns (名詞-代名詞, 名詞-非自立: これ,
 * こと, もの) → OTHER; any other 名詞 (一般, サ変接続, 形容動詞語幹, 数 …) →
 * {@link PartOfSpeech#NOUN}; 動詞 → VERB; 形容詞 → ADJECTIVE; 副詞 → ADVERB; 助詞 → PARTICLE;
 * 助動詞 → AUXILIARY; 記号 → SYMBOL; anything else (接頭詞, 連体詞, 接続詞, 感動詞, フィラー,
 * その他) → OTHER.
 *
 * <p><b>Not thread-safe</b>: one instance holds one tokenizer, reused from text to text; use one
 * per thread ({@link #perThread()} gives a supplier for that). Creating one costs about 0.1 ms
 * after the first, which loads the shared dictionary (some 10 MB, about a second).
 *
 * <p><b>Allocation.</b> The surface given to the sink is the tokenizer's term buffer (a
 * {@link CharSequence}, no copy); the part of speech is mapped from the dictionary's shared
 * strings without allocating; the text is read through one reusable reader. Kuromoji itself
 * allocates per call a few lattice and token objects (its Viterbi search is not allocation-free).
 */
public final class KuromojiSegmenter implements WordSegmenter {
    private final JapaneseTokenizer tokenizer;
    private final CharTermAttribute term;
    private final PartOfSpeechAttribute partOfSpeech;
    private final CharSequenceReader reader = new CharSequenceReader();

    KuromojiSegmenter(JapaneseTokenizer.Mode mode) {
        // keep punctuation (reported as SYMBOL, as the contract asks) and only the split parts of
        // a compound in search mode, never the compound as well: a shingle sequence has one
        // word per position
        this.tokenizer = new JapaneseTokenizer(null, false, true, mode);
        this.term = tokenizer.addAttribute(CharTermAttribute.class);
        this.partOfSpeech = tokenizer.addAttribute(PartOfSpeechAttribute.class);
    }

    /** A segmenter in kuromoji's normal mode; for one thread. */
    public static KuromojiSegmenter create() {
        return new KuromojiSegmenter(JapaneseTokenizer.Mode.NORMAL);
    }

    /**
     * A segmenter in kuromoji's search mode, which also splits long nouns into their parts
     * (関西国際空港 → 関西 / 国際 / 空港); for one thread. Not the default: see the class comment.
     */
    public static KuromojiSegmenter searchMode() {
        return new KuromojiSegmenter(JapaneseTokenizer.Mode.SEARCH);
    }

    /**
     * A new segmenter per call: what {@code NearDuplicateClusters} asks for once per worker
     * thread.
     */
    public static Supplier<WordSegmenter> perThread() {
        return KuromojiSegmenter::create;
    }

    @Override
    public void segment(CharSequence text, WordSink sink) {
        Objects.requireNonNull(sink, "sink");
        reader.reset(Objects.requireNonNull(text, "text"));
        try {
            tokenizer.setReader(reader);
            tokenizer.reset();
            try {
                while (tokenizer.incrementToken()) {
                    String pos = partOfSpeech.getPartOfSpeech();
                    if (!isWhitespace(term, pos)) {
                        sink.word(term, coarse(term, pos));
                    }
                }
                tokenizer.end();
            } finally {
                // also when the sink throws: a tokenizer that is not closed refuses the next text
                tokenizer.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("reading from a CharSequence cannot fail", e);
        }
    }

    /** The coarse part of speech of an IPADIC tag such as "名詞-固有名詞-地域-一般". */
    static PartOfSpeech coarse(CharSequence surface, String ipadic) {
        if (ipadic == null || ipadic.isEmpty()) {
            return PartOfSpeech.UNKNOWN;
        }
        return switch (ipadic.charAt(0)) {
            case '名' -> ipadic.startsWith("名詞") ? noun(surface, ipadic) : PartOfSpeech.OTHER;
            case '動' -> ipadic.startsWith("動詞") ? PartOfSpeech.VERB : PartOfSpeech.OTHER;
            case '形' -> ipadic.startsWith("形容詞") ? PartOfSpeech.ADJECTIVE : PartOfSpeech.OTHER;
            case '副' -> ipadic.startsWith("副詞") ? PartOfSpeech.ADVERB : PartOfSpeech.OTHER;
            case '助' -> ipadic.startsWith("助動詞") ? PartOfSpeech.AUXILIARY
                    : ipadic.startsWith("助詞") ? PartOfSpeech.PARTICLE : PartOfSpeech.OTHER;
            case '記' -> ipadic.startsWith("記号") ? PartOfSpeech.SYMBOL : PartOfSpeech.OTHER;
            default -> PartOfSpeech.OTHER;
        };
    }

    private static PartOfSpeech noun(CharSequence surface, String ipadic) {
        if (isPunctuationOrSymbols(surface)) {
            // IPADIC's unknown-word rules make ASCII symbols ("!", "#") nouns (名詞-サ変接続)
            return PartOfSpeech.SYMBOL;
        }
        if (isLatin(surface)) {
            // IPADIC has no English; its guess for an unknown Latin word (名詞-固有名詞-組織 or
            // 名詞-一般) says nothing
            return PartOfSpeech.UNKNOWN;
        }
        if (ipadic.startsWith("名詞-代名詞") || ipadic.startsWith("名詞-非自立")) {
            // これ, 私, こと, もの, ため: grammatical, never what a text is about
            return PartOfSpeech.OTHER;
        }
        return ipadic.startsWith("名詞-固有名詞") ? PartOfSpeech.PROPER_NOUN : PartOfSpeech.NOUN;
    }

    /** True when every char is a letter outside the Japanese scripts, at least one of them Latin. */
    private static boolean isLatin(CharSequence surface) {
        boolean latin = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                    || (c >= 0xC0 && c <= 0x24F && Character.isLetter(c))) {
                latin = true;
            } else if (!(c == '\'' || c == '-' || Character.isDigit(c))) {
                return false;
            }
        }
        return latin;
    }

    private static boolean isPunctuationOrSymbols(CharSequence surface) {
        for (int i = 0; i < surface.length(); i += Character.charCount(Character.codePointAt(surface, i))) {
            switch (Character.getType(Character.codePointAt(surface, i))) {
                case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                     Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION,
                     Character.FINAL_QUOTE_PUNCTUATION, Character.OTHER_PUNCTUATION, Character.MATH_SYMBOL,
                     Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> {
                }
                default -> {
                    return false;
                }
            }
        }
        return !surface.isEmpty();
    }

    private static boolean isWhitespace(CharSequence surface, String ipadic) {
        if (ipadic != null && ipadic.startsWith("記号-空白")) {
            return true;
        }
        for (int i = 0; i < surface.length(); i++) {
            if (!Character.isWhitespace(surface.charAt(i)) && !Character.isSpaceChar(surface.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A {@link Reader} over a {@link CharSequence}, reset for each text instead of allocated. */
    private static final class CharSequenceReader extends Reader {
        private CharSequence text = "";
        private int next;

        void reset(CharSequence newText) {
            this.text = newText;
            this.next = 0;
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            Objects.checkFromIndexSize(offset, length, buffer.length);
            if (next >= text.length()) {
                return -1;
            }
            int count = Math.min(length, text.length() - next);
            if (text instanceof String s) {
                s.getChars(next, next + count, buffer, offset);
            } else if (text instanceof StringBuilder b) {
                b.getChars(next, next + count, buffer, offset);
            } else {
                for (int k = 0; k < count; k++) {
                    buffer[offset + k] = text.charAt(next + k);
                }
            }
            next += count;
            return count;
        }

        @Override
        public void close() {
            // reused for the next text; nothing to release
        }
    }
}
