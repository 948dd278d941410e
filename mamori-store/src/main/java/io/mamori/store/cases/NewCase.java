package io.mamori.store.cases;

import io.mamori.core.cases.Severity;

import java.util.List;

/** What a case is opened with; accounts are added to the members of the analysis group, if any. */
public record NewCase(String title, String description, Severity severity, Long analysisId, String groupId,
                      List<CaseAccount> accounts) {
    public NewCase {
        accounts = List.copyOf(accounts);
    }
}
