package io.mamori.store.cases;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Aggregate counts of the takedown requests the office has sent (drafts and withdrawn requests
 * never reached a platform and are not counted): by platform, category and state, and the median
 * time from sending to the platform's decision. Only counts and durations leave this class, never
 * a row, a URL, an account or a username.
 */
public final class TransparencyStore {
    /** Median and count of decided requests, hours from sent to decided. */
    public record Timing(long decided, Double medianHours) {
    }

    public record Report(long sent, Map<String, Long> byPlatform, Map<String, Long> byCategory, Map<String, Long> byState,
                         Timing overall, Map<String, Timing> byPlatformTiming) {
    }

    public Report report(Connection c) throws SQLException {
        long sent;
        try (PreparedStatement s = c.prepareStatement("SELECT count(*) FROM takedown_requests WHERE sent_at IS NOT NULL");
             ResultSet r = s.executeQuery()) {
            r.next();
            sent = r.getLong(1);
        }
        Map<String, Timing> byPlatformTiming = new LinkedHashMap<>();
        Timing overall;
        // percentile_cont(0.5): the median, interpolated between the two middle values when the count is even
        String timing = "SELECT %s count(*), percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM decided_at - sent_at)) / 3600.0 "
                + "FROM takedown_requests WHERE sent_at IS NOT NULL AND decided_at IS NOT NULL %s";
        try (PreparedStatement s = c.prepareStatement(timing.formatted("", "")); ResultSet r = s.executeQuery()) {
            r.next();
            overall = timing(r, 1);
        }
        try (PreparedStatement s = c.prepareStatement(timing.formatted("platform,", "GROUP BY platform ORDER BY platform"));
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                byPlatformTiming.put(r.getString(1), timing(r, 2));
            }
        }
        return new Report(sent, counts(c, "platform"), counts(c, "category"), counts(c, "state"), overall, byPlatformTiming);
    }

    private static Timing timing(ResultSet r, int first) throws SQLException {
        long n = r.getLong(first);
        double median = r.getDouble(first + 1);
        return new Timing(n, r.wasNull() ? null : median);
    }

    private static Map<String, Long> counts(Connection c, String column) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        // column is one of three constants above, never input
        try (PreparedStatement s = c.prepareStatement("SELECT " + column + ", count(*) FROM takedown_requests "
                + "WHERE sent_at IS NOT NULL GROUP BY 1 ORDER BY 1");
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                out.put(r.getString(1), r.getLong(2));
            }
        }
        return out;
    }
}
