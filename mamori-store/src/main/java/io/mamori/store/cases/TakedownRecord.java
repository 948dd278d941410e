package io.mamori.store.cases;

import io.mamori.core.cases.StatementCategory;
import io.mamori.core.cases.TakedownState;

import java.time.Instant;
import java.util.List;

/** A takedown request row with its timestamps per state and the platform's answer. */
public record TakedownRecord(long id, long caseId, String platform, StatementCategory category, String legalGround,
                             String explanation, List<String> urls, String requester, String approver, TakedownState state,
                             Instant createdAt, Instant updatedAt, Instant submittedAt, Instant sentAt,
                             Instant acknowledgedAt, Instant decidedAt, String partnerAction, List<String> partnerMeasures,
                             String partnerReference) {
    public TakedownRecord {
        urls = List.copyOf(urls);
        partnerMeasures = List.copyOf(partnerMeasures);
    }
}
