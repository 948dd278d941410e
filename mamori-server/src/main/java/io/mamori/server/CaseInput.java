package io.mamori.server;

import io.mamori.core.cases.Verdict;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.regex.Pattern;

/** Checks shared by the case and takedown routes: texts, URLs, workflow verdicts, the clock. */
final class CaseInput {
    static final Pattern PLATFORM = Pattern.compile("[a-z0-9][a-z0-9._-]{0,39}");

    private CaseInput() {
    }

    /** A non-blank text of at most {@code max} characters, trimmed. */
    static String required(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            throw ApiProblem.badRequest(field, field.substring(1) + " is required and must not be blank");
        }
        return optional(field, value, max);
    }

    /** Null, or a text of at most {@code max} characters, trimmed (blank becomes null). */
    static String optional(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > max) {
            throw ApiProblem.badRequest(field, field.substring(1) + " must be at most " + max + " characters");
        }
        return value.trim();
    }

    /** An absolute http or https URL with a host. */
    static String httpUrl(String field, String value) {
        String v = required(field, value, 2000);
        try {
            URI u = new URI(v);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null && !u.getHost().isEmpty()) {
                return v;
            }
        } catch (URISyntaxException e) {
            // answered below
        }
        throw ApiProblem.badRequest(field, "must be an absolute http(s) URL, was '" + v + "'");
    }

    static String platform(String field, String value) {
        String v = required(field, value, 40);
        if (!PLATFORM.matcher(v).matches()) {
            throw ApiProblem.badRequest(field, "platform must be 1..40 of a-z, 0-9, '.', '_', '-', was '" + v + "'");
        }
        return v;
    }

    /** Throws the problem a refused workflow step answers with: 409 for the state, 403 for the actor. */
    static void enforce(Verdict v) {
        switch (v) {
            case Verdict.Allowed a -> {
            }
            case Verdict.WrongState w -> throw ApiProblem.conflict(w.reason());
            case Verdict.NotPermitted n -> throw ApiProblem.forbidden(n.reason());
        }
    }

    /** Now by the server's clock, at the database's precision. */
    static Instant now(ServerContext context) {
        return context.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }
}
