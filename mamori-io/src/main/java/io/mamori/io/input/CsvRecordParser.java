package io.mamori.io.input;

import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Splits CSV into records the way the toolkit's Python reads it: {@code open(path)} (universal
 * newlines: CR and CRLF become LF, inside quotes too) then {@code csv.reader} with the default
 * "excel" dialect in non-strict mode — comma, double quote, {@code ""} for a quote inside quotes,
 * a quote inside an unquoted field kept as is, text after a closing quote appended. Blank lines
 * are not records. Works on a reused buffer; only the field Strings are allocated.
 */
final class CsvRecordParser {
    private final Reader in;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private long line = 1;
    private long recordLine;
    private String[] fields = new String[16];
    private int fieldCount;
    private boolean unterminatedQuote;
    private final StringBuilder field = new StringBuilder(256);

    CsvRecordParser(Reader in) {
        this.in = in;
    }

    /** Line (1-based) where the last record returned by {@link #next()} started. */
    long recordLine() {
        return recordLine;
    }

    /** True when the last record ended inside an open quote (at end of input). */
    boolean unterminatedQuote() {
        return unterminatedQuote;
    }

    String field(int i) {
        return fields[i];
    }

    /** Reads the next record; returns its number of fields, or -1 at end of input. */
    int next() throws IOException {
        unterminatedQuote = false;
        // Skip blank lines: csv.reader yields [] for them and the toolkit would fail on it.
        while (true) {
            int c = peek();
            if (c < 0) {
                return -1;
            }
            if (c == '\n' || c == '\r') {
                consumeNewline();
                continue;
            }
            break;
        }
        recordLine = line;
        fieldCount = 0;
        while (true) {
            int c = peek();
            if (c == '"') {
                pos++;
                field.setLength(0);
                readQuoted();
                // The rest after a closing quote, which non-strict csv appends.
                c = appendUnquoted();
                addField(field.toString());
            } else {
                // Most fields are unquoted and end inside the buffer: one String straight from the
                // buffer. Char by char through the builder made the whole parse ~20% slower: one
                // non-Latin-1 text leaves the builder UTF-16, so every later field is widened on
                // append and compressed again in toString().
                int start = pos;
                int end = start;
                while (end < limit) {
                    char ch = buf[end];
                    if (ch == ',' || ch == '\n' || ch == '\r') {
                        break;
                    }
                    end++;
                }
                pos = end;
                if (end < limit) {
                    c = buf[end];
                    addField(new String(buf, start, end - start));
                } else {
                    // Runs to the end of the buffer: carry on through the builder across refills.
                    field.setLength(0);
                    field.append(buf, start, end - start);
                    c = appendUnquoted();
                    addField(field.toString());
                }
            }
            if (c == ',') {
                pos++;
                continue;
            }
            if (c == '\n' || c == '\r') {
                consumeNewline();
            }
            return fieldCount;
        }
    }

    /**
     * Appends unquoted characters to {@link #field} up to the next comma or line break; returns
     * that character, or -1 at end of input. Neither is consumed.
     */
    private int appendUnquoted() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0 || c == ',' || c == '\n' || c == '\r') {
                return c;
            }
            field.append((char) c);
            pos++;
        }
    }

    private void readQuoted() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                unterminatedQuote = true;
                return;
            }
            pos++;
            if (c == '"') {
                if (peek() == '"') {
                    pos++;
                    field.append('"');
                    continue;
                }
                return;
            }
            if (c == '\r') {
                if (peek() == '\n') {
                    pos++;
                }
                line++;
                field.append('\n');
                continue;
            }
            if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    private void consumeNewline() throws IOException {
        int c = peek();
        pos++;
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private void addField(String value) {
        if (fieldCount == fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[fieldCount++] = value;
    }

    private int peek() throws IOException {
        if (pos < limit) {
            return buf[pos];
        }
        if (eof) {
            return -1;
        }
        int n = in.read(buf, 0, buf.length);
        while (n == 0) {
            n = in.read(buf, 0, buf.length);
        }
        if (n < 0) {
            eof = true;
            return -1;
        }
        pos = 0;
        limit = n;
        return buf[0];
    }
}
