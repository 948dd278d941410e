package io.mamori.io.input;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** Parses the timestamp forms inputs use, exactly (no detour through a double). */
final class Timestamps {
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

    private Timestamps() {
    }

    /**
     * Seconds since the epoch as the toolkit writes them ({@code 1606451170.518101}, {@code 60},
     * {@code 1.6e9}), or an ISO-8601 instant with offset ({@code 2025-07-20T12:00:00.5Z}).
     * Sub-nanosecond digits are rounded half-even.
     *
     * @throws IllegalArgumentException with a message naming the value when it is neither
     */
    static Instant parseSecondsOrIso(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        char c0 = s.charAt(0);
        if ((c0 >= '0' && c0 <= '9') || c0 == '-' || c0 == '+' || c0 == '.') {
            if (s.length() >= 10 && s.charAt(4) == '-' && Character.isDigit(c0)) {
                return parseIso(s, raw);
            }
            return parseSeconds(s, raw);
        }
        return parseIso(s, raw);
    }

    /** ISO-8601 instant with an offset, e.g. X's {@code created_at}. */
    static Instant parseIso(String s, String raw) {
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a timestamp (seconds since the epoch or ISO-8601 with offset): '" + raw + "'");
        }
    }

    private static Instant parseSeconds(String s, String raw) {
        // Fast path for plain integers, the common case in large dumps.
        int n = s.length();
        if (n <= 18) {
            boolean digits = true;
            int start = s.charAt(0) == '-' || s.charAt(0) == '+' ? 1 : 0;
            for (int i = start; i < n; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    digits = false;
                    break;
                }
            }
            if (digits && n > start) {
                return Instant.ofEpochSecond(Long.parseLong(s));
            }
        }
        BigDecimal value;
        try {
            if (!looksNumeric(s)) {
                throw new NumberFormatException();
            }
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number of seconds: '" + raw + "'");
        }
        BigDecimal nanosTotal = value.multiply(BILLION).setScale(0, RoundingMode.HALF_EVEN);
        BigDecimal[] qr = nanosTotal.divideAndRemainder(BILLION);
        BigDecimal secs = qr[0];
        BigDecimal nanos = qr[1];
        if (nanos.signum() < 0) {
            secs = secs.subtract(BigDecimal.ONE);
            nanos = nanos.add(BILLION);
        }
        try {
            return Instant.ofEpochSecond(secs.longValueExact(), nanos.longValueExact());
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw new IllegalArgumentException("timestamp out of range: '" + raw + "'");
        }
    }

    /** Digits with optional sign, point and exponent; rejects Java-only forms like "1d" or "0x1p3". */
    private static boolean looksNumeric(String s) {
        int i = 0;
        int n = s.length();
        if (s.charAt(i) == '+' || s.charAt(i) == '-') {
            i++;
        }
        int digits = 0;
        while (i < n && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            i++;
            if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
                i++;
            }
            int exp = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                i++;
                exp++;
            }
            if (exp == 0 || exp > 4) {
                return false;
            }
        }
        return i == n;
    }
}
