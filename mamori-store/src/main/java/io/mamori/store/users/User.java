package io.mamori.store.users;

import io.mamori.core.access.Role;

/**
 * A user of the system. {@code platform} is set for partners only: the platform whose takedown
 * requests they see.
 */
public record User(long id, String username, Role role, String platform) {
}
