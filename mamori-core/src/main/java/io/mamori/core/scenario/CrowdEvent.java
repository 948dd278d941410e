package io.mamori.core.scenario;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import io.mamori.core.post.AccountId;

/**
 * A benign crowd event: its group id, what happened, when it started, and the accounts labelled
 * benign for it. Source accounts (the agency, broadcaster, celebrity, publisher) are not members:
 * they post as they always do and are labelled organic.
 */
public record CrowdEvent(GroupId id, CrowdKind kind, Instant start, List<AccountId> members) {
    public CrowdEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        members = List.copyOf(members);
    }
}
