package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The news outlets' accounts post their headlines with links through the day, in the Japanese
 * daily rhythm. Their posts feed the news wire that ordinary users share from, and are popular
 * repost targets (millions of followers). Immutable.
 */
final class NewsDesks implements Script {
    private final int[] accounts;
    private final double postsPerDay;
    private final long seed;

    /** @param accounts the account of each {@link Publisher}, by ordinal */
    NewsDesks(int[] accounts, double postsPerDay, long seed) {
        this.accounts = accounts.clone();
        this.postsPerDay = postsPerDay;
        this.seed = seed;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        Rhythm rhythm = Rhythm.Chronotype.TYPICAL;
        double mean = rhythm.weeklyMean();
        return (from, to) -> {
            double hourly = postsPerDay / 24 * rhythm.weight(from + Delays.HOUR / 2) / mean;
            for (Publisher p : Publisher.values()) {
                int n = Draws.poisson(r, hourly);
                for (int i = 0; i < n; i++) {
                    long t = from + Draws.below(r, (int) (to - from));
                    String url = p.articleUrl(t, r);
                    String headline = stage.phrases().headline(r);
                    int account = accounts[p.ordinal()];
                    stage.schedule(new Action.Publish(account, t, Script.withLinks(headline, List.of(url)), List.of(url),
                            new EmittedPost(account), new NewsWire.Article(p, headline, url, t, Draws.logNormal(r, 1, 1))));
                }
            }
        };
    }
}
