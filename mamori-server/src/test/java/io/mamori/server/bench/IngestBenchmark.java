package io.mamori.server.bench;

import io.mamori.core.access.Role;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.io.output.MamoriJsonlWriter;
import io.mamori.server.Json;
import io.mamori.server.MamoriServer;
import io.mamori.server.ServerConfig;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Ingest throughput through the API, end to end: a {@link MamoriServer} on an embedded PostgreSQL
 * in a fresh temporary directory, {@code POSTS} synthetic posts as Mamori JSONL sent as
 * {@code POST /api/v1/posts} requests of {@code BATCH} posts by {@code CLIENTS} client threads
 * with a bearer token, over HTTP on the loopback. Every run starts from an empty database; after
 * the last one the same posts are sent again (all duplicates). Client, server and PostgreSQL share
 * the machine. Durability is PostgreSQL's default (synchronous_commit on, fsync on).
 *
 * <p>The posts have the shape of {@code mamori-bench}'s SyntheticPostGenerator (posts/10
 * accounts, heavy-tailed activity, 7 days in time order, 30 % originals in Japanese with a URL in
 * 20 % of them, 60 % reposts, 10 % replies), generated in memory before timing starts.
 *
 * <p>Usage: {@code bench/run-ingest [POSTS [BATCH [CLIENTS [RUNS]]]]} (defaults 1,000,000, 50,000, 2, 3).
 */
public final class IngestBenchmark {
    private static final String[] WORDS = {"選挙", "投票", "候補者", "年金", "物価", "外交", "地震", "天気", "野球",
        "増税", "反対", "賛成", "拡散希望", "今日", "明日", "東京", "大阪", "政策", "討論", "vote"};
    private static final Instant START = Instant.parse("2026-07-05T00:00:00Z");

    private IngestBenchmark() {
    }

    /**
     * @param jvmCpu      CPU seconds of this JVM (HTTP client and server) during the run
     * @param postgresCpu CPU seconds of the PostgreSQL processes during the run
     */
    record Run(String name, long posts, double seconds, long stored, long duplicates, double jvmCpu, double postgresCpu) {
        double postsPerSecond() {
            return posts / seconds;
        }
    }

