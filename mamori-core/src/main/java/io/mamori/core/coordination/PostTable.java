package io.mamori.core.coordination;

import io.mamori.core.post.Account;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.primitive.DoubleArrayList;
import io.mamori.core.primitive.IdDictionary;
import io.mamori.core.primitive.IntArrayList;
import io.mamori.core.primitive.LongArrayList;
import io.mamori.core.primitive.StableRadixSort;
import io.mamori.core.primitive.StringDictionary;
import io.mamori.core.similarity.NearDuplicateClusters;
import io.mamori.core.similarity.NearDuplicateParameters;
import io.mamori.core.similarity.SimilarityText;
import io.mamori.core.similarity.ToolkitSimilarity;
import io.mamori.core.similarity.ToolkitWords;
import io.mamori.core.text.ToolkitText;
import io.mamori.core.url.RegisteredDomain;
import io.mamori.core.url.UrlNormalizer;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Posts as dictionary-encoded primitive columns, in time order — the input of every co-activity
 * sweep. Accounts, referenced posts, texts, URLs and domains become dense int ids once, at ingest,
 * so the sweeps compare ints and never touch a String.
 *
 * <p>Post {@code i} is the i-th post by time; posts with equal timestamps keep input order.
 * Columns that no requested network needs are not built (their keys are -1). Immutable once built;
 * safe to share between threads.
 */
public final class PostTable {
    /** Key value meaning "this post has no such key". */
    public static final int NO_KEY = -1;

    private final List<Platform> platforms;
    private final IdDictionary accountIds;
    private final String[] usernames;
    // Account metadata from Builder.addAccount (for the behaviour features, io.mamori.core.signals):
    // creation time in epoch seconds (NaN when unknown), follower and following counts (-1 when unknown).
    private final double[] createdAt;
    private final long[] followers;
    private final long[] following;
    private final double[] time;
    private final int[] account;
    private final int[] repostKey;
    private final int[] replyKey;
    private final int[] textKey;
    private final int[] urlStart;
    private final int[] urlKey;
    private final int[] domainStart;
    private final int[] domainKey;
    private final int[] hashtagStart;
    private final int[] hashtagKey;
    private final int referenceKeyCount;
    private final int textKeyCount;
    private final int urlKeyCount;
    private final int domainKeyCount;
    private final int hashtagKeyCount;
    private final long duplicatePosts;
    private final long[] postNumericId;
    private final StringDictionary postIds;
    // What sharedItem needs of the referenced post ids: when all are plain numbers (X, the toolkit)
    // just their values. The dictionary's hash table is most of its memory (~140 of 160 MiB at 10M
    // posts) and is of no use once the table is built.
    private final long[] referenceNumbers;
    private final IdDictionary references; // null when referenceNumbers holds every reference
    private final StringDictionary texts;
    private final StringDictionary urls;
    private final StringDictionary domains;
    private final StringDictionary hashtags;
    // co-similar: the distinct text of each post (normalised, or the toolkit's word set), and the
    // near-duplicate clusters over those texts, made on first use (only `analyze` uses them)
    private final int[] similarTextOfPost;
    private final StringDictionary similarTexts;
    private final NearDuplicateParameters similarity;
    private final ToolkitSimilarity toolkitSimilarity;
    private final int similarityThreads;
    /** Word segmenters for the clustering threads when the similarity uses word shingles; else null. */
    private final java.util.function.Supplier<? extends io.mamori.core.text.WordSegmenter> segmenters;
    private volatile Clusters similarClusters;
    // Time of the post each reference key names, NaN when that post is not in the table.
    private final double[] referenceTime;
    private volatile int[] accountRank;

