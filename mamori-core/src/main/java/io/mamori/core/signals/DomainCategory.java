package io.mamori.core.signals;

/** Why a domain is on a list. A closed set, so reports can break shares down exhaustively. */
public enum DomainCategory {
    /** State-owned or state-controlled media, named as such by the entry's public source. */
    STATE_MEDIA,
    /** A site of a documented influence network (e.g. the "Pravda" / Portal Kombat mirrors). */
    INFLUENCE_NETWORK,
    /**
     * A site an influence network republishes, per the research data: evidence of what the network
     * amplifies, not by itself proof of state affiliation.
     */
    NETWORK_SOURCE,
    /** Added by the user, with the user's own reason in the entry's source. */
    USER
}
