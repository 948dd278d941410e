package io.mamori.core.cases;

import java.util.Locale;
import java.util.Optional;

/** How much harm a case may do, as the analyst judges it; lists sort by it. */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Severity> fromWireName(String s) {
        for (Severity v : values()) {
            if (v.wireName().equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
