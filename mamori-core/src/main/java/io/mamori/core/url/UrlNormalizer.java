package io.mamori.core.url;

import java.net.IDN;
import java.util.Locale;
import java.util.Set;

/**
 * Normalises URLs so that the same page shared through different links compares equal. Documented
 * in {@code docs/networks.md}; the rules, in order:
 * <ol>
 *   <li>trim white space and the list punctuation {@code [ ] ' " ,} around the token (inputs that
 *       wrote a Python list into the URL column);</li>
 *   <li>add {@code http://} when there is no scheme;</li>
 *   <li>lower-case the scheme and the host, convert an internationalised host to its ASCII
 *       (punycode) form, drop a trailing dot, user info and the default port (80, 443);</li>
 *   <li>drop the fragment ({@code #...});</li>
 *   <li>drop tracking parameters: {@code utm_*}, {@code fbclid}, {@code gclid}, {@code dclid},
 *       {@code gbraid}, {@code wbraid}, {@code msclkid}, {@code yclid}, {@code mc_cid},
 *       {@code mc_eid}, {@code igshid}, {@code _ga}, {@code _gl}; the rest keep their order;</li>
 *   <li>an empty path becomes {@code /}.</li>
 * </ol>
 * The path and the remaining query keep their case: servers may treat them as case-sensitive.
 */
public final class UrlNormalizer {
    private static final Set<String> TRACKING = Set.of(
            "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid",
            "mc_cid", "mc_eid", "igshid", "_ga", "_gl");

    private UrlNormalizer() {
    }

    /** A parsed, normalised URL. {@code host} is empty when the URL has none. */
    public record NormalizedUrl(String url, String host) {
    }

    /** Normalises {@code raw}; returns null when nothing URL-like remains after trimming. */
    public static NormalizedUrl normalise(String raw) {
        String s = trimListPunctuation(raw);
        if (s.isEmpty()) {
            return null;
        }
        int schemeEnd = s.indexOf("://");
        String scheme;
        String rest;
        if (schemeEnd > 0 && isScheme(s, schemeEnd)) {
            scheme = s.substring(0, schemeEnd).toLowerCase(Locale.ROOT);
            rest = s.substring(schemeEnd + 3);
        } else {
            scheme = "http";
            rest = s;
        }
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int authorityEnd = firstOf(rest, "/?");
        String authority = authorityEnd < 0 ? rest : rest.substring(0, authorityEnd);
        String pathAndQuery = authorityEnd < 0 ? "" : rest.substring(authorityEnd);
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        String host = authority;
        String port = "";
        if (!authority.startsWith("[")) {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                port = authority.substring(colon + 1);
            }
        }
        host = asciiHost(host);
        if (("http".equals(scheme) && "80".equals(port)) || ("https".equals(scheme) && "443".equals(port))) {
            port = "";
        }
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        String query = q < 0 ? "" : stripTracking(pathAndQuery.substring(q + 1));
        if (path.isEmpty()) {
            path = "/";
        }
        StringBuilder out = new StringBuilder(s.length());
        out.append(scheme).append("://").append(host);
        if (!port.isEmpty()) {
            out.append(':').append(port);
        }
        out.append(path);
        if (!query.isEmpty()) {
            out.append('?').append(query);
        }
        return new NormalizedUrl(out.toString(), host);
    }

    private static boolean isScheme(String s, int end) {
        if (!Character.isLetter(s.charAt(0))) {
            return false;
        }
        for (int i = 1; i < end; i++) {
            char c = s.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }

    private static String trimListPunctuation(String raw) {
        int start = 0;
        int end = raw.length();
        while (start < end && isTrimmable(raw.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmable(raw.charAt(end - 1))) {
            end--;
        }
        return raw.substring(start, end);
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || c == '[' || c == ']' || c == '\'' || c == '"' || c == ',';
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String asciiHost(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("[")) {
            return h;
        }
        try {
            return IDN.toASCII(h, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAHostName) {
            // Keep what we have: a malformed host still identifies the link it came from.
            return h;
        }
    }

    private static String stripTracking(String query) {
        if (query.isEmpty()) {
            return query;
        }
        StringBuilder kept = new StringBuilder(query.length());
        for (String param : query.split("&", -1)) {
            if (param.isEmpty()) {
                continue;
            }
            int eq = param.indexOf('=');
            String name = (eq < 0 ? param : param.substring(0, eq)).toLowerCase(Locale.ROOT);
            if (name.startsWith("utm_") || TRACKING.contains(name)) {
                continue;
            }
            if (!kept.isEmpty()) {
                kept.append('&');
            }
            kept.append(param);
        }
        return kept.toString();
    }
}