    private PostTable(Builder b, int[] order) {
        this.platforms = List.copyOf(b.platforms);
        this.accountIds = b.accountIds;
        this.usernames = b.usernames.toArray(new String[0]);
        int accounts = b.accountIds.size();
        this.createdAt = Arrays.copyOf(b.createdAt.rawArray(), accounts);
        Arrays.fill(this.createdAt, b.createdAt.size(), accounts, Double.NaN);
        this.followers = Arrays.copyOf(b.followers.rawArray(), accounts);
        Arrays.fill(this.followers, b.followers.size(), accounts, -1L);
        this.following = Arrays.copyOf(b.following.rawArray(), accounts);
        Arrays.fill(this.following, b.following.size(), accounts, -1L);
        int n = order.length;
        this.time = permute(b.rawTime, order);
        this.account = permute(b.account.rawArray(), order);
        this.repostKey = permute(b.repostKey.rawArray(), order);
        this.replyKey = permute(b.replyKey.rawArray(), order);
        this.textKey = permute(b.textKey.rawArray(), order);
        // Unbuilt multi-key columns share one read-only "no keys for any post".
        int[][] none = b.wantUrls && b.wantDomains && b.wantHashtags ? null : new int[][] {new int[n + 1], new int[0]};
        int[][] urls = b.wantUrls ? permuteCsr(b.urlStart.rawArray(), b.urlKey.rawArray(), order, n) : none;
        this.urlStart = urls[0];
        this.urlKey = urls[1];
        int[][] domains = b.wantDomains ? permuteCsr(b.domainStart.rawArray(), b.domainKey.rawArray(), order, n) : none;
        this.domainStart = domains[0];
        this.domainKey = domains[1];
        int[][] hashtags = b.wantHashtags ? permuteCsr(b.hashtagStart.rawArray(), b.hashtagKey.rawArray(), order, n) : none;
        this.hashtagStart = hashtags[0];
        this.hashtagKey = hashtags[1];
        this.referenceKeyCount = b.references.size();
        this.textKeyCount = b.texts.size();
        this.urlKeyCount = b.urls.size();
        this.domainKeyCount = b.domains.size();
        this.hashtagKeyCount = b.hashtags.size();
        this.duplicatePosts = b.duplicates;
        this.postNumericId = permute(b.numericPostId.rawArray(), order);
        this.postIds = b.postIds;
        this.referenceTime = referenceTimes(b, order);
        long[] numbers = new long[b.references.size()];
        boolean allNumeric = true;
        for (int id = 0; id < numbers.length && allNumeric; id++) {
            numbers[id] = b.references.numericValue(id);
            allNumeric = numbers[id] >= 0;
        }
        this.referenceNumbers = allNumeric ? numbers : null;
        this.references = allNumeric ? null : b.references;
        this.texts = b.texts;
        this.urls = b.urls;
        this.domains = b.domains;
        this.hashtags = b.hashtags;
        this.similarTexts = b.similarTexts;
        this.similarity = b.similarity;
        this.toolkitSimilarity = b.toolkitSimilarity;
        this.similarityThreads = b.similarityThreads;
        this.segmenters = b.segmenters;
        // Not requested: no column at all (a 40 MB array of NO_KEY at 10M posts otherwise).
        this.similarTextOfPost = b.wantSimilar ? permute(b.similarTextKey.rawArray(), order) : null;
    }

    /** Near-duplicate cluster per distinct text and per post ({@link NearDuplicateClusters}). */
    private record Clusters(int[] clusterOf, int count, int[] keyOfPost) {
    }

    /**
     * Per reference key (the post ids reposts and replies point to), the time of that post when
     * it is in the table, else NaN: one dictionary probe per post, while the builder's dictionary
     * of references still exists. An original is found by its platform and id.
     */
    private static double[] referenceTimes(Builder b, int[] order) {
        double[] out = new double[b.references.size()];
        Arrays.fill(out, Double.NaN);
        long[] ids = b.numericPostId.rawArray();
        int[] platform = b.postPlatform.rawArray();
        for (int i : order) {
            long id = ids[i];
            int key = id >= 0 ? b.references.findNumeric(platform[i], id)
                    : b.references.find(platform[i], b.postIds.get((int) (-id - 2)));
            if (key >= 0) {
                out[key] = b.rawTime[i];
            }
        }
        return out;
    }

    /**
     * Seconds from the original to repost {@code post}, when the original is in the table; NaN
     * for a post that is not a repost or whose original was not collected. Negative only when the
     * data contradict themselves (a repost stamped before its original).
     */
    public double repostDelay(int post) {
        int key = repostKey[post];
        return key == NO_KEY ? Double.NaN : time[post] - referenceTime[key];
    }

