package io.mamori.core.signals;

import io.mamori.core.url.UrlNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the listed entry for a host or URL: the most specific listed domain equal to the host or
 * to one of its parent domains. {@code news.rt.com} matches a listing of {@code rt.com};
 * {@code www.rt.com} and {@code RT.COM.} match it too; {@code art.com} and
 * {@code rt.com.example.org} do not (labels are compared whole, from the right). One hash lookup
 * per label of the host, no regular expression.
 *
 * <p>Lists are applied in order: when several entries list the same domain, the last one wins,
 * so a user list given after the bundled one overrides its category or source for that domain.
 * {@link #overridden()} counts those. Immutable; safe to share between threads.
 */
public final class DomainMatcher {
    /** Index meaning "no listed entry". */
    public static final int NO_ENTRY = -1;

    private final List<DomainList> lists;
    private final Map<String, Integer> indexByDomain;
    private final DomainEntry[] entries;
    private final int overridden;

    private DomainMatcher(List<DomainList> lists) {
        this.lists = List.copyOf(lists);
        Map<String, DomainEntry> byDomain = new HashMap<>();
        List<String> order = new ArrayList<>();
        int replaced = 0;
        for (DomainList list : this.lists) {
            for (DomainEntry e : list.entries()) {
                DomainEntry before = byDomain.put(e.domain(), e);
                if (before == null) {
                    order.add(e.domain());
                } else {
                    replaced++;
                }
            }
        }
        this.entries = new DomainEntry[order.size()];
        this.indexByDomain = HashMap.newHashMap(order.size());
        for (int i = 0; i < entries.length; i++) {
            entries[i] = byDomain.get(order.get(i));
            indexByDomain.put(order.get(i), i);
        }
        this.overridden = replaced;
    }

    /** A matcher over {@code lists}, later lists overriding earlier ones domain by domain. */
    public static DomainMatcher of(List<DomainList> lists) {
        return new DomainMatcher(lists);
    }

    /** The lists, in the order given. */
    public List<DomainList> lists() {
        return lists;
    }

    /** Number of distinct listed domains. */
    public int size() {
        return entries.length;
    }

    /** The effective entry with index {@code i} in [0, {@link #size()}): first-listed order of the domains. */
    public DomainEntry entry(int i) {
        return entries[i];
    }

    /** Entries that replaced an earlier entry for the same domain. */
    public int overridden() {
        return overridden;
    }

    /** The most specific entry for a host as a user or a URL writes it (any case, Unicode or punycode, port allowed). */
    public Optional<DomainEntry> matchHost(String host) {
        return entryOf(indexOfAsciiHost(DomainNames.normaliseHost(host)));
    }

    /** The most specific entry for the host of {@code url}, normalised by {@link UrlNormalizer}. */
    public Optional<DomainEntry> matchUrl(String url) {
        return entryOf(indexOfUrl(url));
    }

    /** Index of the entry for the host of {@code url}, or {@link #NO_ENTRY}. */
    public int indexOfUrl(String url) {
        UrlNormalizer.NormalizedUrl n = UrlNormalizer.normalise(url);
        return n == null ? NO_ENTRY : indexOfAsciiHost(n.host());
    }

    /**
     * Index of the entry for a host already normalised (lower-case ASCII, no port, no trailing
     * dot — as {@link UrlNormalizer} and {@link DomainNames#normaliseHost} return it), or
     * {@link #NO_ENTRY}. Walks from the host to its parents, one label at a time.
     */
    public int indexOfAsciiHost(String host) {
        String h = host;
        while (!h.isEmpty()) {
            Integer i = indexByDomain.get(h);
            if (i != null) {
                return i;
            }
            int dot = h.indexOf('.');
            if (dot < 0) {
                break;
            }
            h = h.substring(dot + 1);
        }
        return NO_ENTRY;
    }

    private Optional<DomainEntry> entryOf(int i) {
        return i == NO_ENTRY ? Optional.empty() : Optional.of(entries[i]);
    }
}
