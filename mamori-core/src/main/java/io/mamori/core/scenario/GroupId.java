package io.mamori.core.scenario;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The id of a crowd event or campaign, {@code kind-n} ({@code quake-1}, {@code amplifier-2}): the
 * {@code group} column of {@code truth.csv}.
 */
public record GroupId(String value) implements Comparable<GroupId> {
    private static final Pattern FORM = Pattern.compile("[a-z]+-[1-9][0-9]*");

    public GroupId {
        Objects.requireNonNull(value, "value");
        if (!FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("group id must look like kind-1: '" + value + "'");
        }
    }

    static GroupId of(String kind, int number) {
        return new GroupId(kind + "-" + number);
    }

    /** The kind part, before the dash ({@code quake}). */
    public String kind() {
        return value.substring(0, value.indexOf('-'));
    }

    /** The number part, after the dash. */
    public int number() {
        return Integer.parseInt(value.substring(value.indexOf('-') + 1));
    }

    /** By kind, then by number (so {@code amplifier-2} comes before {@code amplifier-10}). */
    @Override
    public int compareTo(GroupId other) {
        int byKind = kind().compareTo(other.kind());
        return byKind != 0 ? byKind : Integer.compare(number(), other.number());
    }

    @Override
    public String toString() {
        return value;
    }
}
