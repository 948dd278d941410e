package io.mamori.io.input;

/** What to do with a record that cannot be read. */
public enum OnError {
    /** Stop at the first bad record with an {@link InputException} naming file, line and field. */
    FAIL,
    /** Report the record, count it as skipped and go on with the next one. */
    SKIP
}
