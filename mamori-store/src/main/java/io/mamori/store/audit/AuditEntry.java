package io.mamori.store.audit;

import java.time.Instant;

/**
 * One audited action: who (actor and role), what (action, target), why (stated purpose, case),
 * which HTTP request, and how it ended.
 *
 * @param id        position in the log (set by the store; 0 before appending)
 * @param at        when (set by the database clock; null before appending)
 * @param actor     username, or the name given in a failed login
 * @param role      the actor's role (null when unauthenticated)
 * @param action    what was done, e.g. {@code account.read}, {@code case.transition}, {@code login.failed}
 * @param targetType what kind of thing was touched (case, account, takedown, analysis, user...), or null
 * @param targetId  which one, or null
 * @param purpose   the purpose the actor stated, or null
 * @param caseId    the case the purpose cites, or null
 * @param requestId the HTTP request id
 * @param outcome   ok, denied, failed...
 * @param leafIndex its leaf in the Merkle log, or null until the sequencer has taken it in
 */
public record AuditEntry(long id, Instant at, String actor, String role, String action, String targetType, String targetId,
                         String purpose, Long caseId, String requestId, String outcome, Long leafIndex) {
    /** An entry to append (no id or time yet). */
    public static AuditEntry of(String actor, String role, String action, String targetType, String targetId,
                                String purpose, Long caseId, String requestId, String outcome) {
        return new AuditEntry(0, null, actor, role, action, targetType, targetId, purpose, caseId, requestId, outcome, null);
    }
}
