package io.mamori.server;

import io.mamori.core.access.Role;
import io.mamori.store.users.UserStore;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;

/**
 * Users a fresh server needs before anyone can sign in: the first administrator, and for
 * {@code mamori demo} one user per role.
 */
public final class StartupUsers {
    /** The demo users of issue 6: username, role, platform. */
    public static final List<String[]> DEMO = List.of(
            new String[] {"admin", "admin", null},
            new String[] {"analyst", "analyst", null},
            new String[] {"supervisor", "supervisor", null},
            new String[] {"oversight", "oversight", null},
            new String[] {"partner-x", "partner", "x"});

    private StartupUsers() {
    }

    /** A password of 20 random characters from an alphabet without look-alikes. */
    public static String generatePassword() {
        String alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom r = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    /** Creates the demo users that do not exist yet, all with {@code password}. */
    public static void ensureDemoUsers(UserStore users, String password) {
        for (String[] u : DEMO) {
            users.ensure(u[0], Role.fromWireName(u[1]).orElseThrow(), u[2], password);
        }
    }

    /**
     * When the database has no user at all, creates {@code admin} with {@code password} (or a
     * generated one) and returns the password so it can be shown once; otherwise empty.
     */
    public static Optional<String> bootstrapAdmin(UserStore users, String password) {
        if (!users.list().isEmpty()) {
            return Optional.empty();
        }
        String pw = password == null || password.isBlank() ? generatePassword() : password;
        users.create("admin", Role.ADMIN, null, pw);
        return Optional.of(pw);
    }
}
