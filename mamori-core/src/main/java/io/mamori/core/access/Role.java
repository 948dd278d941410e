package io.mamori.core.access;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user of the office's system may do (issue 6). Every HTTP route declares the roles allowed
 * to call it; nothing is granted by a role's rank.
 */
public enum Role {
    /** Finds and documents interference: runs analyses, opens cases, drafts takedown requests. */
    ANALYST,
    /** Approves what analysts propose: takedown requests cannot be sent without one (never the requester). */
    SUPERVISOR,
    /** The independent commission: reads everything, including the audit trail, and changes nothing. */
    OVERSIGHT,
    /** A platform operator: sees and answers only the takedown requests addressed to its platform. */
    PARTNER,
    /** Manages users and tokens. */
    ADMIN;

    /** The name used in the API and the database: lower case. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role with this wire name, if any. */
    public static Optional<Role> fromWireName(String name) {
        for (Role r : values()) {
            if (r.wireName().equals(name)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
