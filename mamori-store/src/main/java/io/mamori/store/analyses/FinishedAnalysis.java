package io.mamori.store.analyses;

import java.util.List;
import java.util.Objects;

/**
 * A finished analysis as the store keeps it: the report (report.json text, report.html) and its
 * groups, members and flagged accounts as rows.
 *
 * @param reportJson the report ({@code docs/report-format.md}), kept as JSONB
 * @param reportHtml the report page, kept verbatim
 */
public record FinishedAnalysis(String reportJson, String reportHtml, List<Group> groups, List<FlaggedAccount> accounts) {
    public FinishedAnalysis {
        Objects.requireNonNull(reportJson);
        Objects.requireNonNull(reportHtml);
        groups = List.copyOf(groups);
        accounts = List.copyOf(accounts);
    }

    /**
     * One candidate group.
     *
     * @param groupJson the group as the report has it (members with evidence, shared items, risk, time zone)
     * @param risk      campaign risk 0–1, or null when not assessed
     */
    public record Group(String groupId, double score, boolean flagged, Double risk, String groupJson, List<Member> members) {
        public Group {
            members = List.copyOf(members);
        }
    }

    /** A member account of a group. */
    public record Member(String platform, String accountId, String username) {
    }

    /**
     * A flagged account.
     *
     * @param findingJson the account as the report's {@code accounts} list has it
     */
    public record FlaggedAccount(String platform, String accountId, String username, String groupId, double score,
                                 String findingJson) {
    }
}
