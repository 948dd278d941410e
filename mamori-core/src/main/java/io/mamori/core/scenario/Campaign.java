package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;

import java.util.List;
import java.util.Objects;

/**
 * A coordinated campaign: its group id, what it does, when its operators work (and so their UTC
 * offset), and its member accounts, all labelled campaign.
 */
public record Campaign(GroupId id, CampaignKind kind, OperatorSchedule operator, List<AccountId> members) {
    public Campaign {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(operator, "operator");
        members = List.copyOf(members);
    }
}
