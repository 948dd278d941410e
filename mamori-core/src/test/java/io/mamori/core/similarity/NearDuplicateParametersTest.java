package io.mamori.core.similarity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NearDuplicateParametersTest {
    @Test
    void defaultsAreTheDocumentedValues() {
        NearDuplicateParameters p = NearDuplicateParameters.defaults();
        assertThat(p.threshold()).isEqualTo(0.5);
        assertThat(p.shingleSize()).isEqualTo(2);
        assertThat(p.numHashes()).isEqualTo(64);
        assertThat(p.minLength()).isEqualTo(6);
        assertThat(p.lsh()).isEqualTo(new LshParameters(16, 4));
        assertThat(p.shingleKind()).isEqualTo(ShingleKind.CHARACTERS);
        assertThat(p.normalisation()).isEqualTo(SimilarityText.Options.DEFAULT);
    }

    @Test
    void wordDefaultsDifferFromTheDefaultsOnlyInTheShingles() {
        NearDuplicateParameters words = NearDuplicateParameters.wordDefaults();
        assertThat(words.shingleKind()).isEqualTo(ShingleKind.WORDS);
        assertThat(words.shingleSize()).isEqualTo(NearDuplicateParameters.DEFAULT_WORD_SHINGLE_SIZE);
        assertThat(words.withShingles(ShingleKind.CHARACTERS, 2)).isEqualTo(NearDuplicateParameters.defaults());
    }

    @Test
    void theFiveArgumentConstructorKeepsCharactersAndDefaultNormalisation() {
        NearDuplicateParameters p = new NearDuplicateParameters(0.7, 3, 32, 1, 4);
        assertThat(p.shingleKind()).isEqualTo(ShingleKind.CHARACTERS);
        assertThat(p.normalisation()).isEqualTo(SimilarityText.Options.DEFAULT);
    }

    @Test
    void withersKeepTheShingleKindAndNormalisation() {
        SimilarityText.Options keepUrls = new SimilarityText.Options(false, true, true, true);
        NearDuplicateParameters p = NearDuplicateParameters.wordDefaults().withNormalisation(keepUrls);
        NearDuplicateParameters changed = p.withThreshold(0.6).withShingleSize(3).withNumHashes(128).withSeed(9)
                .withMinLength(10);
        assertThat(changed.shingleKind()).isEqualTo(ShingleKind.WORDS);
        assertThat(changed.normalisation()).isEqualTo(keepUrls);
    }

    @Test
    void withersChangeOneComponent() {
        NearDuplicateParameters p = NearDuplicateParameters.defaults();
        assertThat(p.withThreshold(0.7).threshold()).isEqualTo(0.7);
        assertThat(p.withShingleSize(3).shingleSize()).isEqualTo(3);
        assertThat(p.withNumHashes(128).numHashes()).isEqualTo(128);
        assertThat(p.withSeed(9).seed()).isEqualTo(9);
        assertThat(p.withMinLength(10).minLength()).isEqualTo(10);
        assertThat(p.withSeed(9).withSeed(p.seed())).isEqualTo(p);
    }

    @Test
    void rejectsValuesOutOfRange() {
        NearDuplicateParameters p = NearDuplicateParameters.defaults();
        assertThatThrownBy(() -> p.withThreshold(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withThreshold(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withShingleSize(9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withNumHashes(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withNumHashes(2_000)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withMinLength(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withShingles(ShingleKind.WORDS, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.withShingles(null, 2)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> p.withNormalisation(null)).isInstanceOf(NullPointerException.class);
    }
}