    private Clusters clusters() {
        Clusters c = similarClusters;
        if (c == null) {
            synchronized (this) {
                c = similarClusters;
                if (c == null) {
                    c = computeClusters();
                    similarClusters = c;
                }
            }
        }
        return c;
    }

    private Clusters computeClusters() {
        if (similarTextOfPost == null) {
            return new Clusters(new int[0], 0, null);
        }
        NearDuplicateClusters.Result clusters = NearDuplicateClusters.cluster(
                similarTexts.asList(), similarity, similarityThreads, segmenters);
        int[] clusterOf = clusters.clusterOf();
        int[] key = similarTextOfPost.clone();
        for (int i = 0; i < key.length; i++) {
            if (key[i] != NO_KEY) {
                key[i] = clusterOf[key[i]];
            }
        }
        return new Clusters(clusterOf, clusters.clusterCount(), key);
    }

    /** Starts a table that will hold the columns the given network types need. */
    public static Builder builder(Set<CoActivityType> types) {
        return new Builder(types);
    }

    /** Number of posts (duplicates not counted). */
    public int postCount() {
        return time.length;
    }

    /** Number of distinct accounts seen in posts or account records. */
    public int accountCount() {
        return accountIds.size();
    }

    /** Posts dropped because their (platform, id) had been seen before; the first one is kept. */
    public long duplicatePosts() {
        return duplicatePosts;
    }

    /** The id of post {@code i} as the platform writes it. */
    public String postId(int post) {
        long numeric = postNumericId[post];
        return numeric >= 0 ? Long.toString(numeric) : postIds.get((int) (-numeric - 2));
    }

    /**
     * The shared item behind key {@code key} of network {@code type}, in words an analyst can
     * check: the post id reposted or replied to, the normalised text, the URL, the registered
     * domain, the case-folded hashtag with its {@code #}, or for {@link CoActivityType#CO_SIMILAR}
     * the first text of the near-duplicate cluster.
     */
    public String sharedItem(CoActivityType type, int key) {
        return switch (type) {
            case CO_REPOST, CO_REPLY -> reference(key);
            case CO_POST -> texts.get(key);
            case CO_LINK -> urls.get(key);
            case CO_LINK_DOMAIN -> domains.get(key);
            case CO_HASHTAG -> "#" + hashtags.get(key);
            case CO_SIMILAR -> similarRepresentative(key);
            case CO_ANY -> "any post";
        };
    }

    private String reference(int key) {
        if (references != null) {
            return references.get(key);
        }
        if (key < 0 || key >= referenceNumbers.length) {
            // As IdDictionary.get says it.
            throw new IndexOutOfBoundsException("id " + key + " not in [0, " + referenceNumbers.length + ")");
        }
        return Long.toString(referenceNumbers[key]);
    }

    private String similarRepresentative(int cluster) {
        // Cluster ids are dense in order of first text, so the first text of cluster c is the
        // first t with clusterOf[t] == c; a binary search would need monotonicity we lack, and
        // this runs only for the few items a report names.
        int[] clusterOf = clusters().clusterOf();
        for (int t = cluster; t < clusterOf.length; t++) {
            if (clusterOf[t] == cluster) {
                return similarTexts.get(t);
            }
        }
        throw new IllegalArgumentException("no near-duplicate cluster " + cluster);
    }

    /**
     * The near-duplicate cluster of post {@code i} ({@link NearDuplicateClusters}, over the whole
     * input), or {@link #NO_KEY} for a repost, or when {@link CoActivityType#CO_SIMILAR} was not
     * requested. Clusters are dense in {@code 0..similarClusterCount()-1}.
     */
    public int similarCluster(int post) {
        int[] key = clusters().keyOfPost();
        return key == null ? NO_KEY : key[post];
    }

    /** Number of near-duplicate clusters, singletons included; 0 when none were built. */
    public int similarClusterCount() {
        return clusters().count();
    }

    /** Number of distinct normalised texts ({@link SimilarityText}) the clusters were made of. */
    public int similarTextCount() {
        return similarTexts.size();
    }

