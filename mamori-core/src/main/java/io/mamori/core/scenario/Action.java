package io.mamori.core.scenario;

import java.util.List;

/**
 * Something an account does at a time (epoch milliseconds). Planned ahead and carried out in
 * time order; what an organic action turns into (a post, repost, reply or quote, and of what) is
 * decided only when it happens, from what has been posted by then.
 */
sealed interface Action {
    int account();

    long time();

    /** An ordinary user's action, chosen when it happens. */
    record Organic(int account, long time) implements Action {
    }

    /**
     * A scripted post.
     *
     * @param text    the full text, links already shown as t.co addresses
     * @param urls    the expanded links
     * @param handle  filled in when posted, for the actions that refer to this post
     * @param article the news article this post publishes, or null
     */
    record Publish(int account, long time, String text, List<String> urls, EmittedPost handle,
                   NewsWire.Article article) implements Action {
        public Publish {
            urls = List.copyOf(urls);
        }
    }

    /** A scripted repost; dropped if the target was never posted or the account already reposted it. */
    record Repost(int account, long time, PostRef target) implements Action {
    }

    /** A scripted reply; {@code text} is without the leading @mention, which is added when replying. */
    record Reply(int account, long time, PostRef target, String text) implements Action {
    }
}
