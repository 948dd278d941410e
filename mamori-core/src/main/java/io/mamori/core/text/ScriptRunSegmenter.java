package io.mamori.core.text;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * A dictionary-free {@link WordSegmenter}: a word is a maximal run of characters of one script.
 * It stands in for a morphological analyser (kuromoji, module {@code mamori-text}) in tests and
 * when none is supplied, and is good enough for key terms because Japanese content words are
 * mostly written in kanji or katakana and function words in hiragana.
 * <ul>
 *   <li>a run of kanji (Han, with 々 and ヶ) → {@link PartOfSpeech#NOUN}: 投票所, 選挙管理委員会;
 *       except one kanji followed by hiragana other than a particle (の が を に は で と も へ や か),
 *       which is taken for the stem of a verb or adjective → {@link PartOfSpeech#VERB}: 行 in
 *       行こう, 大 in 大きい;</li>
 *   <li>a run of katakana (with the prolonged sound mark ー) → {@link PartOfSpeech#NOUN}: デマ, ニュース;</li>
 *   <li>a run of letters and digits of other scripts (Latin, Hangul …) → {@link PartOfSpeech#NOUN}
 *       when it has a letter, {@link PartOfSpeech#OTHER} when it is only digits: tokyo, 2025;</li>
 *   <li>a run of hiragana → {@link PartOfSpeech#PARTICLE}: particles, endings and auxiliaries
 *       (が, を, だ, しました) cannot be told apart without a dictionary;</li>
 *   <li>anything else (punctuation, symbols, emoji) → {@link PartOfSpeech#SYMBOL}; white space is
 *       no word.</li>
 * </ul>
 * Limits: a kanji compound is one word however long (期日前投票所 is not split into 期日前 and
 * 投票所; 連日報じる gives 連日報), a one-kanji noun before a non-particle (党だ) is taken for a
 * verb stem, a noun in hiragana
 * (みんな) is missed, and katakana verbs (バズる) split at the kana change. Stateless and
 * thread-safe.
 */
public final class ScriptRunSegmenter implements WordSegmenter {

    private enum Script { KANJI, KATAKANA, HIRAGANA, ALNUM, SPACE, SYMBOL }

    /** Case particles that may follow a one-kanji noun (党が, 金は, 国の). */
    private static final Set<Integer> PARTICLES = "のがをにはでともへやか".codePoints().boxed()
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public void segment(CharSequence text, WordSink sink) {
        int n = text.length();
        int start = 0;
        Script run = null;
        boolean letter = false;
        int i = 0;
        while (i < n) {
            int cp = Character.codePointAt(text, i);
            Script s = script(cp);
            // Symbols are one word each: "!!" is two, and an emoji never joins a word.
            if (s != run || s == Script.SYMBOL) {
                if (run == Script.KANJI && s == Script.HIRAGANA && !PARTICLES.contains(cp)
                        && Character.codePointCount(text, start, i) == 1) {
                    // One kanji with kana written after it that is not a particle is the stem
                    // of a verb or adjective (行こう, 言う, 大きい), not a noun.
                    sink.word(text.subSequence(start, i), PartOfSpeech.VERB);
                    start = i;
                    run = s;
                    letter = false;
                    i += Character.charCount(cp);
                    continue;
                }
                emit(text, start, i, run, letter, sink);
                start = i;
                run = s;
                letter = false;
            }
            letter |= Character.isLetter(cp);
            i += Character.charCount(cp);
        }
        emit(text, start, n, run, letter, sink);
    }

    private static void emit(CharSequence text, int from, int to, Script run, boolean letter, WordSink sink) {
        if (run == null || run == Script.SPACE || from == to) {
            return;
        }
        PartOfSpeech pos = switch (run) {
            case KANJI, KATAKANA -> PartOfSpeech.NOUN;
            case ALNUM -> letter ? PartOfSpeech.NOUN : PartOfSpeech.OTHER;
            case HIRAGANA -> PartOfSpeech.PARTICLE;
            case SYMBOL, SPACE -> PartOfSpeech.SYMBOL;
        };
        sink.word(text.subSequence(from, to), pos);
    }

    private static Script script(int cp) {
        if (cp == '々' || cp == 'ヶ' || cp == '〆') {
            return Script.KANJI;
        }
        if (cp == 'ー') {
            // The prolonged sound mark belongs to katakana words (ニュース); after hiragana it is rare.
            return Script.KATAKANA;
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return Script.SPACE;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN -> Script.KANJI;
            case KATAKANA -> Script.KATAKANA;
            case HIRAGANA -> Script.HIRAGANA;
            default -> Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    ? Script.ALNUM : Script.SYMBOL;
        };
    }
}
