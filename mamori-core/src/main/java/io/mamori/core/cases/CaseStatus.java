package io.mamori.core.cases;

import io.mamori.core.access.Role;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A case's place in the workflow:
 * <pre>
 *   NEW → TRIAGE → CONFIRMED ─┐
 *                └→ DISMISSED ─┴→ CLOSED
 * </pre>
 * There is no way back: a case wrongly triaged is dismissed with a reason (the history keeps it), so
 * the history reads forward and a confirmed case that takedown requests cite cannot silently become
 * new again. Confirming a case (the finding that takedown requests rest on) and closing it are a
 * supervisor's decisions; analysts triage and may dismiss.
 */
public enum CaseStatus {
    NEW, TRIAGE, CONFIRMED, DISMISSED, CLOSED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<CaseStatus> fromWireName(String s) {
        for (CaseStatus v : values()) {
            if (v.wireName().equals(s)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** The states this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(TRIAGE);
            case TRIAGE -> EnumSet.of(CONFIRMED, DISMISSED);
            case CONFIRMED, DISMISSED -> EnumSet.of(CLOSED);
            case CLOSED -> EnumSet.noneOf(CaseStatus.class);
        };
    }

    /** The roles that may move a case into {@code this} state. */
    public Set<Role> enteredBy() {
        return switch (this) {
            case NEW -> EnumSet.noneOf(Role.class);
            case TRIAGE, DISMISSED -> EnumSet.of(Role.ANALYST, Role.SUPERVISOR);
            case CONFIRMED, CLOSED -> EnumSet.of(Role.SUPERVISOR);
        };
    }

    /** Whether {@code actor} may move a case from this state to {@code to}. */
    public Verdict check(CaseStatus to, Role actor) {
        if (!next().contains(to)) {
            return new Verdict.WrongState("a case in state '" + wireName() + "' cannot move to '" + to.wireName()
                    + "'" + (next().isEmpty() ? "" : "; allowed: " + next().stream().map(CaseStatus::wireName).toList()));
        }
        if (!to.enteredBy().contains(actor)) {
            return new Verdict.NotPermitted("role '" + actor.wireName() + "' may not move a case to '" + to.wireName() + "'");
        }
        return Verdict.ALLOWED;
    }
}
