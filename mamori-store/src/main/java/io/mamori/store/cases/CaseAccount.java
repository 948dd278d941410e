package io.mamori.store.cases;

/** An account a case is about (personal data: reading it is audited). */
public record CaseAccount(String platform, String accountId, String username) {
}
