package io.mamori.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The small edits copy-paste campaign members make to a shared message (or that their tools
 * make to evade duplicate filters): a swapped sentence order, different sentence separators and
 * endings (。！!! ‼️ line breaks), a "拡散希望" prefix or suffix, an emoji at either end. With the
 * written alternatives inside the sentences (particles, synonyms) this gives thousands of
 * variants of each message, so identical normalised texts are rare while the texts stay near
 * duplicates.
 */
final class CopyPastaEdits {
    private static final String[] SEPARATORS = {"。", "。", "！", "。\n", "\n", "、", "！\n", "。 "};
    private static final String[] ENDINGS = {"", "。", "！", "!!", "‼️", "。。"};
    private static final String[] PREFIXES = {"", "", "", "【拡散希望】", "拡散希望！", "【重要】", "⚠️", "みんな聞いて。"};
    private static final String[] SUFFIXES = {"", "", "", " 拡散希望", "\n#拡散希望", " RT希望", "\n拡散お願いします🙏", " #参院選2025"};
    private static final String[] EMOJI = {"", "", "", "🇯🇵", "😡", "🙏", "💢", "🇯🇵🇯🇵"};

    private CopyPastaEdits() {
    }

    static String vary(List<String> sentences, SplittableRandom r) {
        List<String> s = new ArrayList<>(sentences);
        if (s.size() >= 3 && Draws.chance(r, 0.35)) {
            Collections.swap(s, 1, 2);
        } else if (s.size() >= 2 && Draws.chance(r, 0.15)) {
            Collections.swap(s, 0, 1);
        }
        String separator = Draws.pick(r, SEPARATORS);
        String emoji = Draws.pick(r, EMOJI);
        boolean emojiFirst = Draws.chance(r, 0.25);
        StringBuilder b = new StringBuilder(160);
        if (emojiFirst) {
            b.append(emoji);
        }
        b.append(Draws.pick(r, PREFIXES));
        for (int i = 0; i < s.size(); i++) {
            b.append(s.get(i)).append(i < s.size() - 1 ? separator : Draws.pick(r, ENDINGS));
        }
        b.append(Draws.pick(r, SUFFIXES));
        if (!emojiFirst) {
            b.append(emoji);
        }
        return b.toString();
    }
}
