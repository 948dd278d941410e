package io.mamori.store.cases;

import java.time.Instant;

/** A DISARM technique a case is tagged with. */
public record CaseTag(String techniqueId, String addedBy, Instant addedAt) {
}