    /** The normalised text number {@code text}, {@code 0 <= text < similarTextCount()}, in order of first appearance in the input. */
    public String similarText(int text) {
        return similarTexts.get(text);
    }

    /** The cluster of normalised text number {@code text}; the first text of a cluster is its leader. */
    public int similarTextCluster(int text) {
        return clusters().clusterOf()[text];
    }

    /** The account's id as the platform writes it. */
    public String accountId(int accountIndex) {
        return accountIds.get(accountIndex);
    }

    /** The account's platform. */
    public Platform accountPlatform(int accountIndex) {
        return platforms.get(accountIds.namespace(accountIndex));
    }

    /** True when the posts come from more than one platform (ids then need qualifying). */
    public boolean isMultiPlatform() {
        return platforms.size() > 1;
    }

    /** The account's first known username, or null. */
    public String username(int accountIndex) {
        return usernames[accountIndex];
    }

    /**
     * When the account was created, in seconds since the epoch, as the first account record that
     * gave it said ({@link Builder#addAccount}); NaN when no record gave it.
     */
    public double accountCreatedAt(int accountIndex) {
        return createdAt[accountIndex];
    }

    /** The account's followers count from the first account record that gave it, or -1 when unknown. */
    public long accountFollowers(int accountIndex) {
        return followers[accountIndex];
    }

    /** The account's following count from the first account record that gave it, or -1 when unknown. */
    public long accountFollowing(int accountIndex) {
        return following[accountIndex];
    }

    /** True when post {@code i} is a repost (retweet) of another post. */
    public boolean isRepost(int post) {
        return repostKey[post] != NO_KEY;
    }

    /** True when post {@code i} is a reply to another post. */
    public boolean isReply(int post) {
        return replyKey[post] != NO_KEY;
    }

    /** Seconds since the epoch of post {@code i}, as a double (the toolkit's unit). */
    public double time(int post) {
        return time[post];
    }

    /** Account index of post {@code i}. */
    public int account(int post) {
        return account[post];
    }

    /**
     * Position of each account in the output order: by platform, then id, where ids that are plain
     * decimal numbers (up to 2^63) come first in numeric order and other ids follow in string
     * order. Computed once.
     */
    public int[] accountRank() {
        int[] rank = accountRank;
        if (rank == null) {
            rank = computeAccountRank();
            accountRank = rank;
        }
        return rank;
    }

    private int[] computeAccountRank() {
        int k = accountIds.size();
        int[] rank = new int[k];
        Integer[] platformOrder = new Integer[platforms.size()];
        for (int i = 0; i < platformOrder.length; i++) {
            platformOrder[i] = i;
        }
        Arrays.sort(platformOrder, (a, b) -> platforms.get(a).compareTo(platforms.get(b)));
        int next = 0;
        for (int ns : platformOrder) {
            // Numeric ids by one radix sort (most accounts on X); the rest with a comparator.
            IntArrayList numeric = new IntArrayList();
            List<Integer> other = new ArrayList<>();
            for (int a = 0; a < k; a++) {
                if (accountIds.namespace(a) != ns) {
                    continue;
                }
                if (accountIds.numericValue(a) >= 0) {
                    numeric.add(a);
                } else {
                    other.add(a);
                }
            }
            long[] values = new long[numeric.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = accountIds.numericValue(numeric.get(i));
            }
            for (int i : StableRadixSort.orderOf(values, values.length)) {
                rank[numeric.get(i)] = next++;
            }
            other.sort(accountIds::compareAsStrings);
            for (int a : other) {
                rank[a] = next++;
            }
        }
        return rank;
    }

    // Package-private column access for the sweeps.
    int[] repostKeys() {
        return repostKey;
    }

    int[] replyKeys() {
        return replyKey;
    }

    int[] textKeys() {
        return textKey;
    }

    /**
     * Near-duplicate cluster of each post (the multiplex sweeps of {@code analyze} use them);
     * null when {@link CoActivityType#CO_SIMILAR} was not requested. Clustered on first call.
     */
    int[] similarKeys() {
        return clusters().keyOfPost();
    }

