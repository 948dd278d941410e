package io.mamori.store.cases;

import java.time.Instant;

/** A link to evidence (an archived post, a screenshot, a report) with what kind it is. */
public record CaseEvidence(long id, String url, String kind, String description, String addedBy, Instant addedAt, String platform) {
}
