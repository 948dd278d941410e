package io.mamori.core.cases;

/**
 * Whether a workflow step may happen: allowed, or refused because of the state the object is in
 * (the caller answers 409) or because of who asks (the caller answers 403).
 */
public sealed interface Verdict permits Verdict.Allowed, Verdict.WrongState, Verdict.NotPermitted {
    Verdict ALLOWED = new Allowed();

    record Allowed() implements Verdict {
    }

    /** The step does not leave the current state; {@code reason} names the state. */
    record WrongState(String reason) implements Verdict {
    }

    /** The actor may not make this step (role, or the four-eyes rule). */
    record NotPermitted(String reason) implements Verdict {
    }

    default boolean allowed() {
        return this instanceof Allowed;
    }
}
