package io.mamori.core.narrative;

import io.mamori.core.text.PartOfSpeech;
import io.mamori.core.text.ScriptRunSegmenter;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class KeyTermsTest {

    @Test
    void aTermFrequentInTheNarrativeAndRareElsewhereOutranksOneCommonEverywhere() {
        KeyTerms terms = new KeyTerms(new ScriptRunSegmenter());
        for (int i = 0; i < 50; i++) {
            terms.addBackground("今日も選挙の話題 投票所は混雑");
            terms.addBackground("ラーメン食べた 選挙");
        }
        terms.addBackground("処理水の真実 選挙");

        List<Narrative.KeyTerm> ranked = terms.rank(List.of("処理水の真実を隠す政府 選挙", "処理水の真実 選挙に行こう",
                "処理水は危険 選挙"), 10);

        assertThat(ranked.get(0).term()).isEqualTo("処理水");
        assertThat(ranked.get(0).texts()).isEqualTo(3);
        // 選挙 is in every text of the narrative but in most of the background too: not distinctive.
        assertThat(ranked).extracting(Narrative.KeyTerm::term).startsWith("処理水", "真実").doesNotContain("選挙");
    }

    @Test
    void theScoreIsTheSmoothedLogOddsRatioOverItsStandardError() {
        // f = 3 of 3, b = 1 of 101: δ = ln(3.5 / 0.5) - ln(1.5 / 100.5), σ² = 1/3.5 + 1/0.5 + 1/1.5 + 1/100.5.
        double delta = Math.log(3.5 / 0.5) - Math.log(1.5 / 100.5);
        double sigma = Math.sqrt(1 / 3.5 + 1 / 0.5 + 1 / 1.5 + 1 / 100.5);

        assertThat(KeyTerms.zScore(3, 3, 1, 101)).isCloseTo(delta / sigma, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(KeyTerms.zScore(3, 3, 1, 101)).isGreaterThan(KeyTerms.zScore(3, 3, 50, 101));
        assertThat(KeyTerms.zScore(3, 3, 1, 101)).isGreaterThan(KeyTerms.zScore(1, 3, 1, 101));
    }

    @Test
    void onlyNounsWithALetterAndMoreThanOneCharacterOrOneKanjiAreCandidates() {
        assertThat(KeyTerms.isCandidate("原発", PartOfSpeech.NOUN)).isTrue();
        assertThat(KeyTerms.isCandidate("東京", PartOfSpeech.PROPER_NOUN)).isTrue();
        assertThat(KeyTerms.isCandidate("党", PartOfSpeech.NOUN)).isTrue();
        assertThat(KeyTerms.isCandidate("w", PartOfSpeech.NOUN)).isFalse();
        assertThat(KeyTerms.isCandidate("2025", PartOfSpeech.NOUN)).isFalse();
        assertThat(KeyTerms.isCandidate("行く", PartOfSpeech.VERB)).isFalse();
        assertThat(KeyTerms.isCandidate("デマ", PartOfSpeech.UNKNOWN)).isFalse();
    }
}