    int similarKeyCount() {
        return clusters().count();
    }

    /**
     * The distinct co-similar text of each post, an index into {@link #similarTexts()}, or
     * {@link #NO_KEY} for a repost; null when {@link CoActivityType#CO_SIMILAR} was not requested.
     */
    int[] similarTextOfPost() {
        return similarTextOfPost;
    }

    /** The distinct co-similar texts: normalised ({@link SimilarityText}), or toolkit word sets. */
    java.util.List<String> similarTexts() {
        return similarTexts.asList();
    }

    NearDuplicateParameters similarity() {
        return similarity;
    }

    /** The word segmenters given with the similarity parameters, or null. */
    java.util.function.Supplier<? extends io.mamori.core.text.WordSegmenter> segmenters() {
        return segmenters;
    }

    /**
     * Number of distinct URLs of post {@code post} as written (0 for a repost, and for every post
     * when the table was built without {@link CoActivityType#CO_LINK}). For the link signals
     * ({@code io.mamori.core.signals}), which read the members' URLs once per report.
     */
    public int urlCount(int post) {
        return urlStart[post + 1] - urlStart[post];
    }

    /** URL {@code i} in [0, {@link #urlCount(int)}) of post {@code post}, as written (a new String each call). */
    public String url(int post, int i) {
        if (i < 0 || i >= urlCount(post)) {
            throw new IndexOutOfBoundsException("url " + i + " not in [0, " + urlCount(post) + ")");
        }
        return urls.get(urlKey[urlStart[post] + i]);
    }

    /** The toolkit's similarity when the table holds toolkit word sets, else null. */
    ToolkitSimilarity toolkitSimilarity() {
        return toolkitSimilarity;
    }

    /** How {@link CoActivityType#CO_SIMILAR} compares texts in this table by default. */
    CoSimilarMethod similarityMethod() {
        return toolkitSimilarity != null ? CoSimilarMethod.TOOLKIT : CoSimilarMethod.MINHASH;
    }

    int[] urlStarts() {
        return urlStart;
    }

    int[] urlKeys() {
        return urlKey;
    }

    int[] domainStarts() {
        return domainStart;
    }

    int[] domainKeys() {
        return domainKey;
    }

    int[] hashtagStarts() {
        return hashtagStart;
    }

    int[] hashtagKeys() {
        return hashtagKey;
    }

    int hashtagKeyCount() {
        return hashtagKeyCount;
    }

    double[] times() {
        return time;
    }

    int[] accounts() {
        return account;
    }

    int referenceKeyCount() {
        return referenceKeyCount;
    }

    int textKeyCount() {
        return textKeyCount;
    }

    int urlKeyCount() {
        return urlKeyCount;
    }

    int domainKeyCount() {
        return domainKeyCount;
    }

    private static double[] permute(double[] raw, int[] order) {
        double[] out = new double[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = raw[order[i]];
        }
        return out;
    }

    private static long[] permute(long[] raw, int[] order) {
        long[] out = new long[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = raw[order[i]];
        }
        return out;
    }

