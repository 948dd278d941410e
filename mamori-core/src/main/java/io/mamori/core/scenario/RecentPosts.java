package io.mamori.core.scenario;

import java.util.Arrays;

/**
 * Posts of the last hours in time order (a growable ring), for choosing what to repost or reply
 * to by how long ago it was posted. Entries older than the retention are dropped as new ones
 * arrive, so memory follows the posting rate, not the length of the scenario. Belongs to one
 * simulation run; not thread-safe.
 */
final class RecentPosts {
    private final long retentionMillis;
    private EmittedPost[] posts = new EmittedPost[1024];
    private long[] times = new long[1024];
    private int head;
    private int size;

    RecentPosts(long retentionMillis) {
        this.retentionMillis = retentionMillis;
    }

    int size() {
        return size;
    }

    void add(EmittedPost post, long time) {
        while (size > 0 && times[head] < time - retentionMillis) {
            posts[head] = null;
            head = (head + 1) % posts.length;
            size--;
        }
        if (size == posts.length) {
            grow();
        }
        int at = (head + size) % posts.length;
        posts[at] = post;
        times[at] = time;
        size++;
    }

    /**
     * The newest post made at least {@code delayMillis} before {@code now}; the oldest kept post
     * when the delay reaches further back; null when empty.
     */
    EmittedPost postedAbout(long now, long delayMillis) {
        if (size == 0) {
            return null;
        }
        long cutoff = now - delayMillis;
        // Binary search for the last index with time <= cutoff.
        int lo = 0;
        int hi = size - 1;
        int found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (times[(head + mid) % posts.length] <= cutoff) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return posts[(head + found) % posts.length];
    }

    private void grow() {
        int n = posts.length;
        EmittedPost[] p = new EmittedPost[n * 2];
        long[] t = new long[n * 2];
        for (int i = 0; i < size; i++) {
            p[i] = posts[(head + i) % n];
            t[i] = times[(head + i) % n];
        }
        Arrays.fill(posts, null);
        posts = p;
        times = t;
        head = 0;
    }
}
