package io.mamori.server;

import io.mamori.core.access.Role;

import java.util.EnumSet;
import java.util.Set;

/** The role sets routes declare most often. */
public final class Roles {
    private Roles() {
    }

    public static final Set<Role> PUBLIC = Set.of();
    /** Everyone signed in. */
    public static final Set<Role> ANY = EnumSet.allOf(Role.class);
    /** The office's own staff who read analyses and cases (not partners). */
    public static final Set<Role> STAFF_READ = EnumSet.of(Role.ANALYST, Role.SUPERVISOR, Role.OVERSIGHT, Role.ADMIN);
    /** Staff who act on analyses and cases. */
    public static final Set<Role> CASEWORK = EnumSet.of(Role.ANALYST, Role.SUPERVISOR);
    public static final Set<Role> ADMIN = EnumSet.of(Role.ADMIN);
    public static final Set<Role> SUPERVISOR = EnumSet.of(Role.SUPERVISOR);
    public static final Set<Role> PARTNER = EnumSet.of(Role.PARTNER);
    public static final Set<Role> OVERSIGHT = EnumSet.of(Role.OVERSIGHT);
    public static final Set<Role> OVERSIGHT_OR_ADMIN = EnumSet.of(Role.OVERSIGHT, Role.ADMIN);
}
