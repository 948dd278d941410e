package io.mamori.core.scenario;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.SplittableRandom;

/**
 * The articles published so far, for users who share news. An article's pull fades with a
 * half-life of a few hours and varies by article (most stories are shared little, a few a lot).
 * Belongs to one simulation run; not thread-safe.
 */
final class NewsWire {
    private static final long RETENTION_MILLIS = 36 * 3_600_000L;
    private static final double HALF_LIFE_MILLIS = 4 * 3_600_000.0;

    /** A published article. */
    record Article(Publisher publisher, String headline, String url, long time, double appeal) {
    }

    private final ArrayDeque<Article> recent = new ArrayDeque<>();

    void publish(Article article) {
        recent.addLast(article);
        while (!recent.isEmpty() && recent.peekFirst().time() < article.time() - RETENTION_MILLIS) {
            recent.removeFirst();
        }
    }

    /** An article to share at {@code now}, weighted by appeal and freshness; null when nothing is published yet. */
    Article pick(SplittableRandom r, long now) {
        double total = 0;
        for (Article a : recent) {
            total += weight(a, now);
        }
        if (total <= 0) {
            return null;
        }
        double target = r.nextDouble() * total;
        Article last = null;
        for (Iterator<Article> it = recent.iterator(); it.hasNext(); ) {
            last = it.next();
            target -= weight(last, now);
            if (target < 0) {
                return last;
            }
        }
        return last;
    }

    private static double weight(Article a, long now) {
        return a.appeal() * Math.pow(0.5, (now - a.time()) / HALF_LIFE_MILLIS);
    }
}
