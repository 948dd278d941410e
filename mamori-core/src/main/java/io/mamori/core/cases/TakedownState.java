package io.mamori.core.cases;

import java.util.Locale;
import java.util.Optional;

/**
 * A takedown request's place in the workflow (see {@link TakedownAction} for the steps and who may
 * take them):
 * <pre>
 *   DRAFT ⇄ AWAITING_APPROVAL → SENT → ACKNOWLEDGED → ACTIONED | REJECTED
 *     └──────────┴→ WITHDRAWN          └──────────────→ ACTIONED | REJECTED
 * </pre>
 */
public enum TakedownState {
    DRAFT, AWAITING_APPROVAL, SENT, ACKNOWLEDGED, ACTIONED, REJECTED, WITHDRAWN;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TakedownState> fromWireName(String s) {
        for (TakedownState v : values()) {
            if (v.wireName().equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** Whether the platform operator has received it: partners see only these. */
    public boolean isSent() {
        return this == SENT || this == ACKNOWLEDGED || this == ACTIONED || this == REJECTED;
    }

    /** No step leaves these. */
    public boolean isFinal() {
        return this == ACTIONED || this == REJECTED || this == WITHDRAWN;
    }
}
