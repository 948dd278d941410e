package io.mamori.core.coordination;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The kinds of co-activity Mamori builds networks for. Two posts "match" when they share the key
 * below and lie within the time window of each other. The first five reproduce the coordination
 * network toolkit (its name in brackets); {@link #CO_LINK_DOMAIN}, {@link #CO_SIMILAR} and
 * {@link #CO_HASHTAG} are Mamori's own.
 */
public enum CoActivityType {
    /** Reposts of the same post (toolkit {@code co_retweet}). Every repost takes part. */
    CO_REPOST("co-repost", "co_retweet"),
    /** Same normalised text ({@link io.mamori.core.text.ToolkitText}); reposts excluded (toolkit {@code co_tweet}). */
    CO_POST("co-post", "co_tweet"),
    /** Same URL as written; reposts excluded (toolkit {@code co_link}). */
    CO_LINK("co-link", "co_link"),
    /** Replies to the same post; reposts excluded (toolkit {@code co_reply}). */
    CO_REPLY("co-reply", "co_reply"),
    /** Any two posts, whatever they are (toolkit {@code co_post}). */
    CO_ANY("co-any", "co_post"),
    /** Same registered domain of the normalised URL; reposts excluded. Not in the toolkit. */
    CO_LINK_DOMAIN("co-link-domain", null),
    /**
     * Near-duplicate texts, pairwise: the Jaccard similarity of the two texts' sets reaches the
     * threshold ({@link CoSimilarNetworkBuilder}: character bigrams of
     * {@link io.mamori.core.similarity.SimilarityText} by MinHash/LSH by default, or the toolkit's
     * {@code co_similar_tweet} word sets); reposts excluded. There is no shared key: the multiplex
     * sweeps of {@code analyze} use near-duplicate clusters instead
     * ({@link io.mamori.core.similarity.NearDuplicateClusters}).
     */
    CO_SIMILAR("co-similar", null),
    /**
     * Same hashtag, compared after NFKC and case folding ({@code #参院選２０２５} = {@code #参院選2025},
     * {@code #Vote} = {@code #vote}); reposts excluded. A hashtag is a public channel rather than
     * content: co-using one matters only when it is unusual for that moment. Not in the toolkit.
     */
    CO_HASHTAG("co-hashtag", null);

    private final String cliName;
    private final String toolkitName;

    CoActivityType(String cliName, String toolkitName) {
        this.cliName = cliName;
        this.toolkitName = toolkitName;
    }

    /** The name used on the command line and in the {@code edge_type} column. */
    public String cliName() {
        return cliName;
    }

    /** The toolkit's name for the same network, or null when the toolkit has none. */
    public String toolkitName() {
        return toolkitName;
    }

    /**
     * Whether this type is a channel rather than content: a web site ({@link #CO_LINK_DOMAIN}) or a
     * hashtag ({@link #CO_HASHTAG}) is a place many people post to, not a piece of content they
     * share. Scoring treats them apart ({@code docs/scoring.md}).
     */
    public boolean isChannel() {
        return this == CO_LINK_DOMAIN || this == CO_HASHTAG;
    }

    /** Parses a command-line name such as {@code co-repost}. */
    public static CoActivityType fromCliName(String name) {
        for (CoActivityType t : values()) {
            if (t.cliName.equals(name)) {
                return t;
            }
        }
        throw new IllegalArgumentException("unknown network type '" + name + "'; expected one of "
                + Arrays.stream(values()).map(CoActivityType::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
