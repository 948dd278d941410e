package io.mamori.server;

import io.javalin.http.Context;
import io.mamori.store.audit.AuditEntry;
import io.mamori.store.audit.AuditTrail;
import io.mamori.store.users.User;
import io.mamori.store.users.UserStore;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Who is calling: HTTP Basic (username and password) or a bearer API token. No credentials or bad
 * ones are a 401; bad ones are also written to the audit trail as {@code login.failed}. A good
 * password is a {@code login} entry once per user per {@link #SESSION} (Basic sends the password
 * with every request; one entry per request would bury the log), and issuing a token is
 * {@code login.token}.
 */
final class Authenticator {
    /** How long one Basic sign-in counts as the same session for the audit trail. */
    static final java.time.Duration SESSION = java.time.Duration.ofMinutes(15);

    private final UserStore users;
    private final AuditTrail audit;
    private final java.time.Clock clock;
    private final java.util.concurrent.ConcurrentHashMap<String, java.time.Instant> lastLogin = new java.util.concurrent.ConcurrentHashMap<>();

    Authenticator(UserStore users, AuditTrail audit, java.time.Clock clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    User authenticate(Context ctx, String requestId) {
        String header = ctx.header("Authorization");
        if (header == null || header.isBlank()) {
            throw ApiProblem.unauthorized("credentials required: HTTP Basic or a bearer token");
        }
        int space = header.indexOf(' ');
        String scheme = space < 0 ? header : header.substring(0, space);
        String value = space < 0 ? "" : header.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase("Bearer")) {
            Optional<User> u = users.findByToken(value);
            if (u.isEmpty()) {
                audit.append(AuditEntry.of("(token)", null, "login.failed", "token", null, null, null, requestId, "denied"));
                throw ApiProblem.unauthorized("unknown, expired or revoked token");
            }
            return u.get();
        }
        if (scheme.equalsIgnoreCase("Basic")) {
            String decoded;
            try {
                decoded = new String(Base64.getDecoder().decode(value), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw ApiProblem.unauthorized("malformed Basic credentials");
            }
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                throw ApiProblem.unauthorized("malformed Basic credentials");
            }
            String username = decoded.substring(0, colon);
            Optional<User> u = users.authenticate(username, decoded.substring(colon + 1));
            if (u.isEmpty()) {
                audit.append(AuditEntry.of(username.length() > 64 ? username.substring(0, 64) : username, null,
                        "login.failed", "user", null, null, null, requestId, "denied"));
                throw ApiProblem.unauthorized("wrong username or password");
            }
            java.time.Instant now = clock.instant();
            java.time.Instant last = lastLogin.get(u.get().username());
            if (last == null || !now.isBefore(last.plus(SESSION))) {
                lastLogin.put(u.get().username(), now);
                audit.append(AuditEntry.of(u.get().username(), u.get().role().wireName(), "login", "user", u.get().username(),
                        null, null, requestId, "ok"));
            }
            return u.get();
        }
        throw ApiProblem.unauthorized("unsupported authorization scheme '" + scheme + "'; use Basic or Bearer");
    }
}
