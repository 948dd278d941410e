package io.mamori.core.scenario;

import java.util.List;
import java.util.SplittableRandom;

/**
 * An article is published and members share it with the site's share button over the next hours
 * (log-normal, median 45 min): the same pre-filled text and link, sometimes with a comment put
 * in front. Immutable.
 */
final class ShareButtonScript implements Script {
    static final long MEDIAN_SHARE_DELAY = 45 * Delays.MINUTE;
    private static final double EDITED_SHARE = 0.15;

    private final long time;
    private final Publisher publisher;
    private final int outletAccount;
    private final String headline;
    private final String shareText;
    private final String url;
    private final int[] members;
    private final long seed;

    ShareButtonScript(long time, Publisher publisher, int outletAccount, String headline, String shareText, String url,
                      int[] members, long seed) {
        this.time = time;
        this.publisher = publisher;
        this.outletAccount = outletAccount;
        this.headline = headline;
        this.shareText = shareText;
        this.url = url;
        this.members = members.clone();
        this.seed = seed;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        List<String> urls = List.of(url);
        String shared = Script.withLinks(shareText, urls);
        return (from, to) -> {
            if (!Script.within(time, from, to)) {
                return;
            }
            stage.schedule(new Action.Publish(outletAccount, time, Script.withLinks(headline, urls), urls,
                    new EmittedPost(outletAccount), new NewsWire.Article(publisher, headline, url, time, 5.0)));
            for (int m : members) {
                long t = time + Delays.logNormal(r, MEDIAN_SHARE_DELAY, 1.1, 30 * Delays.SECOND, 12 * Delays.HOUR);
                String text = Draws.chance(r, EDITED_SHARE) ? stage.phrases().quoteComment(r) + " " + shared : shared;
                stage.schedule(new Action.Publish(m, t, text, urls, new EmittedPost(m), null));
            }
        };
    }
}
