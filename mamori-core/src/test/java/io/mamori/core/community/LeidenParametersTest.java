package io.mamori.core.community;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LeidenParametersTest {

    @Test
    void defaultsAreModularityAtResolutionOneWithTheRandomnessOfThePaperAndTenIterations() {
        LeidenParameters p = LeidenParameters.defaults();
        assertThat(p.quality()).isEqualTo(Quality.MODULARITY);
        assertThat(p.resolution()).isEqualTo(1.0);
        assertThat(p.randomness()).isEqualTo(0.01);
        assertThat(p.seed()).isZero();
        assertThat(p.maxIterations()).isEqualTo(10);
    }

    @Test
    void withersChangeOneComponentEach() {
        LeidenParameters p = LeidenParameters.defaults()
                .withQuality(Quality.CPM).withResolution(0.2).withRandomness(0.0).withSeed(42).withMaxIterations(3);
        assertThat(p).isEqualTo(new LeidenParameters(Quality.CPM, 0.2, 0.0, 42, 3));
    }

    @Test
    void rejectsValuesOutsideTheirRanges() {
        LeidenParameters d = LeidenParameters.defaults();
        assertThatThrownBy(() -> d.withQuality(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withResolution(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("resolution");
        assertThatThrownBy(() -> d.withResolution(Double.POSITIVE_INFINITY)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withRandomness(-0.01)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("randomness");
        assertThatThrownBy(() -> d.withRandomness(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> d.withMaxIterations(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("iterations");
    }
}