    public static void main(String[] args) throws Exception {
        int posts = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int batch = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 3;
        long t0 = System.nanoTime();
        List<byte[]> bodies = generate(posts, batch, 42);
        long bytes = bodies.stream().mapToLong(b -> b.length).sum();
        System.err.printf(Locale.ROOT, "generated %,d posts in %d requests (%,d bytes of Mamori JSONL) in %.1f s%n",
                posts, bodies.size(), bytes, (System.nanoTime() - t0) / 1e9);
        List<Run> results = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            Path dir = Files.createTempDirectory("mamori-ingest-bench");
            try (MamoriServer server = MamoriServer.start(ServerConfig.embedded(dir, 0))) {
                var users = server.context().users();
                var user = users.create("bench", Role.ANALYST, null, "benchmark password 1234");
                String token = users.createToken(user.id(), "bench");
                long postmaster = postmasterPid(dir);
                Run r = ingest("empty database #" + run, server, token, bodies, clients, posts, postmaster);
                results.add(r);
                report(r);
                if (r.stored() != posts) {
                    throw new IllegalStateException("stored " + r.stored() + " of " + posts);
                }
                if (run == runs) {
                    Run again = ingest("re-ingest (all duplicates)", server, token, bodies, clients, posts, postmaster);
                    results.add(again);
                    report(again);
                    if (again.stored() != 0 || again.duplicates() != posts) {
                        throw new IllegalStateException("re-ingest stored " + again.stored());
                    }
                }
            } finally {
                deleteTree(dir);
            }
        }
        double[] fresh = results.stream().filter(r -> r.name().startsWith("empty")).mapToDouble(Run::postsPerSecond).sorted().toArray();
        System.out.printf(Locale.ROOT, "median into an empty database: %,.0f posts/s over %d runs (%,d posts, %,d per request, %d clients)%n",
                fresh[fresh.length / 2], fresh.length, posts, batch, clients);
        results.stream().filter(r -> r.name().startsWith("re-ingest"))
                .forEach(r -> System.out.printf(Locale.ROOT, "re-ingest: %,.0f posts/s%n", r.postsPerSecond()));
    }

    private static void report(Run r) {
        System.out.printf(Locale.ROOT, "%-28s %,d posts in %.2f s = %,.0f posts/s (stored %,d, duplicates %,d); "
                        + "CPU s: JVM %.1f + PostgreSQL %.1f; load average %.2f%n",
                r.name(), r.posts(), r.seconds(), r.postsPerSecond(), r.stored(), r.duplicates(), r.jvmCpu(), r.postgresCpu(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static Run ingest(String name, MamoriServer server, String token, List<byte[]> bodies, int clients, long posts,
                              long postmaster) throws Exception {
        double jvm0 = jvmCpu();
        double pg0 = treeCpu(postmaster);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(server.baseUrl() + "/api/v1/posts");
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        long stored = 0;
        long duplicates = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<long[]>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    long[] counts = new long[2];
                    for (int i; (i = next.getAndIncrement()) < bodies.size(); ) {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri)
                                .header("Authorization", "Bearer " + token)
                                .header("Content-Type", "application/x-ndjson")
                                .POST(HttpRequest.BodyPublishers.ofByteArray(bodies.get(i))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (r.statusCode() != 200 && r.statusCode() != 201) {
                            throw new IllegalStateException("request " + i + ": " + r.statusCode() + " " + r.body());
                        }
                        var json = Json.MAPPER.readTree(r.body());
                        counts[0] += json.get("stored").asLong();
                        counts[1] += json.get("duplicates").asLong();
                    }
                    return counts;
                }));
            }
            for (Future<long[]> f : futures) {
                long[] counts = f.get();
                stored += counts[0];
                duplicates += counts[1];
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Run(name, posts, seconds, stored, duplicates, jvmCpu() - jvm0, treeCpu(postmaster) - pg0);
    }

    /** Mamori JSONL request bodies of {@code batch} posts each, seeded. */
    static List<byte[]> generate(int posts, int batch, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        int accounts = Math.max(1, posts / 10);
        String[] originals = new String[20_000];
        int originalCount = 0;
        long span = 7L * 86_400_000_000L; // microseconds in 7 days
        List<byte[]> bodies = new ArrayList<>();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream(batch * 320);
        MamoriJsonlWriter writer = new MamoriJsonlWriter(buffer);
        for (int i = 0; i < posts; i++) {
            String id = Long.toString(1_940_000_000_000_000_000L + i);
            // heavy-tailed activity: a few accounts post a lot
            int account = (int) Math.min(accounts - 1, (long) (accounts * Math.pow(random.nextDouble(), 3)));
            Instant at = START.plusNanos(1000L * (span * i / posts));
            double kind = random.nextDouble();
            PostId repostOf = null;
            PostId replyTo = null;
            String text;
            List<String> urls = List.of();
            List<String> hashtags = List.of();
            if (kind < 0.3 || originalCount == 0) {
                StringBuilder sb = new StringBuilder();
                int words = 2 + random.nextInt(4);
                for (int w = 0; w < words; w++) {
                    sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                if (random.nextDouble() < 0.2) {
                    String url = "https://d" + random.nextInt(2_000) + ".example/p/" + random.nextInt(50_000);
                    urls = List.of(url);
                    sb.append(url);
                }
                if (random.nextDouble() < 0.3) {
                    hashtags = List.of(WORDS[random.nextInt(WORDS.length)]);
                    sb.append(" #").append(hashtags.getFirst());
                }
                text = sb.toString().strip();
                originals[originalCount++ % originals.length] = id;
            } else {
                int known = Math.min(originalCount, originals.length);
                int rank = (int) Math.min(known - 1, (long) (1 / (1 - random.nextDouble())) - 1); // newest most likely: P(rank >= k) = 1/(k+1)
                String target = originals[(originalCount - 1 - rank) % originals.length];
                if (kind < 0.9) {
                    repostOf = new PostId(target);
                    text = "RT @user: " + target;
                } else {
                    replyTo = new PostId(target);
                    text = "返信 " + WORDS[random.nextInt(WORDS.length)];
                }
            }
            writer.write(new Post(Platform.X, new PostId(id), new AccountId("u" + account), "user" + account, at, text,
                    "ja", repostOf, replyTo, null, urls, hashtags, List.of()));
            if ((i + 1) % batch == 0 || i == posts - 1) {
                writer.flush();
                bodies.add(buffer.toByteArray());
                buffer.reset();
            }
        }
        writer.close();
        return bodies;
    }

    private static double jvmCpu() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toNanos() / 1e9).orElse(Double.NaN);
    }

    /** The embedded PostgreSQL's postmaster, from its pid file. */
    private static long postmasterPid(Path dataDir) throws IOException {
        return Long.parseLong(Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).getFirst().strip());
    }

    /**
     * CPU seconds (user + system) of a process and its live descendants, plus what it has reaped
     * from exited children (Linux /proc; clock ticks of 1/100 s).
     */
    private static double treeCpu(long root) throws IOException {
        java.util.Map<Long, Long> parent = new java.util.HashMap<>();
        java.util.Map<Long, long[]> ticks = new java.util.HashMap<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path p : procs.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
                String stat;
                try {
                    stat = Files.readString(p.resolve("stat"));
                } catch (IOException gone) {
                    continue;
                }
                // fields after "(comm)": state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based overall
                String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                long pid = Long.parseLong(p.getFileName().toString());
                parent.put(pid, Long.parseLong(f[1]));
                ticks.put(pid, new long[] {Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14])});
            }
        }
        long total = 0;
        for (var e : ticks.entrySet()) {
            long pid = e.getKey();
            boolean inTree = false;
            for (long p = pid; p > 1 && !inTree; p = parent.getOrDefault(p, 0L)) {
                inTree = p == root;
            }
            if (inTree) {
                total += e.getValue()[0] + (pid == root ? e.getValue()[1] : 0);
            }
        }
        return total / 100.0;
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
