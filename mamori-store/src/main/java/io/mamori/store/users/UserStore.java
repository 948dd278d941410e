package io.mamori.store.users;

import io.mamori.core.access.Role;
import io.mamori.store.StoreException;
import io.mamori.store.Transactions;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/** Users with Argon2id password hashes, and API tokens stored as SHA-256 hashes. */
public final class UserStore {
    /** Prefix of every API token, so a leaked one is recognisable in logs and scanners. */
    public static final String TOKEN_PREFIX = "mamori_";

    private final DataSource dataSource;
    private final PasswordHasher hasher = new PasswordHasher();
    private final SecureRandom random = new SecureRandom();

    public UserStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates a user; the username must be new. */
    public User create(String username, Role role, String platform, String password) {
        String hash = hashFor(role, platform, password);
        return Transactions.inTransaction(dataSource, c -> insert(c, username, role, platform, hash));
    }

    /**
     * Creates a user inside the caller's transaction (with its audit entry). A name already taken
     * is {@link UsernameTaken}.
     */
    public User create(java.sql.Connection c, String username, Role role, String platform, String password) throws SQLException {
        return insert(c, username, role, platform, hashFor(role, platform, password));
    }

    /** The username is taken (also by a disabled user). */
    public static final class UsernameTaken extends RuntimeException {
        public UsernameTaken(String username) {
            super("user '" + username + "' exists");
        }
    }

    private String hashFor(Role role, String platform, String password) {
        if ((role == Role.PARTNER) != (platform != null)) {
            throw new IllegalArgumentException("a platform is required for partners and only for them");
        }
        return hasher.hash(password);
    }

    private static User insert(java.sql.Connection c, String username, Role role, String platform, String hash) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO users (username, role, platform, password_hash) VALUES (?, ?, ?, ?) ON CONFLICT (username) DO NOTHING",
                Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.setString(2, role.wireName());
            s.setString(3, platform);
            s.setString(4, hash);
            if (s.executeUpdate() == 0) {
                throw new UsernameTaken(username);
            }
            try (ResultSet k = s.getGeneratedKeys()) {
                k.next();
                return new User(k.getLong(1), username, role, platform);
            }
        }
    }

    /** Creates the user unless one of that name exists; returns it either way. */
    public User ensure(String username, Role role, String platform, String password) {
        return find(username).orElseGet(() -> create(username, role, platform, password));
    }

    public Optional<User> find(String username) {
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, username, role, platform FROM users WHERE username = ? AND NOT disabled")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(user(r)) : Optional.empty();
                }
            }
        });
    }

    public List<User> list() {
        return Transactions.inTransaction(dataSource, c -> {
            List<User> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, username, role, platform FROM users WHERE NOT disabled ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(user(r));
                }
            }
            return out;
        });
    }

    /** The user when the password is right; empty for an unknown user or a wrong password. */
    public Optional<User> authenticate(String username, String password) {
        record Row(User user, String hash) {
        }
        Optional<Row> row = Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT id, username, role, platform, password_hash FROM users WHERE username = ? AND NOT disabled")) {
                s.setString(1, username);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(new Row(user(r), r.getString(5))) : Optional.empty();
                }
            }
        });
        if (row.isEmpty()) {
            // spend the same time as a real check, so response times do not reveal which names exist
            hasher.verify(password, DUMMY_HASH);
            return Optional.empty();
        }
        return hasher.verify(password, row.get().hash()) ? Optional.of(row.get().user()) : Optional.empty();
    }

    private static final String DUMMY_HASH = new PasswordHasher().hash("not a password anyone has");

    /** Creates an API token for the user and returns it; only its hash is stored, so it is shown once. */
    public String createToken(long userId, String name) {
        return Transactions.inTransaction(dataSource, c -> createToken(c, userId, name));
    }

    /** As above, inside the caller's transaction (with its audit entry). */
    public String createToken(java.sql.Connection c, long userId, String name) throws SQLException {
        byte[] raw = new byte[32];
        random.nextBytes(raw);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO api_tokens (user_id, name, token_hash) VALUES (?, ?, ?)")) {
            s.setLong(1, userId);
            s.setString(2, name);
            s.setBytes(3, sha256(token));
            s.executeUpdate();
        }
        return token;
    }

    /** The user a live (not revoked, not expired) token belongs to. */
    public Optional<User> findByToken(String token) {
        if (!token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return Transactions.inTransaction(dataSource, c -> {
            try (PreparedStatement s = c.prepareStatement(
                    "SELECT u.id, u.username, u.role, u.platform FROM api_tokens t JOIN users u ON u.id = t.user_id "
                            + "WHERE t.token_hash = ? AND t.revoked_at IS NULL AND (t.expires_at IS NULL OR t.expires_at > now()) "
                            + "AND NOT u.disabled")) {
                s.setBytes(1, sha256(token));
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(user(r)) : Optional.empty();
                }
            }
        });
    }

    private static User user(ResultSet r) throws SQLException {
        String name = r.getString(3);
        Role role = Role.fromWireName(name).orElseThrow(() -> new StoreException("unknown role in users table: " + name));
        return new User(r.getLong(1), r.getString(2), role, r.getString(4));
    }

    static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

}
