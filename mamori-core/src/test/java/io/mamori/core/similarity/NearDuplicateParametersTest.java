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
    }
}
