package io.mamori.core.narrative;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.GroupActivity;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.groups.CoordinatedGroup;
import io.mamori.core.post.AccountId;
import io.mamori.core.post.Platform;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;
import io.mamori.core.text.ScriptRunSegmenter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class NarrativeBuilderTest {
    private static final double T0 = 1_752_451_200; // 2025-07-14T00:00:00Z, a whole hour
    private static final String CAMPAIGN = "原発の真実を政府は隠している 家族を守るために拡散希望";
    private static final String CROWD = "地震だ";
    private static final NarrativeParameters PARAMS = NarrativeParameters.defaults().withThresholds(3, 2);

    private final List<Post> posts = new ArrayList<>();
    private int nextId = 1;

    private void post(String account, double secondsAfterT0, String text) {
        posts.add(new Post(Platform.X, new PostId(Integer.toString(nextId++)), new AccountId(account), "u" + account,
                Instant.ofEpochMilli(Math.round((T0 + secondsAfterT0) * 1000)), text, null, null, null, null,
                List.of(), List.of(), List.of()));
    }

    private PostTable table() {
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_SIMILAR));
        posts.forEach(b::add);
        return b.build();
    }

    private static int index(PostTable t, String accountId) {
        for (int a = 0; a < t.accountCount(); a++) {
            if (t.accountId(a).equals(accountId)) {
                return a;
            }
        }
        throw new IllegalArgumentException(accountId);
    }

    private static CoordinatedGroup group(String id, boolean flagged, int... accounts) {
        List<GroupActivity.Member> members = new ArrayList<>();
        for (int a : accounts) {
            members.add(new GroupActivity.Member(a, 1, 1, 1, List.of(1), 0, 0, 1));
        }
        GroupActivity activity = new GroupActivity(members, 1, 0, 0, 0, 0, List.of(), List.of());
        return new CoordinatedGroup(id, flagged ? 0.9 : 0.1, flagged, List.of(), List.of(), activity, 1, List.of());
    }

    /** A campaign (variants of one text by 4 accounts, 2 flagged), a crowd and background chatter. */
    private void campaignCrowdAndChatter() {
        post("c1", 0, CAMPAIGN);
        post("c2", 60, CAMPAIGN + "！");
        post("c1", 120, "【重要】" + CAMPAIGN);
        post("c3", 4000, CAMPAIGN + " 本当に");
        post("c4", 7300, CAMPAIGN);
        for (int i = 0; i < 8; i++) {
            post("q" + i, 3 * 3600 + i * 10, CROWD);
        }
        post("solo", 100, "今日の晩ごはんはカレーにした");
        post("solo", 200, "今日の晩ごはんはカレーにした");
        post("solo", 300, "今日の晩ごはんはカレーにした");
        post("x1", 500, "投票所が混んでいた");
        post("x2", 600, "ラーメン食べたい");
    }

    @Test
    void clustersWithEnoughPostsAndAccountsBecomeNarrativesAndTheOthersAreOnlyLeftOut() {
        campaignCrowdAndChatter();
        PostTable t = table();

        Narratives result = NarrativeBuilder.build(t, List.of(), new int[0], new ScriptRunSegmenter(), PARAMS);

        // The solo account's three identical posts fail minAccounts; single posts fail minPosts.
        assertThat(result.total()).isEqualTo(2);
        assertThat(result.narratives()).extracting(Narrative::representativeText)
                .containsExactlyInAnyOrder(CROWD, "原発の真実を政府は隠している 家族を守るために拡散希望");
    }

    @Test
    void narrativesPushedByFlaggedAccountsRankFirstWithTheirShareAndGroups() {
        campaignCrowdAndChatter();
        PostTable t = table();
        int c1 = index(t, "c1");
        int c2 = index(t, "c2");
        List<CoordinatedGroup> groups = List.of(group("G1", true, c1, c2), group("G2", false, index(t, "q0"), index(t, "c3")));

        Narratives result = NarrativeBuilder.build(t, groups, new int[] {c1, c2}, new ScriptRunSegmenter(), PARAMS);

        Narrative campaign = result.narratives().get(0);
        assertThat(campaign.id()).isEqualTo("N1");
        assertThat(campaign.posts()).isEqualTo(5);
        assertThat(campaign.accounts()).isEqualTo(4);
        // "…拡散希望！" normalises to the original: three wordings.
        assertThat(campaign.texts()).isEqualTo(3);
        assertThat(campaign.flaggedPosts()).isEqualTo(3);
        assertThat(campaign.flaggedAccounts()).isEqualTo(2);
        assertThat(campaign.flaggedShare()).isEqualTo(0.6);
        assertThat(campaign.groups()).containsExactly(new Narrative.GroupShare("G1", true, 3, 2),
                new Narrative.GroupShare("G2", false, 1, 1));
        assertThat(campaign.topAccounts().get(0).id()).isEqualTo("c1");
        assertThat(campaign.topAccounts().get(0).posts()).isEqualTo(2);
        assertThat(campaign.topAccounts().get(0).group()).isEqualTo("G1");
        assertThat(campaign.topAccounts().get(0).flagged()).isTrue();
        assertThat(campaign.firstSeen()).isEqualTo(Instant.ofEpochSecond((long) T0));
        assertThat(campaign.lastSeen()).isEqualTo(Instant.ofEpochSecond((long) T0 + 7300));
        Narrative crowd = result.narratives().get(1);
        assertThat(crowd.representativeText()).isEqualTo(CROWD);
        assertThat(crowd.flaggedShare()).isZero();
        assertThat(crowd.groups()).containsExactly(new Narrative.GroupShare("G2", false, 1, 1));
    }

    @Test
    void volumeCountsPostsPerWholeHourFromTheFirstPostsHourToTheLasts() {
        campaignCrowdAndChatter();
        PostTable t = table();
        int c1 = index(t, "c1");

        Narrative campaign = NarrativeBuilder.build(t, List.of(), new int[] {c1}, new ScriptRunSegmenter(), PARAMS)
                .narratives().get(0);

        // Posts at 0, 60, 120 s (two by c1), 4000 s and 7300 s after a whole hour.
        assertThat(campaign.volume().bucketSeconds()).isEqualTo(3600);
        assertThat(campaign.volume().start()).isEqualTo(Instant.ofEpochSecond((long) T0));
        assertThat(campaign.volume().counts()).containsExactly(3, 1, 1);
        assertThat(campaign.volume().flaggedCounts()).containsExactly(2, 0, 0);
    }

    @Test
    void theBucketGrowsWithTheInputsSpanToStayUnderTheLimit() {
        assertThat(NarrativeBuilder.bucketSeconds(7 * 86_400, 240)).isEqualTo(3600);
        assertThat(NarrativeBuilder.bucketSeconds(29 * 86_400, 240)).isEqualTo(10_800);
        assertThat(NarrativeBuilder.bucketSeconds(200 * 86_400, 240)).isEqualTo(86_400);
        assertThat(NarrativeBuilder.bucketSeconds(50 * 365 * 86_400.0, 240)).isEqualTo(604_800);
    }

    @Test
    void examplesAreSpreadOverTheSpanWithTheFirstAndLastPost() {
        assertThat(NarrativeBuilder.examples(new int[] {10, 11, 12, 13, 14, 15, 16, 17, 18}, 3)).containsExactly(10, 14, 18);
        assertThat(NarrativeBuilder.examples(new int[] {4, 9}, 5)).containsExactly(4, 9);
    }

    @Test
    void keyTermsOfTheCampaignAreItsOwnNouns() {
        campaignCrowdAndChatter();
        PostTable t = table();

        Narrative campaign = NarrativeBuilder.build(t, List.of(), new int[0], new ScriptRunSegmenter(), PARAMS)
                .narratives().stream().filter(n -> n.texts() > 1).findFirst().orElseThrow();

        assertThat(campaign.keyTerms()).extracting(Narrative.KeyTerm::term)
                .contains("原発", "真実", "政府", "家族", "拡散希望")
                .doesNotContain("を", "は", "守", "地震");
        assertThat(campaign.keyTerms().get(0).texts()).isEqualTo(3);
    }

    @Test
    void theCapKeepsTheBestRankedAndCountsTheRest() {
        campaignCrowdAndChatter();
        PostTable t = table();
        NarrativeParameters one = new NarrativeParameters(3, 2, 0.25, 1, 10, 10, 10, 5, 200, 20_000, 240);

        Narratives result = NarrativeBuilder.build(t, List.of(), new int[] {index(t, "q1")}, new ScriptRunSegmenter(), one);

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.narratives()).singleElement().extracting(Narrative::representativeText).isEqualTo(CROWD);
    }

    @Test
    void whenPushedNarrativesWouldFillTheListAQuarterGoesToTheOthers() {
        int[] ranked = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};

        // 10 pushed (0..9), 2 others (10, 11), room for 8: 6 pushed and both others.
        assertThat(NarrativeBuilder.select(ranked, 10, 8)).containsExactly(0, 1, 2, 3, 4, 5, 10, 11);
        // Room for everything: nothing is displaced.
        assertThat(NarrativeBuilder.select(ranked, 10, 20)).containsExactly(ranked);
        // Few pushed: they all stay, the others fill the rest.
        assertThat(NarrativeBuilder.select(ranked, 2, 4)).containsExactly(0, 1, 2, 3);
        // No others: the pushed fill the list.
        assertThat(NarrativeBuilder.select(ranked, 12, 5)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void withoutNearDuplicateClustersThereAreNoNarratives() {
        campaignCrowdAndChatter();
        PostTable.Builder b = PostTable.builder(EnumSet.of(CoActivityType.CO_POST));
        posts.forEach(b::add);

        Narratives result = NarrativeBuilder.build(b.build(), List.of(), new int[0], new ScriptRunSegmenter(), PARAMS);

        assertThat(result.total()).isZero();
        assertThat(result.narratives()).isEmpty();
    }

    /** Counts against a brute-force recount over the table's cluster column, on random inputs. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void countsMatchABruteForceRecountAndTheResultIsDeterministic(long seed) {
        Random random = new Random(seed);
        String[] messages = {"減税を今すぐ実現しよう", "ワクチンの副反応を隠すな", "地震だ", "猫がかわいい", "円安が止まらない 物価高", "選挙に行こう 投票所へ"};
        for (int i = 0; i < 400; i++) {
            String text = messages[random.nextInt(messages.length)] + (random.nextInt(4) == 0 ? " " + random.nextInt(3) : "");
            post("a" + random.nextInt(40), random.nextInt(3 * 86_400), text);
        }
        PostTable t = table();
        int[] flagged = random.ints(8, 0, t.accountCount()).distinct().toArray();
        NarrativeParameters p = NarrativeParameters.defaults().withThresholds(5, 3);

        Narratives result = NarrativeBuilder.build(t, List.of(group("G1", true, flagged)), flagged, new ScriptRunSegmenter(), p);

        Set<Integer> flaggedSet = new HashSet<>();
        for (int a : flagged) {
            flaggedSet.add(a);
        }
        Map<Integer, List<Integer>> byCluster = new HashMap<>();
        for (int i = 0; i < t.postCount(); i++) {
            byCluster.computeIfAbsent(t.similarCluster(i), c -> new ArrayList<>()).add(i);
        }
        long qualifying = byCluster.values().stream()
                .filter(ps -> ps.size() >= 5 && ps.stream().map(t::account).distinct().count() >= 3).count();
        assertThat(result.total()).isEqualTo(qualifying);
        for (Narrative n : result.narratives()) {
            List<Integer> ps = byCluster.get(n.cluster());
            assertThat(n.posts()).isEqualTo(ps.size());
            assertThat(n.accounts()).isEqualTo((int) ps.stream().map(t::account).distinct().count());
            assertThat(n.flaggedPosts()).isEqualTo((int) ps.stream().filter(i -> flaggedSet.contains(t.account(i))).count());
            assertThat(n.volume().counts().stream().mapToInt(Integer::intValue).sum()).isEqualTo(n.posts());
            assertThat(n.groups().stream().mapToInt(Narrative.GroupShare::posts).sum()).isEqualTo(n.flaggedPosts());
        }
        assertThat(NarrativeBuilder.build(t, List.of(group("G1", true, flagged)), flagged, new ScriptRunSegmenter(), p))
                .isEqualTo(result);
    }
}
