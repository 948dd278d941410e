package io.mamori.core.signals;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.Account;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AccountFeatureSweepTest {
    /** Monday 2025-07-14 00:00 UTC. */
    private static final long MONDAY = Instant.parse("2025-07-14T00:00:00Z").getEpochSecond();

    private final List<Post> posts = new ArrayList<>();
    private final List<Account> accounts = new ArrayList<>();
    private int nextId = 1;

    private void post(String account, double seconds, String text) {
        add(account, seconds, text, null, null);
    }

    private void add(String account, double seconds, String text, String repostOf, String replyTo) {
        posts.add(new Post(Platform.X, new PostId(Integer.toString(nextId++)), new AccountId(account), account,
                Instant.ofEpochMilli(Math.round(seconds * 1000)), text, null, PostId.ofNullable(repostOf),
                PostId.ofNullable(replyTo), null, List.of(), List.of(), List.of()));
    }

    private PostTable table() {
        PostTable.Builder b = PostTable.builder(Set.of(CoActivityType.CO_SIMILAR));
        accounts.forEach(b::addAccount);
        posts.forEach(b::add);
        return b.build();
    }

    private static AccountFeatures of(PostTable table, String account) {
        for (AccountFeatures f : AccountFeatureSweep.compute(table)) {
            if (table.accountId(f.account()).equals(account)) {
                return f;
            }
        }
        throw new AssertionError("no account " + account);
    }

    @Test
    void aBotPostingEveryTenMinutesHasNoGapVariationAndNoGapEntropy() {
        for (int i = 0; i < 100; i++) {
            post("bot", MONDAY + 600.0 * i, "tick " + i);
        }

        AccountFeatures f = of(table(), "bot");

        assertThat(f.posts()).isEqualTo(100);
        assertThat(f.gapCv()).isCloseTo(0, within(1e-9));
        assertThat(f.gapEntropy()).isZero();
        assertThat(f.burstiness()).isCloseTo(-1, within(1e-9));
        // 100 posts over 99 × 600 s: the table's span is under a day, so per day is per 1 day.
        assertThat(f.postsPerDay()).isEqualTo(100);
    }

    @Test
    void poissonPostingHasAGapCoefficientOfVariationNearOne() {
        SplittableRandom r = new SplittableRandom(7);
        double t = MONDAY;
        for (int i = 0; i < 3_000; i++) {
            t += -Math.log(1 - r.nextDouble()) * 3_600;
            post("human", t, "post " + i);
        }

        AccountFeatures f = of(table(), "human");

        assertThat(f.gapCv()).isCloseTo(1, within(0.08));
        assertThat(f.burstiness()).isCloseTo(0, within(0.04));
        // An exponential gap spread over log2 bins: several bits, far from a timer's 0.
        assertThat(f.gapEntropy()).isBetween(2.0, 3.5);
    }

    @Test
    void burstsOfQuickPostsBetweenLongSilencesArePositivelyBursty() {
        double t = MONDAY;
        for (int burst = 0; burst < 20; burst++) {
            for (int i = 0; i < 10; i++) {
                post("burst", t + 5 * i, "b" + burst + "-" + i);
            }
            t += 86_400;
        }

        AccountFeatures f = of(table(), "burst");

        assertThat(f.burstiness()).isGreaterThan(0.4);
        assertThat(f.gapCv()).isGreaterThan(2);
    }

    @Test
    void gapFeaturesNeedThreePosts() {
        post("two", MONDAY, "a");
        post("two", MONDAY + 60, "b");

        AccountFeatures f = of(table(), "two");

        assertThat(f.gapCv()).isNaN();
        assertThat(f.gapEntropy()).isNaN();
        assertThat(f.burstiness()).isNaN();
    }

    @Test
    void gapBinsArePowersOfTwoSeconds() {
        assertThat(AccountFeatureSweep.gapBin(0)).isZero();
        assertThat(AccountFeatureSweep.gapBin(0.5)).isZero();
        assertThat(AccountFeatureSweep.gapBin(1)).isEqualTo(1);
        assertThat(AccountFeatureSweep.gapBin(1.99)).isEqualTo(1);
        assertThat(AccountFeatureSweep.gapBin(600)).isEqualTo(10); // [512, 1024)
        assertThat(AccountFeatureSweep.gapBin(1 << 20)).isEqualTo(21);
        assertThat(AccountFeatureSweep.gapBin(1e9)).isEqualTo(21);
    }

    @Test
    void repostAndReplySharesCountEachKindOverAllPosts() {
        post("a", MONDAY, "own");
        add("a", MONDAY + 10, "RT", "900", null);
        add("a", MONDAY + 20, "RT", "901", null);
        add("a", MONDAY + 30, "@x yes", null, "902");

        AccountFeatures f = of(table(), "a");

        assertThat(f.repostShare()).isEqualTo(0.5);
        assertThat(f.replyShare()).isEqualTo(0.25);
    }

    @Test
    void fastRepostShareCountsRepostsWithin30SecondsOfAnOriginalInTheTable() {
        post("src", MONDAY, "original one");        // id 1
        post("src", MONDAY + 1_000, "original two"); // id 2
        add("bot", MONDAY + 4, "RT", "1", null);
        add("bot", MONDAY + 1_030, "RT", "2", null);
        add("bot", MONDAY + 2_000, "RT", "1", null);
        add("bot", MONDAY + 2_100, "RT", "77777", null); // original not collected: not counted
        add("fan", MONDAY + 5_000, "RT", "2", null);

        PostTable t = table();
        AccountFeatures bot = of(t, "bot");
        AccountFeatures fan = of(t, "fan");

        assertThat(bot.fastRepostShare()).as("4 s and 30 s are fast, 2,000 s is not").isCloseTo(2 / 3.0, within(1e-12));
        assertThat(fan.fastRepostShare()).isZero();
        assertThat(of(t, "src").fastRepostShare()).as("no reposts").isNaN();
        for (int p = 0; p < t.postCount(); p++) {
            if (t.postId(p).equals("3")) {
                assertThat(t.repostDelay(p)).isEqualTo(4.0);
            }
            if (t.postId(p).equals("6")) {
                assertThat(t.repostDelay(p)).as("original not in the table").isNaN();
            }
            if (t.postId(p).equals("1")) {
                assertThat(t.repostDelay(p)).as("not a repost").isNaN();
            }
        }
    }

    @Test
    void nearDuplicateShareCountsOwnPostsWhoseClusterHasTwoOtherAccounts() {
        String pasta = "投票所の場所が変更になりました。必ず公式サイトで確認してください。拡散希望";
        String duo = "今日の討論会、候補者の発言を全部書き起こしてみたので読んでください";
        post("a", MONDAY, pasta);
        post("b", MONDAY + 60, pasta);
        post("c", MONDAY + 120, pasta);
        post("a", MONDAY + 180, duo);
        post("b", MONDAY + 240, duo);
        post("a", MONDAY + 300, "ラーメン食べた、おいしかった");
        add("a", MONDAY + 360, "RT", "900", null);

        PostTable table = table();
        AccountFeatures a = of(table, "a");
        AccountFeatures b = of(table, "b");

        // a: three own posts (the repost does not count); only the copy-paste is shared with two others.
        assertThat(a.nearDuplicateShare()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(b.nearDuplicateShare()).isEqualTo(0.5);
    }

    @Test
    void nearDuplicateShareIsUnknownWithoutClusters() {
        PostTable.Builder b = PostTable.builder(Set.of(CoActivityType.CO_REPOST));
        b.add(new Post(Platform.X, new PostId("1"), new AccountId("a"), "a", Instant.ofEpochSecond(MONDAY), "x",
                null, null, null, null, List.of(), List.of(), List.of()));

        assertThat(AccountFeatureSweep.compute(b.build()).get(0).nearDuplicateShare()).isNaN();
    }

    @Test
    void ageAndFollowerRatioComeFromAccountRecordsAndAreUnknownWithoutThem() {
        accounts.add(new Account(Platform.X, new AccountId("young"), "young", Instant.ofEpochSecond(MONDAY - 10 * 86_400),
                9L, 999L, null, null, null));
        accounts.add(new Account(Platform.X, new AccountId("half"), "half", null, 100L, null, null, null, null));
        post("young", MONDAY, "hello");
        post("half", MONDAY, "hi");
        post("bare", MONDAY, "yo");

        PostTable table = table();
        AccountFeatures young = of(table, "young");
        AccountFeatures half = of(table, "half");
        AccountFeatures bare = of(table, "bare");

        assertThat(young.accountAgeDaysAtFirstPost()).isEqualTo(10);
        assertThat(young.followerRatio()).isCloseTo(-2, within(1e-12));
        assertThat(half.accountAgeDaysAtFirstPost()).isNaN();
        assertThat(half.followerRatio()).isNaN();
        assertThat(bare.accountAgeDaysAtFirstPost()).isNaN();
        assertThat(bare.followerRatio()).isNaN();
    }

    @Test
    void theFirstAccountRecordGivingAFieldWins() {
        accounts.add(new Account(Platform.X, new AccountId("a"), "a", null, null, 5L, null, null, null));
        accounts.add(new Account(Platform.X, new AccountId("a"), "a", Instant.ofEpochSecond(MONDAY), 7L, 50L, null, null, null));

        PostTable table = table();

        assertThat(table.accountCreatedAt(0)).isEqualTo(MONDAY);
        assertThat(table.accountFollowers(0)).isEqualTo(7);
        assertThat(table.accountFollowing(0)).isEqualTo(5);
    }

    @Test
    void usernamesFromASignUpFormOrAKeyboardMashStandOutFromNames() {
        assertThat(AccountFeatureSweep.digitSuffix("yuki_tanaka")).isZero();
        assertThat(AccountFeatureSweep.digitSuffix("user84729103")).isEqualTo(8);
        assertThat(AccountFeatureSweep.digitSuffix("xk3j9qpz")).isZero();
        assertThat(AccountFeatureSweep.digitSuffix("12345")).isEqualTo(5);

        assertThat(AccountFeatureSweep.usernameRandomness("yuki_tanaka")).isZero();
        assertThat(AccountFeatureSweep.usernameRandomness("user84729103")).isZero();
        assertThat(AccountFeatureSweep.usernameRandomness("shinjitsu_news")).isZero();
        assertThat(AccountFeatureSweep.usernameRandomness("xk3j9qpz")).isEqualTo(1);
        assertThat(AccountFeatureSweep.usernameRandomness("xqzvkp")).isEqualTo(1);
        assertThat(AccountFeatureSweep.usernameRandomness("12345")).isNaN();
    }

    @Test
    void usernameFeaturesAreUnknownWithoutAUsername() {
        posts.add(new Post(Platform.X, new PostId("1"), new AccountId("anon"), null, Instant.ofEpochSecond(MONDAY), "x",
                null, null, null, null, List.of(), List.of(), List.of()));

        AccountFeatures f = of(table(), "anon");

        assertThat(f.usernameDigitSuffix()).isEqualTo(-1);
        assertThat(f.usernameRandomness()).isNaN();
    }

    @Test
    void histogramsCountPostsByUtcHourAndWeekday() {
        post("a", MONDAY + 3_600 * 9 + 5, "mon 09");
        post("a", MONDAY + 3_600 * 9 + 1_800, "mon 09 again");
        post("a", MONDAY + 6 * 86_400 + 3_600 * 23, "sun 23");
        post("a", MONDAY - 1, "sun 23 the week before");

        AccountFeatures f = of(table(), "a");

        int[] hours = new int[24];
        hours[9] = 2;
        hours[23] = 2;
        assertThat(f.hourHistogram()).containsExactly(hours);
        assertThat(f.weekdayHistogram()).containsExactly(2, 0, 0, 0, 0, 0, 2);
    }

    @Test
    void anAccountWithoutPostsHasCountsOfZeroAndUnknownRates() {
        accounts.add(new Account(Platform.X, new AccountId("lurker"), "lurker", null, null, null, null, null, null));
        post("other", MONDAY, "x");

        AccountFeatures f = of(table(), "lurker");

        assertThat(f.posts()).isZero();
        assertThat(f.postsPerDay()).isZero();
        assertThat(f.repostShare()).isNaN();
        assertThat(f.firstPost()).isNaN();
    }

    @Test
    void aSubsetGivesTheSameFeaturesAsTheWholeTableAndRunsAreIdentical() {
        SplittableRandom r = new SplittableRandom(3);
        for (int i = 0; i < 2_000; i++) {
            String account = "acc" + r.nextInt(40);
            if (r.nextInt(4) == 0) {
                add(account, MONDAY + r.nextInt(7 * 86_400), "RT", Integer.toString(9_000 + r.nextInt(50)), null);
            } else {
                post(account, MONDAY + r.nextInt(7 * 86_400), "text number " + r.nextInt(30) + " about the election today");
            }
        }
        PostTable table = table();

        List<AccountFeatures> all = AccountFeatureSweep.compute(table);
        List<AccountFeatures> again = AccountFeatureSweep.compute(table);
        List<AccountFeatures> some = AccountFeatureSweep.compute(table, new int[] {7, 3, 19});

        assertThat(again).isEqualTo(all);
        assertThat(some).containsExactly(all.get(7), all.get(3), all.get(19));
        assertThat(all.stream().mapToInt(AccountFeatures::posts).sum()).isEqualTo(2_000);
    }

    @Test
    void accountsMadeInOneSittingClusterInCreationDate() {
        long base = MONDAY - 60 * 86_400L;
        for (int i = 0; i < 10; i++) {
            // eight farm accounts within three days, two old ones years apart
            Instant created = i < 8 ? Instant.ofEpochSecond(base + i * 30_000L)
                    : Instant.ofEpochSecond(base - (i - 7) * 1_000L * 86_400);
            accounts.add(new Account(Platform.X, new AccountId("f" + i), "f" + i, created, null, null, null, null, null));
        }
        accounts.add(new Account(Platform.X, new AccountId("unknown"), "unknown", null, null, null, null, null, null));
        PostTable table = table();
        int[] members = new int[table.accountCount()];
        java.util.Arrays.setAll(members, i -> i);

        AccountFeatureSweep.CreationDateClustering c = AccountFeatureSweep.creationDateClustering(table, members);

        assertThat(c.known()).isEqualTo(10);
        assertThat(c.largestWindowCount()).isEqualTo(8);
        assertThat(c.largestWindowShare()).isEqualTo(0.8);
        assertThat(c.windowStart()).isEqualTo(base);
        // 45 pairs: 28 within the farm (at most 2.4 days), 16 farm-to-old (≥ 997 days), 1 old pair;
        // the 23rd smallest is a farm pair.
        assertThat(c.medianPairDistanceDays()).isLessThan(2.5);
    }

    @Test
    void medianPairDistanceMatchesBruteForceOnRandomGroups() {
        SplittableRandom r = new SplittableRandom(11);
        for (int i = 0; i < 37; i++) {
            accounts.add(new Account(Platform.X, new AccountId("g" + i), "g" + i,
                    Instant.ofEpochSecond(MONDAY - r.nextLong(3_000L * 86_400)), null, null, null, null, null));
        }
        PostTable table = table();
        for (int round = 0; round < 50; round++) {
            int size = 2 + r.nextInt(36);
            int[] members = r.ints(0, 37).distinct().limit(size).toArray();
            List<Double> d = new ArrayList<>();
            for (int i = 0; i < members.length; i++) {
                for (int j = i + 1; j < members.length; j++) {
                    d.add(Math.abs(table.accountCreatedAt(members[i]) - table.accountCreatedAt(members[j])) / 86_400);
                }
            }
            d.sort(null);
            double expected = d.get((d.size() + 1) / 2 - 1);

            double got = AccountFeatureSweep.creationDateClustering(table, members).medianPairDistanceDays();

            assertThat(got).isCloseTo(expected, within(1e-9));
        }
    }

    @Test
    void aGroupWithNoKnownCreationDatesHasNoClustering() {
        post("a", MONDAY, "x");

        AccountFeatureSweep.CreationDateClustering c = AccountFeatureSweep.creationDateClustering(table(), new int[] {0});

        assertThat(c.known()).isZero();
        assertThat(c.largestWindowShare()).isNaN();
        assertThat(c.medianPairDistanceDays()).isNaN();
    }
}
