package io.mamori.io.input;

/**
 * Why one input record was not read.
 *
 * @param source  the file (or stream name) the record came from
 * @param line    1-based line where the record starts; 0 when the input has no lines
 * @param field   the field at fault ({@code "(record)"} when the record as a whole is malformed)
 * @param message what is wrong, including the offending value where it helps
 */
public record RecordProblem(String source, long line, String field, String message) {
    @Override
    public String toString() {
        return source + ":" + line + ": field '" + field + "': " + message;
    }
}
