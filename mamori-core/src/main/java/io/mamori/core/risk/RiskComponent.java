package io.mamori.core.risk;

import java.util.Objects;

/**
 * One term of a group's risk.
 *
 * @param name     {@code coordination}, {@code automation}, {@code foreign} or {@code content}
 * @param weight   its weight ({@link RiskWeights})
 * @param value    its value, 0–1
 * @param evidence what the value rests on, in words
 */
public record RiskComponent(String name, double weight, double value, String evidence) {
    public RiskComponent {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(evidence, "evidence");
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + ": value must be in [0, 1], was " + value);
        }
    }

    /** {@code weight · value}: what it adds to the risk. */
    public double contribution() {
        return weight * value;
    }
}
