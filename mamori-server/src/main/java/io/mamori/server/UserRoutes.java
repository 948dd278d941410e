package io.mamori.server;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mamori.core.access.Role;
import io.mamori.store.Transactions;
import io.mamori.store.users.User;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Who am I, API tokens, and (admin) users. */
final class UserRoutes implements ApiModule {
    private final ServerContext context;

    UserRoutes(ServerContext context) {
        this.context = context;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/v1/me", Roles.ANY, "The signed-in user", this::me),
                ApiRoute.post("/api/v1/tokens", Roles.ANY, "Create an API token for the signed-in user (shown once)", this::createToken),
                ApiRoute.get("/api/v1/users", Roles.ADMIN, "List users", this::listUsers),
                ApiRoute.post("/api/v1/users", Roles.ADMIN, "Create a user", this::createUser));
    }

    record TokenRequest(String name) {
        @JsonCreator
        TokenRequest(@JsonProperty(value = "name", required = true) String name) {
            this.name = name;
        }
    }

    record NewUser(String username, String role, String platform, String password) {
        @JsonCreator
        NewUser(@JsonProperty(value = "username", required = true) String username,
                @JsonProperty(value = "role", required = true) String role,
                @JsonProperty("platform") String platform,
                @JsonProperty(value = "password", required = true) String password) {
            this.username = username;
            this.role = role;
            this.platform = platform;
            this.password = password;
        }
    }

    static Map<String, Object> json(User u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", u.id());
        m.put("username", u.username());
        m.put("role", u.role().wireName());
        if (u.platform() != null) {
            m.put("platform", u.platform());
        }
        return m;
    }

    private void me(ApiRequest r) {
        r.json(200, json(r.user()));
    }

    private void createToken(ApiRequest r) {
        TokenRequest t = r.body(TokenRequest.class);
        if (t.name().isBlank() || t.name().length() > 100) {
            throw ApiProblem.badRequest("/name", "name must be 1..100 characters");
        }
        String token = Transactions.inTransaction(context.dataSource(), c -> {
            String issued = context.users().createToken(c, r.user().id(), t.name());
            context.audit().append(c, r.audit("login.token", "user", r.user().username(), null, null, "ok"));
            return issued;
        });
        r.json(201, Map.of("token", token, "name", t.name()));
    }

    private void listUsers(ApiRequest r) {
        r.json(200, Map.of("users", context.users().list().stream().map(UserRoutes::json).toList()));
    }

    private void createUser(ApiRequest r) {
        NewUser n = r.body(NewUser.class);
        Role role = Role.fromWireName(n.role()).orElseThrow(() -> ApiProblem.badRequest("/role",
                "role must be one of analyst, supervisor, oversight, partner, admin; was '" + n.role() + "'"));
        if (!n.username().matches("[a-z0-9][a-z0-9._-]{0,62}")) {
            throw ApiProblem.badRequest("/username", "username must be 1..63 of a-z, 0-9, '.', '_', '-', starting with a letter or digit");
        }
        if ((role == Role.PARTNER) != (n.platform() != null)) {
            throw ApiProblem.badRequest("/platform", "a platform is required for partners and only for them");
        }
        if (n.platform() != null && !CaseInput.PLATFORM.matcher(n.platform()).matches()) {
            // takedown requests name platforms in this form: a partner "X " would never see "x"'s requests
            throw ApiProblem.badRequest("/platform", "platform must be lower case a-z, 0-9, '.', '_', '-' (as takedown requests name it), was '"
                    + n.platform() + "'");
        }
        if (n.password().length() < 12) {
            throw ApiProblem.badRequest("/password", "password must be at least 12 characters");
        }
        if (context.users().find(n.username()).isPresent()) {
            throw ApiProblem.conflict("user '" + n.username() + "' exists");
        }
        User u;
        try {
            u = Transactions.inTransaction(context.dataSource(), c -> {
                User created = context.users().create(c, n.username(), role, n.platform(), n.password());
                context.audit().append(c, r.audit("user.create", "user", created.username(), null, null, "ok"));
                return created;
            });
        } catch (io.mamori.store.users.UserStore.UsernameTaken e) {
            throw ApiProblem.conflict(e.getMessage());
        }
        r.json(201, json(u));
    }
}