    private static int[] permute(int[] raw, int[] order) {
        int[] out = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            out[i] = raw[order[i]];
        }
        return out;
    }

    private static int[][] permuteCsr(int[] start, int[] values, int[] order, int n) {
        int[] newStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            int p = order[i];
            newStart[i + 1] = newStart[i] + (start[p + 1] - start[p]);
        }
        int[] newValues = new int[newStart[n]];
        for (int i = 0; i < n; i++) {
            int p = order[i];
            System.arraycopy(values, start[p], newValues, newStart[i], start[p + 1] - start[p]);
        }
        return new int[][] {newStart, newValues};
    }

    /**
     * Converts an instant to seconds as a double, correctly rounded from the exact decimal value,
     * so "1606451170.518101" gives the same double here as Python's {@code float()} in the toolkit.
     */
    static double epochSeconds(Instant t) {
        if (t.getNano() == 0) {
            return t.getEpochSecond();
        }
        return BigDecimal.valueOf(t.getEpochSecond()).add(BigDecimal.valueOf(t.getNano(), 9)).doubleValue();
    }

    /** Accumulates posts in input order; {@link #build()} sorts them by time. Not thread-safe. */
    public static final class Builder {
        private final boolean wantText;
        private final boolean wantUrls;
        private final boolean wantDomains;
        private final boolean wantHashtags;
        private final boolean wantSimilar;
        private NearDuplicateParameters similarity = NearDuplicateParameters.defaults();
        private ToolkitSimilarity toolkitSimilarity;
        private int similarityThreads = 1;
        private java.util.function.Supplier<? extends io.mamori.core.text.WordSegmenter> segmenters;
        private final StringDictionary similarTexts = new StringDictionary();
        private final IntArrayList similarTextKey = new IntArrayList();
        private final List<Platform> platforms = new ArrayList<>();
        private final Map<Platform, Integer> platformIndex = new HashMap<>();
        private final StringDictionary postIds = new StringDictionary();
        private final IdDictionary accountIds = new IdDictionary();
        private final List<String> usernames = new ArrayList<>();
        // Account metadata by account index, only as long as the last account with a record.
        private final DoubleArrayList createdAt = new DoubleArrayList();
        private final LongArrayList followers = new LongArrayList();
        private final LongArrayList following = new LongArrayList();
        private final IdDictionary references = new IdDictionary();
        private final StringDictionary texts = new StringDictionary();
        private final StringDictionary urls = new StringDictionary();
        private final StringDictionary domains = new StringDictionary();
        private final StringDictionary domainUrls = new StringDictionary();
        private final StringDictionary hashtags = new StringDictionary();
        private final IntArrayList domainOfUrl = new IntArrayList();
        private final DoubleArrayList time = new DoubleArrayList();
        private double[] rawTime;
        private final IntArrayList account = new IntArrayList();
        private final IntArrayList repostKey = new IntArrayList();
        private final IntArrayList replyKey = new IntArrayList();
        private final IntArrayList textKey = new IntArrayList();
        private final IntArrayList urlStart = new IntArrayList();
        private final IntArrayList urlKey = new IntArrayList();
        private final IntArrayList domainStart = new IntArrayList();
        private final IntArrayList domainKey = new IntArrayList();
        private final IntArrayList hashtagStart = new IntArrayList();
        private final IntArrayList hashtagKey = new IntArrayList();
        private final LongArrayList numericPostId = new LongArrayList();
        private final IntArrayList postPlatform = new IntArrayList();
        private final StringBuilder scratch = new StringBuilder(256);
        private long duplicates;
        private boolean built;

        private Builder(Set<CoActivityType> types) {
            Set<CoActivityType> t = types.isEmpty() ? EnumSet.noneOf(CoActivityType.class) : EnumSet.copyOf(types);
            wantText = t.contains(CoActivityType.CO_POST);
            wantUrls = t.contains(CoActivityType.CO_LINK);
            wantDomains = t.contains(CoActivityType.CO_LINK_DOMAIN);
            wantHashtags = t.contains(CoActivityType.CO_HASHTAG);
            wantSimilar = t.contains(CoActivityType.CO_SIMILAR);
            urlStart.add(0);
            domainStart.add(0);
            hashtagStart.add(0);
        }

        /**
         * Adds a post. When a post with the same platform and id was added before, the first
         * occurrence wins, as in the toolkit's {@code insert or ignore}; the later one is dropped at
         * {@link #build()} and counted in {@link PostTable#duplicatePosts()}.
         */
        public void add(Post post) {
            if (built) {
                throw new IllegalStateException("table already built");
            }
            int ns = platform(post.platform());
            String id = post.id().value();
            long numeric = IdDictionary.parseNumeric(id);
            if (numeric < 0) {
                // Non-numeric ids are rare at scale: deduplicate them at once, by dictionary.
                int before = postIds.size();
                int key = postIds.intern(ns, id);
                if (postIds.size() == before) {
                    duplicates++;
                    return;
                }
                // Encoded below -1 so the numeric dedupe at build() never sees it as an id.
                numeric = -2L - key;
            }
            // Numeric ids (X, the toolkit) are deduplicated at build() by one radix sort: far
            // cheaper than a 10M-entry hash set that keeps growing.
            numericPostId.add(numeric);
            postPlatform.add(ns);
            int acct = accountIds.intern(ns, post.accountId().value());
            if (acct == usernames.size()) {
                usernames.add(post.username());
            } else if (usernames.get(acct) == null && post.username() != null) {
                usernames.set(acct, post.username());
            }
            account.add(acct);
            time.add(epochSeconds(post.timestamp()));
            boolean repost = post.repostOf() != null;
            repostKey.add(repost ? references.intern(ns, post.repostOf().value()) : NO_KEY);
            replyKey.add(post.replyTo() != null ? references.intern(ns, post.replyTo().value()) : NO_KEY);
            if (wantText && !repost) {
                scratch.setLength(0);
                ToolkitText.appendNormalised(post.text(), scratch);
                textKey.add(texts.intern(ns, scratch));
            } else {
                textKey.add(NO_KEY);
            }
            if (wantSimilar) {
                if (repost) {
                    similarTextKey.add(NO_KEY);
                } else if (toolkitSimilarity != null) {
                    similarTextKey.add(similarTexts.intern(0, ToolkitWords.tokenSet(post.text())));
                } else {
                    scratch.setLength(0);
                    SimilarityText.appendNormalised(post.text(), scratch, similarity.normalisation());
                    similarTextKey.add(similarTexts.intern(0, scratch));
                }
            }
            if (wantUrls) {
                if (!repost) {
                    int from = urlKey.size();
                    for (String url : post.urls()) {
                        if (!url.isEmpty()) {
                            addDistinct(urlKey, from, urls.intern(ns, url));
                        }
                    }
                }
                urlStart.add(urlKey.size());
            }
            if (wantDomains) {
                if (!repost) {
                    int from = domainKey.size();
                    for (String url : post.urls()) {
                        int domain = domainOf(url);
                        if (domain != NO_KEY) {
                            addDistinct(domainKey, from, domain);
                        }
                    }
                }
                domainStart.add(domainKey.size());
            }
            if (wantHashtags) {
                if (!repost) {
                    int from = hashtagKey.size();
                    for (String tag : post.hashtags()) {
                        if (!tag.isEmpty()) {
                            // NFKC then case folding: full-width digits and letters, and #Vote / #vote, are one
                            // tag. Both return the same string, allocating nothing, when it is already folded.
                            String folded = Normalizer.isNormalized(tag, Normalizer.Form.NFKC)
                                    ? tag : Normalizer.normalize(tag, Normalizer.Form.NFKC);
                            addDistinct(hashtagKey, from, hashtags.intern(0, folded.toLowerCase(Locale.ROOT)));
                        }
                    }
                }
                hashtagStart.add(hashtagKey.size());
            }
        }

        /**
         * The registered-domain key of a URL, memoised per distinct URL: normalising and looking up
         * the Public Suffix List costs microseconds, and popular links repeat millions of times.
         */
        private int domainOf(String url) {
            int u = domainUrls.intern(0, url);
            if (u == domainOfUrl.size()) {
                UrlNormalizer.NormalizedUrl normalized = UrlNormalizer.normalise(url);
                domainOfUrl.add(normalized == null || normalized.host().isEmpty() ? NO_KEY
                        : domains.intern(0, RegisteredDomain.of(normalized.host())));
            }
            return domainOfUrl.get(u);
        }

        /**
         * Records what an input says about an account: its username, creation time, followers and
         * following counts. For each field the first record that gives it wins.
         */
        public void addAccount(Account a) {
            int ns = platform(a.platform());
            int acct = accountIds.intern(ns, a.id().value());
            if (acct == usernames.size()) {
                usernames.add(a.username());
            } else if (usernames.get(acct) == null && a.username() != null) {
                usernames.set(acct, a.username());
            }
            while (createdAt.size() <= acct) {
                createdAt.add(Double.NaN);
                followers.add(-1L);
                following.add(-1L);
            }
            if (a.createdAt() != null && Double.isNaN(createdAt.get(acct))) {
                createdAt.rawArray()[acct] = epochSeconds(a.createdAt());
            }
            if (a.followers() != null && followers.get(acct) < 0) {
                followers.rawArray()[acct] = a.followers();
            }
            if (a.following() != null && following.get(acct) < 0) {
                following.rawArray()[acct] = a.following();
            }
        }

        /**
         * Sets how near-duplicate texts are found for {@link CoActivityType#CO_SIMILAR}, and on
         * how many threads the near-duplicate clusters are computed (on first use, for
         * {@code analyze}); the pairwise network takes its threads from its caller.
         */
        public Builder similarity(NearDuplicateParameters parameters, int threads) {
            return similarity(parameters, threads, null);
        }

        /**
         * As {@link #similarity(NearDuplicateParameters, int)}, with {@code segmenters} giving each
         * clustering thread its own word segmenter when {@code parameters} ask for word shingles
         * (null otherwise). Set it before adding posts: texts are normalised as they are added.
         */
        public Builder similarity(NearDuplicateParameters parameters, int threads,
                                  java.util.function.Supplier<? extends io.mamori.core.text.WordSegmenter> segmenters) {
            this.segmenters = segmenters;
            this.similarity = java.util.Objects.requireNonNull(parameters);
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1, was " + threads);
            }
            this.similarityThreads = threads;
            return this;
        }

        /**
         * Makes {@link CoActivityType#CO_SIMILAR} compare texts as the coordination-network
         * toolkit's {@code co_similar_tweet} does (word sets, {@link ToolkitWords}) instead of by
         * MinHash over character shingles. Set before the first post is added.
         */
        public Builder toolkitSimilarity(ToolkitSimilarity parameters) {
            if (size() > 0) {
                throw new IllegalStateException("set the similarity before adding posts");
            }
            this.toolkitSimilarity = java.util.Objects.requireNonNull(parameters);
            return this;
        }

        /** Number of posts added so far (numeric-id duplicates are only found by {@link #build()}). */
        public int size() {
            return account.size();
        }

        /** Sorts the posts by time and freezes the table; the builder cannot be used afterwards. */
        public PostTable build() {
            built = true;
            rawTime = time.toArray();
            boolean[] dropped = duplicateNumericIds();
            int[] order = StableRadixSort.orderOf(rawTime);
            if (dropped != null) {
                int kept = 0;
                for (int i = 0; i < order.length; i++) {
                    if (!dropped[order[i]]) {
                        order[kept++] = order[i];
                    }
                }
                order = Arrays.copyOf(order, kept);
            }
            return new PostTable(this, order);
        }

        /** Marks every numeric-id post whose (platform, id) appeared earlier; null when none did. */
        private boolean[] duplicateNumericIds() {
            int n = numericPostId.size();
            long[] ids = numericPostId.rawArray();
            int[] byId = StableRadixSort.orderOf(ids, n);
            boolean[] dropped = null;
            int i = 0;
            while (i < n) {
                int j = i + 1;
                while (j < n && ids[byId[j]] == ids[byId[i]]) {
                    j++;
                }
                if (j - i > 1 && ids[byId[i]] >= 0) {
                    // A run of equal ids, in input order: keep the first per platform.
                    for (int a = i + 1; a < j; a++) {
                        for (int b = i; b < a; b++) {
                            boolean earlierKept = dropped == null || !dropped[byId[b]];
                            if (earlierKept && postPlatform.get(byId[b]) == postPlatform.get(byId[a])) {
                                if (dropped == null) {
                                    dropped = new boolean[n];
                                }
                                dropped[byId[a]] = true;
                                duplicates++;
                                break;
                            }
                        }
                    }
                }
                i = j;
            }
            return dropped;
        }

        private int platform(Platform p) {
            Integer i = platformIndex.get(p);
            if (i == null) {
                i = platforms.size();
                platforms.add(p);
                platformIndex.put(p, i);
            }
            return i;
        }

        private static void addDistinct(IntArrayList list, int from, int key) {
            for (int i = from; i < list.size(); i++) {
                if (list.get(i) == key) {
                    return;
                }
            }
            list.add(key);
        }
    }
}
