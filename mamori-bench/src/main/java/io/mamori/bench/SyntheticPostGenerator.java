package io.mamori.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a toolkit-format CSV of synthetic posts for throughput benchmarks — not a scenario for
 * detection quality (that is {@code mamori generate}). The shape is meant to load the sweeps the
 * way a real election week would:
 * <ul>
 *   <li>{@code posts / 10} accounts, activity heavy-tailed (account = Zipf-like draw);</li>
 *   <li>posts spread over 7 days, written in time order;</li>
 *   <li>30 % original posts (Japanese text from a small vocabulary so co-post has exact repeats,
 *       20 % with a URL from 50k pages on 2k domains), 60 % reposts, 10 % replies;</li>
 *   <li>a repost or reply targets one of the last 20k originals, the newest most likely
 *       (P(rank) ~ 1/(rank+1)), so popular posts gather bursts of reposts within minutes.</li>
 * </ul>
 * Usage: {@code java -cp mamori-bench.jar io.mamori.bench.SyntheticPostGenerator POSTS OUT.csv[.gz] [SEED]}
 */
public final class SyntheticPostGenerator {
    private static final String[] WORDS = {"選挙", "投票", "候補者", "年金", "物価", "外交", "地震", "天気", "野球",
        "増税", "反対", "賛成", "拡散希望", "今日", "明日", "東京", "大阪", "政策", "討論", "vote"};
    private static final int RECENT = 20_000;

    private SyntheticPostGenerator() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticPostGenerator POSTS OUT.csv[.gz] [SEED]");
            System.exit(2);
        }
        long posts = Long.parseLong(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        long start = System.nanoTime();
        try (Writer w = open(out)) {
            write(posts, seed, w);
        }
        System.err.printf("wrote %,d posts to %s in %.1f s%n", posts, out, (System.nanoTime() - start) / 1e9);
    }

    private static Writer open(Path out) throws IOException {
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        var stream = Files.newOutputStream(out);
        if (out.toString().endsWith(".gz")) {
            stream = new GZIPOutputStream(stream, 1 << 16);
        }
        return new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 20);
    }

    static void write(long posts, long seed, Writer w) throws IOException {
        SplittableRandom rnd = new SplittableRandom(seed);
        long accounts = Math.max(10, posts / 10);
        double seconds = 7 * 86_400.0;
        long t0 = 1_752_966_000L;
        long[] recent = new long[RECENT];
        int recentCount = 0;
        int recentHead = 0;
        StringBuilder row = new StringBuilder(160);
        w.write("message_id,user_id,username,repost_id,reply_id,message,timestamp,urls\n");
        for (long i = 0; i < posts; i++) {
            long id = 1_000_000_000L + i;
            long account = heavyTail(rnd, accounts);
            double t = t0 + seconds * i / posts + rnd.nextDouble();
            double kind = rnd.nextDouble();
            row.setLength(0);
            row.append(id).append(',').append(account).append(",user").append(account).append(',');
            if (kind < 0.3 || recentCount == 0) {
                row.append(",,");
                appendText(rnd, row);
                row.append(',').append((long) t).append(',');
                if (rnd.nextDouble() < 0.2) {
                    int page = rnd.nextInt(50_000);
                    row.append("https://news").append(page % 2000).append(".example.jp/article/").append(page);
                }
                recent[recentHead] = id;
                recentHead = (recentHead + 1) % RECENT;
                recentCount = Math.min(RECENT, recentCount + 1);
            } else {
                // Newest originals are the most reposted: P(rank) ~ 1/(rank+1) over the recent ring.
                int rank = (int) Math.min(recentCount - 1, heavyTail(rnd, recentCount));
                long target = recent[Math.floorMod(recentHead - 1 - rank, RECENT)];
                if (kind < 0.9) {
                    row.append(target).append(",,RT,");
                } else {
                    row.append(',').append(target).append(',');
                    appendText(rnd, row);
                    row.append(',');
                }
                row.append((long) t).append(',');
            }
            row.append('\n');
            w.append(row);
        }
    }

    /** A draw in [0, n) with P(k) roughly proportional to 1/(k+1) (log-uniform). */
    private static long heavyTail(SplittableRandom rnd, long n) {
        double u = rnd.nextDouble();
        double k = Math.pow(n + 1.0, u) - 1; // log-uniform: a cheap stand-in for Zipf(1)
        return Math.min(n - 1, (long) k);
    }

    private static void appendText(SplittableRandom rnd, StringBuilder row) {
        int words = 2 + rnd.nextInt(4);
        for (int k = 0; k < words; k++) {
            if (k > 0) {
                row.append(' ');
            }
            row.append(WORDS[rnd.nextInt(WORDS.length)]);
        }
    }
}
