package io.mamori.core.signals;

import com.google.common.net.InternetDomainName;

import java.net.IDN;
import java.util.Locale;

/**
 * The two normalisations domain matching relies on: of a domain as a list writes it, and of a
 * host as a URL or a caller gives it. Both end in lower-case ASCII (IDNA punycode) without a
 * trailing dot, so {@code Россия.РФ}, {@code xn--h1alffa9f.xn--p1ai} and {@code XN--H1ALFFA9F.xn--p1ai.}
 * compare equal.
 */
public final class DomainNames {
    private static final String WWW = "www.";

    private DomainNames() {
    }

    /**
     * A listed domain, or why it cannot be one.
     *
     * @param domain  the normalised domain, or null when invalid
     * @param problem what is wrong, or null when valid
     */
    public record Parsed(String domain, String problem) {
        public boolean isValid() {
            return problem == null;
        }

        static Parsed ok(String domain) {
            return new Parsed(domain, null);
        }

        static Parsed bad(String problem) {
            return new Parsed(null, problem);
        }
    }

    /**
     * Normalises a domain as a list writes it: trimmed, lower-cased, IDN to punycode, trailing dot
     * and one leading {@code www.} dropped. Rejects URLs, wildcards, ports, IP addresses, malformed
     * names, top-level domains ({@code com}, {@code ru}) and registry suffixes of the Public Suffix
     * List's ICANN section ({@code co.jp}, {@code com.cn}), since a listed domain matches all its
     * subdomains and those would match every site under them. Suffixes of the private section are
     * accepted: some are a state's own site ({@code mil.ru}); listing a hosting suffix
     * ({@code github.io}) is the list author's choice, and shows at once in the counts by entry.
     */
    public static Parsed parseListed(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return Parsed.bad("empty");
        }
        if (s.contains("://") || s.indexOf('/') >= 0) {
            return Parsed.bad("'" + raw + "' is a URL; write the domain alone (subdomains match automatically)");
        }
        if (s.indexOf('*') >= 0) {
            return Parsed.bad("'" + raw + "' has a wildcard; write the domain alone (subdomains match automatically)");
        }
        if (s.indexOf(':') >= 0 || s.startsWith("[")) {
            return Parsed.bad("'" + raw + "' has a port or is an IPv6 address; write a domain name");
        }
        String ascii = toAscii(s);
        if (ascii == null) {
            return Parsed.bad("'" + raw + "' is not a valid internationalised domain name");
        }
        if (ascii.startsWith(WWW)) {
            ascii = ascii.substring(WWW.length());
        }
        if (!InternetDomainName.isValid(ascii)) {
            return Parsed.bad("'" + raw + "' is not a domain name");
        }
        InternetDomainName name = InternetDomainName.from(ascii);
        if (!name.hasParent()) {
            return Parsed.bad("'" + raw + "' is a top-level domain; listing it would match every site under it");
        }
        if (name.isRegistrySuffix()) {
            return Parsed.bad("'" + raw + "' is a registry suffix (Public Suffix List); listing it would match every site under it");
        }
        return Parsed.ok(ascii);
    }

    /**
     * Normalises a host for lookup: trimmed, lower-cased, port and trailing dots dropped, IDN to
     * punycode. A host IDNA rejects is kept lower-cased (it can then only match nothing). IPv6
     * literals in brackets are returned as they are.
     */
    public static String normaliseHost(String raw) {
        String h = raw.strip();
        if (h.startsWith("[")) {
            return h.toLowerCase(Locale.ROOT);
        }
        int colon = h.indexOf(':');
        if (colon >= 0 && colon == h.lastIndexOf(':')) {
            h = h.substring(0, colon);
        }
        String ascii = toAscii(h);
        return ascii != null ? ascii : stripTrailingDots(h.toLowerCase(Locale.ROOT));
    }

    private static String toAscii(String s) {
        String h = stripTrailingDots(s);
        if (h.isEmpty()) {
            return null;
        }
        try {
            return stripTrailingDots(IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
        } catch (IllegalArgumentException notAHostName) {
            return null;
        }
    }

    private static String stripTrailingDots(String h) {
        int end = h.length();
        while (end > 0 && (h.charAt(end - 1) == '.' || h.charAt(end - 1) == '\u3002' || h.charAt(end - 1) == '\uff0e')) {
            end--;
        }
        return h.substring(0, end);
    }
}
