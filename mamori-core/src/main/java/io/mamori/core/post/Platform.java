package io.mamori.core.post;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The platform a post or account belongs to ("x", "bluesky", "telegram", ...). Identifiers are only
 * unique within one platform, so every id in Mamori is qualified by its platform.
 *
 * @param name lower-case name, {@code [a-z0-9][a-z0-9._-]*}
 */
public record Platform(String name) implements Comparable<Platform> {
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    /** X (formerly Twitter). */
    public static final Platform X = new Platform("x");
    /** Used for inputs that do not say which platform they come from (the toolkit CSV). */
    public static final Platform UNKNOWN = new Platform("unknown");

    public Platform {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("platform name must match " + NAME + ": '" + name + "'");
        }
    }

    /** Lower-cases and validates a user-supplied platform name. */
    public static Platform of(String name) {
        return new Platform(name.trim().toLowerCase(Locale.ROOT));
    }

    @Override
    public int compareTo(Platform other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
