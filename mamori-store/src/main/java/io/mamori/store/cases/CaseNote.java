package io.mamori.store.cases;

import java.time.Instant;

/** An analyst-internal note on a case (never in the evidence bundle a platform receives). */
public record CaseNote(long id, String author, String body, Instant createdAt) {
}
