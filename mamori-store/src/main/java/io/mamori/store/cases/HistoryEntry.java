package io.mamori.store.cases;

import java.time.Instant;

/** One change to a case or takedown request: who, when, what, from → to, why. */
public record HistoryEntry(long id, Instant at, String actor, String role, String action, String from, String to,
                           String reason) {
}
