package io.mamori.core.signals;

import java.util.List;
import java.util.Objects;

/**
 * A named, versioned list of domains, as one file or bundled resource supplies it.
 *
 * @param name    the list's name (every entry carries it too)
 * @param version the list's version: a date for the bundled lists, a content digest or the
 *                author's version for user lists
 * @param entries the entries in file order; a domain may appear more than once (the last wins, as
 *                between lists — see {@link DomainMatcher})
 */
public record DomainList(String name, String version, List<DomainEntry> entries) {
    public DomainList {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        entries = List.copyOf(entries);
    }
}
