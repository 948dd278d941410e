package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class SimilarityTextTest {
    private static final SimilarityText.Options NOTHING_OPTIONAL = new SimilarityText.Options(false, false, false, false);

    @Test
    void foldsFullWidthLettersAndDigitsAndLowerCases() {
        assertThat(SimilarityText.normalise("ＡＢＣ１２３")).isEqualTo("abc123");
        assertThat(SimilarityText.normalise("Tokyo ＴＯＫＹＯ")).isEqualTo("tokyo tokyo");
    }

    @Test
    void foldsHalfWidthKatakanaIncludingVoicedMarks() {
        assertThat(SimilarityText.normalise("ｶﾀｶﾅ")).isEqualTo("カタカナ");
        assertThat(SimilarityText.normalise("ﾊﾟﾋﾟﾌﾟ ｶﾞｷﾞ")).isEqualTo("パピプ ガギ");
    }

    @Test
    void dropsTheRetweetPrefixPunctuationAndLink() {
        assertThat(SimilarityText.normalise("RT @user: 地震だ！！ https://t.co/abc")).isEqualTo("地震だ");
        assertThat(SimilarityText.normalise("RT@abc:RT @def_1: hi")).isEqualTo("hi");
    }

    @Test
    void keepsTheWordsOfABracketedCampaignPrefix() {
        assertThat(SimilarityText.normalise("【拡散希望】日本政府は…🙏🙏")).isEqualTo("拡散希望 日本政府は");
    }

    @Test
    void removesMentionsButNotTheNameInAnEmailAddress() {
        assertThat(SimilarityText.normalise("@nhk_news 本当？ ＠ＡＢＣ")).isEqualTo("本当");
        assertThat(SimilarityText.normalise("mail me@example.com")).isEqualTo("mail me example com");
    }

    @Test
    void removesUrlsUpToWhiteSpaceOrTheFirstJapaneseCharacter() {
        assertThat(SimilarityText.normalise("地震だhttps://t.co/abc来て")).isEqualTo("地震だ 来て");
        assertThat(SimilarityText.normalise("見て HTTP://Example.com/a?b=1 www.nhk.or.jp/news です")).isEqualTo("見て です");
    }

    @Test
    void keepsWwwLaughterThatIsNotALink() {
        assertThat(SimilarityText.normalise("草www. wwwww")).isEqualTo("草www wwwww");
    }

    @Test
    void removesEmojiWithZeroWidthJoinersSkinTonesFlagsAndKeycaps() {
        assertThat(SimilarityText.normalise("家族👨‍👩‍👧‍👦です👍🏽good👍🏿job")).isEqualTo("家族 です good job");
        assertThat(SimilarityText.normalise("🇯🇵日本🇯🇵")).isEqualTo("日本");
        assertThat(SimilarityText.normalise("1️⃣位 #️⃣ ❤️✨⭐⌚")).isEqualTo("位");
    }

    @Test
    void removesHashtagMarksButKeepsTheWords() {
        assertThat(SimilarityText.normalise("投票に行こう #拡散希望 ＃参院選2025")).isEqualTo("投票に行こう 拡散希望 参院選2025");
    }

    @Test
    void foldsJapanesePunctuationAndSymbolsToOneSpace() {
        assertThat(SimilarityText.normalise("a！b？c。d、e「f」g【h】i『j』k・l〜m~n…o‥p"))
                .isEqualTo("a b c d e f g h i j k l m n o p");
        assertThat(SimilarityText.normalise("「今日」は『晴れ』・明日〜雨~？")).isEqualTo("今日 は 晴れ 明日 雨");
    }

    @Test
    void deletesVariationSelectorsAndInvisibleCharactersWithoutABreak() {
        assertThat(SimilarityText.normalise("葛\uDB40\uDD00城")).isEqualTo("葛城");
        assertThat(SimilarityText.normalise("a\u200Bb\u00ADc\uFEFFd\u200De")).isEqualTo("abcde");
    }

    @Test
    void foldsWhiteSpaceRunsAndTrims() {
        assertThat(SimilarityText.normalise("  a \t\n b\u3000\u00A0c  ")).isEqualTo("a b c");
        assertThat(SimilarityText.normalise(" \t\n ")).isEmpty();
        assertThat(SimilarityText.normalise("🙏🙏 !!")).isEmpty();
    }

    @Test
    void caseFoldingIsPerCodePoint() {
        assertThat(SimilarityText.normalise("İstanbul ΣΟΦΟΣ")).isEqualTo("istanbul σοφοσ");
    }

    @Test
    void eachOptionalStepCanBeTurnedOff() {
        String raw = "@bob 見て！ https://t.co/x 🙏";
        assertThat(SimilarityText.normalise(raw, NOTHING_OPTIONAL)).isEqualTo("@bob 見て! https://t.co/x 🙏"); // NFKC
        assertThat(SimilarityText.normalise(raw, new SimilarityText.Options(true, false, false, false))).isEqualTo("@bob 見て! 🙏");
        assertThat(SimilarityText.normalise(raw, new SimilarityText.Options(false, true, false, false))).isEqualTo("見て! https://t.co/x 🙏");
        assertThat(SimilarityText.normalise(raw, new SimilarityText.Options(false, false, true, false))).isEqualTo("@bob 見て! https://t.co/x");
        assertThat(SimilarityText.normalise(raw, new SimilarityText.Options(false, false, false, true))).isEqualTo("bob 見て https t co x 🙏");
    }

    @Test
    void retweetPrefixGoesWithMentions() {
        assertThat(SimilarityText.normalise("RT @user: 地震", new SimilarityText.Options(true, false, true, true))).isEqualTo("rt user 地震");
    }

    @Test
    void appendsAfterWhatTheBuilderAlreadyHolds() {
        StringBuilder out = new StringBuilder("x|");
        SimilarityText.appendNormalised("  ＡＢＣ！ ", out);
        assertThat(out).hasToString("x|abc");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void normalisingTwiceChangesNothing(int seed) {
        String[] pieces = {"ＡＢＣ", "ｶﾞｷﾞ", "RT @a: ", "@b_1", "me@x.jp", "https://t.co/z", "www.a.jp", "草www.", "#", "#タグ",
                "＃tag", "1️⃣", "#️⃣", "👍🏽", "👨‍👩‍👧", "🇯🇵", "！", "。", "、", "「", "」", "…", "‥", "〜", "~", " ", "\n", "\u3000",
                "\u200B", "\uFE0F", "İ", "Σ", "ß", "ǅ", "Ⅻ", "㈱", "①", "ﬁ", "地震", "だ", "ok", "Go", "_", "゛", "a", "1", "@", "rt "};
        SplittableRandom r = new SplittableRandom(seed);
        for (int i = 0; i < 2_000; i++) {
            StringBuilder raw = new StringBuilder();
            for (int k = r.nextInt(1, 12); k > 0; k--) {
                raw.append(pieces[r.nextInt(pieces.length)]);
            }
            for (SimilarityText.Options options : new SimilarityText.Options[]{SimilarityText.Options.DEFAULT, NOTHING_OPTIONAL}) {
                String once = SimilarityText.normalise(raw.toString(), options);
                assertThat(SimilarityText.normalise(once, options)).as("normalising %s", raw).isEqualTo(once);
                assertThat(once).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"U+1F600, true", "U+2764, true", "U+1F3FD, true", "U+1F1EF, true", "U+20E3, true", "U+2B50, true",
            "U+3042, false", "U+0041, false", "U+2192, false"})
    void classifiesPictographs(String codePoint, boolean pictograph) {
        assertThat(SimilarityText.isPictograph(Integer.parseInt(codePoint.substring(2), 16))).isEqualTo(pictograph);
    }
}
