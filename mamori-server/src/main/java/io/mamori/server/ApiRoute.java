package io.mamori.server;

import io.mamori.core.access.Role;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One route of the API with the roles allowed to call it. Every route declares its roles here; an
 * empty set means the route is public (health, metrics, the OpenAPI document). The route table is
 * the single source for the access checks, the role matrix test and the OpenAPI comparison.
 *
 * @param method  GET, POST, PATCH, PUT or DELETE
 * @param path    Javalin path with {@code {name}} parameters
 * @param roles   who may call it; empty = no credentials needed
 * @param summary one line for the OpenAPI document
 */
public record ApiRoute(String method, String path, Set<Role> roles, String summary, ApiHandler handler) {
    public ApiRoute {
        Objects.requireNonNull(handler);
        if (!Set.of("GET", "POST", "PATCH", "PUT", "DELETE").contains(method)) {
            throw new IllegalArgumentException("unsupported method " + method);
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean isPublic() {
        return roles.isEmpty();
    }

    public static ApiRoute get(String path, Set<Role> roles, String summary, ApiHandler handler) {
        return new ApiRoute("GET", path, roles, summary, handler);
    }

    public static ApiRoute post(String path, Set<Role> roles, String summary, ApiHandler handler) {
        return new ApiRoute("POST", path, roles, summary, handler);
    }

    public static ApiRoute patch(String path, Set<Role> roles, String summary, ApiHandler handler) {
        return new ApiRoute("PATCH", path, roles, summary, handler);
    }

    public static ApiRoute put(String path, Set<Role> roles, String summary, ApiHandler handler) {
        return new ApiRoute("PUT", path, roles, summary, handler);
    }

    public static ApiRoute delete(String path, Set<Role> roles, String summary, ApiHandler handler) {
        return new ApiRoute("DELETE", path, roles, summary, handler);
    }
}
