package io.mamori.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The edits copy-paste campaign members make to a shared message (or that their tools make to
 * evade duplicate filters). Two kinds of post come out of it:
 * <ul>
 *   <li>{@link #vary an edited copy}: the message's sentences, possibly re-ordered, with other
 *       separators and endings (。！!! ‼️ … line breaks), a "【拡散希望】" prefix, a "RT希望" or
 *       hashtag suffix, emoji, full-width or half-width characters, and now and then a typo
 *       (a dropped or doubled character, a mis-converted word such as 拡散 → 核酸);</li>
 *   <li>{@link #retell a retelling}: the member's "own words": a sentence or two dropped, the
 *       rest often shuffled, a personal lead and closing added. These stay near duplicates only
 *       at a character-bigram Jaccard of about 0.3–0.6 to the other posts of the wave.</li>
 * </ul>
 * With the slots, particles, endings and paraphrases written into the sentences
 * ({@link Phrasebook#copyPastaSentences(int, long, double, SplittableRandom)}) this gives
 * thousands of variants of each message. Every edit is a constant number of draws and one pass
 * over the text.
 */
final class CopyPastaEdits {
    private static final String[] SEPARATORS = {"。", "。", "。", "！", "。\n", "\n", "、", "！\n", "。 ", "…", "。\n\n", "!! "};
    private static final String[] ENDINGS = {"", "", "。", "！", "!!", "‼️", "。。", "…", "！！", "?!"};
    private static final String[] PREFIXES = {"", "", "", "", "【拡散希望】", "拡散希望！", "【重要】", "⚠️", "みんな聞いて。",
        "【緊急拡散】", "＼拡散希望／\n", "【RT希望】", "これ見て→", "#拡散希望 "};
    private static final String[] SUFFIXES = {"", "", "", "", " 拡散希望", "\n#拡散希望", " RT希望", "\n拡散お願いします🙏",
        " #参院選2025", " #日本を守れ", "\n#参院選2025 #拡散希望", " リツイート希望", "（転載歓迎）", "\n#選挙 #真実"};
    private static final String[] EMOJI = {"", "", "", "", "🇯🇵", "😡", "🙏", "💢", "🇯🇵🇯🇵", "‼️", "👇", "🔥", "😤"};
    /** Personal leads and closings of a retelling. */
    private static final String[] LEADS = {"友達から回ってきたけど、", "ずっと思ってたけど、", "正直に言うと、", "これ本当にそう。",
        "黙ってられないので書く。", "知らない人が多すぎる。", "うちの親も言ってたけど、", "今さらだけど、", "自分の言葉で書く。"};
    private static final String[] CLOSINGS = {"みんなはどう思う？", "自分はそう思う。", "黙っていられない。", "知らない人多すぎ。",
        "もっと知られてほしい。", "本当に腹が立つ。", "よく考えてほしい。", ""};
    /** Mis-conversions a Japanese input method makes (same reading, other word). */
    private static final String[][] MISCONVERSIONS = {{"拡散", "核酸"}, {"異常", "以上"}, {"危険", "棄権"}, {"不正", "不整"},
        {"意外", "以外"}, {"真実", "信実"}, {"冷静", "冷製"}, {"支援", "私怨"}};
    static final double FULL_WIDTH_SHARE = 0.1;
    static final double HALF_WIDTH_SHARE = 0.1;
    static final double TYPO_SHARE = 0.12;

    private CopyPastaEdits() {
    }

    /** An edited copy of {@code sentences}: re-ordered, re-punctuated, decorated, sometimes a width variant or a typo. */
    static String vary(List<String> sentences, SplittableRandom r) {
        List<String> s = new ArrayList<>(sentences);
        double order = r.nextDouble();
        if (order < 0.2) {
            shuffle(s, r);
        } else if (order < 0.45 && s.size() >= 3) {
            Collections.swap(s, s.size() - 2, s.size() - 1);
        } else if (order < 0.55 && s.size() >= 2) {
            Collections.swap(s, 0, 1);
        }
        StringBuilder body = new StringBuilder(160);
        join(s, Draws.pick(r, SEPARATORS), body, r);
        return finish(body, r);
    }

    /**
     * A retelling of {@code sentences} in the member's "own words": one sentence dropped (two of
     * four, a quarter of the time), the rest shuffled (60 %), a personal lead and closing around them.
     */
    static String retell(List<String> sentences, SplittableRandom r) {
        List<String> s = new ArrayList<>(sentences);
        int drop = s.size() >= 4 && Draws.chance(r, 0.25) ? 2 : s.size() >= 3 ? 1 : 0;
        for (int i = 0; i < drop; i++) {
            s.remove(Draws.below(r, s.size()));
        }
        if (Draws.chance(r, 0.6)) {
            shuffle(s, r);
        }
        StringBuilder body = new StringBuilder(160);
        body.append(Draws.pick(r, LEADS));
        join(s, Draws.pick(r, SEPARATORS), body, r);
        String closing = Draws.pick(r, CLOSINGS);
        if (!closing.isEmpty()) {
            body.append('\n').append(closing);
        }
        return finish(body, r);
    }

    private static void join(List<String> s, String separator, StringBuilder out, SplittableRandom r) {
        for (int i = 0; i < s.size(); i++) {
            out.append(s.get(i)).append(i < s.size() - 1 ? separator : Draws.pick(r, ENDINGS));
        }
    }

    /** Typo and width variants of the body, then the decoration around it. */
    private static String finish(StringBuilder body, SplittableRandom r) {
        if (Draws.chance(r, TYPO_SHARE)) {
            typo(body, r);
        }
        String emoji = Draws.pick(r, EMOJI);
        boolean emojiFirst = Draws.chance(r, 0.25);
        StringBuilder b = new StringBuilder(body.length() + 32);
        if (emojiFirst) {
            b.append(emoji);
        }
        b.append(Draws.pick(r, PREFIXES)).append(body).append(Draws.pick(r, SUFFIXES));
        if (!emojiFirst) {
            b.append(emoji);
        }
        double width = r.nextDouble();
        if (width < FULL_WIDTH_SHARE) {
            return toFullWidth(b);
        } else if (width < FULL_WIDTH_SHARE + HALF_WIDTH_SHARE) {
            return toHalfWidth(b);
        }
        return b.toString();
    }

    /** One typo: a mis-converted word if the text has one, else a dropped or doubled character. */
    static void typo(StringBuilder body, SplittableRandom r) {
        String[] misconversion = Draws.pick(r, MISCONVERSIONS);
        int at = body.indexOf(misconversion[0]);
        if (at >= 0) {
            body.replace(at, at + misconversion[0].length(), misconversion[1]);
            return;
        }
        int i = 1 + Draws.below(r, Math.max(1, body.length() - 2));
        if (i >= body.length() - 1 || Character.isSurrogate(body.charAt(i)) || !Character.isLetter(body.charAt(i))) {
            return;
        }
        if (Draws.chance(r, 0.5)) {
            body.deleteCharAt(i);
        } else {
            body.insert(i, body.charAt(i));
        }
    }

    /** Printable ASCII as full-width forms ("RT希望 #参院選2025" → "ＲＴ希望 ＃参院選２０２５"), as some phones type it. */
    static String toFullWidth(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c > ' ' && c < 0x7F ? (char) (c + 0xFEE0) : c);
        }
        return out.toString();
    }

    /** Full-width punctuation as ASCII ("！" → "!", "？" → "?"), as other keyboards type it. */
    static String toHalfWidth(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= 0xFF01 && c <= 0xFF5E ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    private static void shuffle(List<String> s, SplittableRandom r) {
        for (int i = s.size() - 1; i > 0; i--) {
            Collections.swap(s, i, Draws.below(r, i + 1));
        }
    }
}
