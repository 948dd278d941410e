package io.mamori.core.risk;

import java.util.List;

/**
 * A group's campaign risk.
 *
 * @param score      0–1: the sum of the components' contributions
 * @param components coordination, automation, foreign, content, in that order
 */
public record GroupRisk(double score, List<RiskComponent> components) {
    public GroupRisk {
        components = List.copyOf(components);
    }
}
