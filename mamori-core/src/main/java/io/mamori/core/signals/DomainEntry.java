package io.mamori.core.signals;

import java.util.Objects;

/**
 * One listed domain and where the listing comes from.
 *
 * @param domain      the listed domain: lower-case ASCII (punycode), no {@code www.}, no trailing dot
 *                    — as {@link DomainNames#parseListed} returns it; it matches itself and its subdomains
 * @param category    why it is listed
 * @param affiliation the state or organisation behind it (e.g. {@code RU}, {@code CN}, {@code RU: RT}); may be empty
 * @param source      the public source that names it, in words (publisher, document)
 * @param sourceUrl   where that source can be checked; may be empty for user entries
 * @param note        free text kept with the entry (e.g. article counts from the research data); may be empty
 * @param list        name of the list the entry comes from
 * @param listVersion version of that list (a date, or a content digest for user lists)
 */
public record DomainEntry(String domain, DomainCategory category, String affiliation, String source,
                          String sourceUrl, String note, String list, String listVersion) {
    public DomainEntry {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(affiliation, "affiliation");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(listVersion, "listVersion");
        DomainNames.Parsed parsed = DomainNames.parseListed(domain);
        if (!parsed.isValid() || !parsed.domain().equals(domain)) {
            throw new IllegalArgumentException("not a normalised listed domain: '" + domain + "'"
                    + (parsed.isValid() ? " (use '" + parsed.domain() + "')" : ": " + parsed.problem()));
        }
    }
}
