package io.mamori.core.risk;

/**
 * The weights of the four risk components; they add up to 1 so that the risk stays in [0, 1].
 * Judgement, not fitted: see {@code docs/risk.md}, "Weights", for why each is what it is.
 */
public record RiskWeights(double coordination, double automation, double foreign, double content) {
    /** The shipped weights. */
    public static final RiskWeights DEFAULT = new RiskWeights(0.35, 0.30, 0.20, 0.15);

    public RiskWeights {
        for (double w : new double[] {coordination, automation, foreign, content}) {
            if (!(w >= 0 && w <= 1)) {
                throw new IllegalArgumentException("risk weights must be in [0, 1]: " + this);
            }
        }
        double sum = coordination + automation + foreign + content;
        if (Math.abs(sum - 1) > 1e-9) {
            throw new IllegalArgumentException("risk weights must add up to 1, added up to " + sum);
        }
    }

    @Override
    public String toString() {
        return "coordination " + coordination + ", automation " + automation + ", foreign " + foreign + ", content " + content;
    }
}
