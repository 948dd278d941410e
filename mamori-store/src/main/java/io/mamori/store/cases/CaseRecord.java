package io.mamori.store.cases;

import io.mamori.core.cases.CaseStatus;
import io.mamori.core.cases.Severity;

import java.time.Instant;

/** A case row: analysisId and groupId are both set (opened from an analysis group) or both null. */
public record CaseRecord(long id, String title, String description, CaseStatus status, Severity severity, String assignee,
                         String createdBy, Long analysisId, String groupId, Instant createdAt, Instant updatedAt) {
}
