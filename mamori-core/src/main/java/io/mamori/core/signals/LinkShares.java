package io.mamori.core.signals;

import io.mamori.core.primitive.IntArrayList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Per account, and per group of accounts, the share of link posts pointing to listed domains
 * ({@link LinkShare}). Fed post by post with the account's dense index and the post's URLs as
 * written; each distinct URL is normalised and matched once. Which posts count is the caller's
 * choice: {@code PostTable} keeps no URLs for reposts, and neither should a caller that wants the
 * same view.
 *
 * <p>Memory: two ints per account and {@link DomainCategory} count per account, plus one int per
 * (listed post, entry) and the memo of distinct URLs. Immutable once built; safe to share.
 */
public final class LinkShares {
    private static final DomainCategory[] CATEGORIES = DomainCategory.values();

    private final DomainMatcher matcher;
    private final int[] linkPosts;
    private final int[] listedPosts;
    private final int[] categoryPosts;
    private final int[] hitStart;
    private final int[] hitEntry;

    private LinkShares(Builder b) {
        this.matcher = b.matcher;
        this.linkPosts = b.linkPosts;
        this.listedPosts = b.listedPosts;
        this.categoryPosts = b.categoryPosts;
        int accounts = linkPosts.length;
        // Counting sort of the (account, entry) hits into one array per account.
        int hits = b.hitAccount.size();
        int[] start = new int[accounts + 1];
        int[] hitAccount = b.hitAccount.rawArray();
        int[] entry = b.hitEntry.rawArray();
        for (int i = 0; i < hits; i++) {
            start[hitAccount[i] + 1]++;
        }
        for (int a = 0; a < accounts; a++) {
            start[a + 1] += start[a];
        }
        int[] next = Arrays.copyOf(start, accounts);
        int[] sorted = new int[hits];
        for (int i = 0; i < hits; i++) {
            sorted[next[hitAccount[i]]++] = entry[i];
        }
        this.hitStart = start;
        this.hitEntry = sorted;
    }

    /** Starts the computation for accounts with dense indexes in [0, {@code accountCount}). */
    public static Builder builder(DomainMatcher matcher, int accountCount) {
        return new Builder(matcher, accountCount);
    }

    /** Number of accounts. */
    public int accountCount() {
        return linkPosts.length;
    }

    /** The account's link posts, listed posts, and their breakdown. */
    public LinkShare ofAccount(int account) {
        return ofGroup(new int[] {account});
    }

    /** The group's link posts and listed posts: the sums over its members, which must be distinct. */
    public LinkShare ofGroup(int[] accounts) {
        long links = 0;
        long listed = 0;
        long[] byCategory = new long[CATEGORIES.length];
        Map<Integer, Long> byEntry = new HashMap<>();
        for (int a : accounts) {
            links += linkPosts[a];
            listed += listedPosts[a];
            for (int c = 0; c < CATEGORIES.length; c++) {
                byCategory[c] += categoryPosts[a * CATEGORIES.length + c];
            }
            for (int h = hitStart[a]; h < hitStart[a + 1]; h++) {
                byEntry.merge(hitEntry[h], 1L, Long::sum);
            }
        }
        Map<DomainCategory, Long> categories = new EnumMap<>(DomainCategory.class);
        for (int c = 0; c < CATEGORIES.length; c++) {
            categories.put(CATEGORIES[c], byCategory[c]);
        }
        List<LinkShare.EntryPosts> entries = new ArrayList<>(byEntry.size());
        byEntry.forEach((e, n) -> entries.add(new LinkShare.EntryPosts(matcher.entry(e), n)));
        entries.sort(Comparator.comparingLong(LinkShare.EntryPosts::posts).reversed()
                .thenComparing(p -> p.entry().domain()));
        return new LinkShare(links, listed, categories, entries);
    }

    /** Accumulates posts; not thread-safe. */
    public static final class Builder {
        private final DomainMatcher matcher;
        private final int[] linkPosts;
        private final int[] listedPosts;
        private final int[] categoryPosts;
        private final IntArrayList hitAccount = new IntArrayList();
        private final IntArrayList hitEntry = new IntArrayList();
        private final Map<String, Integer> entryOfUrl = new HashMap<>();
        private final IntArrayList postEntries = new IntArrayList();
        private boolean built;

        private Builder(DomainMatcher matcher, int accountCount) {
            this.matcher = matcher;
            this.linkPosts = new int[accountCount];
            this.listedPosts = new int[accountCount];
            this.categoryPosts = new int[accountCount * CATEGORIES.length];
        }

        /** Adds one post of {@code account} with its URLs as written (empty strings ignored). */
        public Builder addPost(int account, Collection<String> urls) {
            if (built) {
                throw new IllegalStateException("already built");
            }
            if (account < 0 || account >= linkPosts.length) {
                throw new IndexOutOfBoundsException("account " + account + " not in [0, " + linkPosts.length + ")");
            }
            boolean link = false;
            postEntries.clear();
            for (String url : urls) {
                if (url.isEmpty()) {
                    continue;
                }
                link = true;
                int e = entryOfUrl.computeIfAbsent(url, matcher::indexOfUrl);
                if (e != DomainMatcher.NO_ENTRY && !contains(postEntries, e)) {
                    postEntries.add(e);
                }
            }
            if (!link) {
                return this;
            }
            linkPosts[account]++;
            if (postEntries.size() == 0) {
                return this;
            }
            listedPosts[account]++;
            int categoryMask = 0;
            for (int i = 0; i < postEntries.size(); i++) {
                int e = postEntries.get(i);
                hitAccount.add(account);
                hitEntry.add(e);
                categoryMask |= 1 << matcher.entry(e).category().ordinal();
            }
            for (int c = 0; c < CATEGORIES.length; c++) {
                if ((categoryMask & (1 << c)) != 0) {
                    categoryPosts[account * CATEGORIES.length + c]++;
                }
            }
            return this;
        }

        /** The shares; the builder cannot be used afterwards. */
        public LinkShares build() {
            built = true;
            return new LinkShares(this);
        }

        private static boolean contains(IntArrayList list, int value) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == value) {
                    return true;
                }
            }
            return false;
        }
    }
}
