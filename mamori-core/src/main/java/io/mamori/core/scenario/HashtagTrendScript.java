package io.mamori.core.scenario;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A get-out-the-vote hashtag trends from a day and a half before the end of the collection
 * (election day): an official account posts reminders (the trend's anchors), and members post
 * one or two varied texts with the tag at times that follow the Japanese daily rhythm, a third
 * of them also reposting the latest reminder. Immutable.
 */
final class HashtagTrendScript implements Script {
    private static final double REPOST_SHARE = 0.3;
    private static final double SECOND_POST_SHARE = 0.5;
    private static final int INDEX_BITS = 24;

    private final GroupId id;
    private final long from;
    private final long to;
    private final int anchorAccount;
    private final long[] anchorTimes;
    private final List<String> anchorTexts;
    private final int[] members;
    private final long seed;

    HashtagTrendScript(GroupId id, long from, long to, int anchorAccount, long[] anchorTimes, List<String> anchorTexts,
                       int[] members, long seed) {
        this.id = id;
        this.from = from;
        this.to = to;
        this.anchorAccount = anchorAccount;
        this.anchorTimes = anchorTimes.clone();
        this.anchorTexts = List.copyOf(anchorTexts);
        this.members = members.clone();
        this.seed = seed;
    }

    @Override
    public long seed() {
        return seed;
    }

    @Override
    public Runner start(Stage stage, SplittableRandom r) {
        AnchorBoard board = stage.anchors(id);
        EmittedPost[] anchors = new EmittedPost[anchorTimes.length];
        for (int k = 0; k < anchors.length; k++) {
            anchors[k] = new EmittedPost(anchorAccount);
            board.add(anchors[k]);
        }
        long[] posts = memberPosts(r);
        int[] next = {0};
        return (hourFrom, hourTo) -> {
            for (int k = 0; k < anchors.length; k++) {
                if (Script.within(anchorTimes[k], hourFrom, hourTo)) {
                    stage.schedule(new Action.Publish(anchorAccount, anchorTimes[k], anchorTexts.get(k), List.of(), anchors[k], null));
                }
            }
            while (next[0] < posts.length && from + (posts[next[0]] >>> INDEX_BITS) < hourTo) {
                long key = posts[next[0]++];
                long t = from + (key >>> INDEX_BITS);
                int m = members[(int) (key & ((1 << INDEX_BITS) - 1))];
                stage.schedule(new Action.Publish(m, t, stage.phrases().gotv(r), List.of(), new EmittedPost(m), null));
                if (Draws.chance(r, REPOST_SHARE)) {
                    stage.schedule(new Action.Repost(m, t + Delays.logNormal(r, 3 * Delays.MINUTE, 1.0, 20 * Delays.SECOND, Delays.HOUR), board));
                }
            }
        };
    }

    /** Each member's post times, in the daily rhythm, as sorted (offset from the start, member index) keys. */
    private long[] memberPosts(SplittableRandom r) {
        Rhythm rhythm = Rhythm.Chronotype.TYPICAL;
        long[] keys = new long[members.length * 2];
        int n = 0;
        for (int i = 0; i < members.length; i++) {
            int count = Draws.chance(r, SECOND_POST_SHARE) ? 2 : 1;
            for (int c = 0; c < count; c++) {
                keys[n++] = (sampleTime(r, rhythm) - from) << INDEX_BITS | i;
            }
        }
        long[] sorted = Arrays.copyOf(keys, n);
        Arrays.sort(sorted);
        return sorted;
    }

    private long sampleTime(SplittableRandom r, Rhythm rhythm) {
        // Rejection sampling against the rhythm; the rhythm never drops below a tenth of its
        // maximum, so this ends after a few tries.
        while (true) {
            long t = from + (long) (r.nextDouble() * (to - from));
            if (r.nextDouble() * DailyRhythm.maxWeight() < rhythm.weight(t)) {
                return t;
            }
        }
    }
}
