package io.mamori.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

/**
 * Request counts and durations per route and status, and gauges registered by features, written
 * in the Prometheus text exposition format (version 0.0.4) at {@code /metrics}.
 */
public final class HttpMetrics {
    private record Key(String method, String route, int status) {
    }

    private final Map<Key, LongAdder> counts = new ConcurrentHashMap<>();
    private final Map<Key, DoubleAdder> seconds = new ConcurrentHashMap<>();
    private final Map<String, Gauge> gauges = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> counters = new ConcurrentHashMap<>();

    private record Gauge(String help, Supplier<Number> value) {
    }

    void record(String method, String route, int status, double elapsedSeconds) {
        Key k = new Key(method, route, status);
        counts.computeIfAbsent(k, x -> new LongAdder()).increment();
        seconds.computeIfAbsent(k, x -> new DoubleAdder()).add(elapsedSeconds);
    }

    /** A gauge read when scraped, e.g. pool connections in use. */
    public void gauge(String name, String help, Supplier<Number> value) {
        gauges.put(name, new Gauge(help, value));
    }

    /** A counter features increase, e.g. posts stored; created on first use. */
    public void count(String name, long n) {
        counters.computeIfAbsent(name, x -> new LongAdder()).add(n);
    }

    String exposition() {
        StringBuilder sb = new StringBuilder();
        sb.append("# HELP mamori_http_requests_total HTTP requests by route and status.\n");
        sb.append("# TYPE mamori_http_requests_total counter\n");
        Map<String, Long> sortedCounts = new TreeMap<>();
        counts.forEach((k, v) -> sortedCounts.put(labels(k), v.sum()));
        sortedCounts.forEach((l, v) -> sb.append("mamori_http_requests_total").append(l).append(' ').append(v).append('\n'));
        sb.append("# HELP mamori_http_request_seconds_sum Time spent answering, by route and status.\n");
        sb.append("# TYPE mamori_http_request_seconds_sum counter\n");
        Map<String, Double> sortedSeconds = new TreeMap<>();
        seconds.forEach((k, v) -> sortedSeconds.put(labels(k), v.sum()));
        sortedSeconds.forEach((l, v) -> sb.append("mamori_http_request_seconds_sum").append(l).append(' ')
                .append(String.format(Locale.ROOT, "%.6f", v)).append('\n'));
        new TreeMap<>(counters).forEach((name, v) -> sb.append("# TYPE ").append(name).append(" counter\n")
                .append(name).append(' ').append(v.sum()).append('\n'));
        new TreeMap<>(gauges).forEach((name, g) -> sb.append("# HELP ").append(name).append(' ').append(g.help()).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(g.value().get()).append('\n'));
        return sb.toString();
    }

    private static String labels(Key k) {
        return "{method=\"" + k.method() + "\",route=\"" + k.route().replace("\\", "\\\\").replace("\"", "\\\"")
                + "\",status=\"" + k.status() + "\"}";
    }
}
