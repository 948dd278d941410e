package io.mamori.core.coordination;

import io.mamori.core.post.Post;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static io.mamori.core.coordination.Posts.repost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class PairEvidenceSweepTest {
    private static final List<CoActivityType> TYPES = List.of(CoActivityType.CO_REPOST, CoActivityType.CO_POST,
            CoActivityType.CO_SIMILAR, CoActivityType.CO_LINK, CoActivityType.CO_LINK_DOMAIN, CoActivityType.CO_REPLY);

    @Test
    void coActionsOnSeparateOccasionsAreEpisodesAndOneBurstIsOne() {
        // given: a and b repost X within seconds, then Y four hours later; c joins only the X burst
        PostTable t = Posts.table(List.of(
                repost("1", "a", 0, "X"), repost("2", "b", 3, "X"), repost("3", "c", 4, "X"),
                repost("4", "a", 14_400, "Y"), repost("5", "b", 14_405, "Y")));
        MultiplexIndex index = MultiplexIndex.build(t, Map.of(CoActivityType.CO_REPOST, 60.0));
        // when
        Map<String, long[]> pairs = rows(t, PairEvidenceSweep.run(index, 1800, 1, 1));
        // then
        assertThat(pairs.get("a|b")).containsExactly(2, 2);
        assertThat(pairs.get("a|c")).containsExactly(1, 1);
        assertThat(PairEvidenceSweep.run(index, 1800, 2, 1).size()).isEqualTo(1);
    }

    @Test
    void aCrowdedItemCarriesLessSurprisalThanAQuietOne() {
        // given: a and b co-repost Q, which no one else touches; c and d co-repost C, which 200
        // others repost within the same minute; all four accounts are equally active
        List<Post> posts = new ArrayList<>(List.of(repost("1", "a", 0, "Q"), repost("2", "b", 2, "Q"),
                repost("3", "c", 1000, "C"), repost("4", "d", 1002, "C")));
        for (int i = 0; i < 200; i++) {
            posts.add(repost("x" + i, "crowd" + i, 1000 + i % 60, "C"));
        }
        PostTable t = Posts.table(posts);
        MultiplexIndex index = MultiplexIndex.build(t, Map.of(CoActivityType.CO_REPOST, 60.0));
        PairEvidence e = PairEvidenceSweep.run(index, 1800, 1, 1);
        Map<String, Double> s = new HashMap<>();
        for (int i = 0; i < e.size(); i++) {
            s.put(name(t, e.a(i), e.b(i)), e.surprisal(i));
        }
        // then: of the 201 other reposts in c's window, 201 * (2 + 1) / (60 + 1) are expected within 2 s
        assertThat(s.get("a|b") - s.get("c|d")).isCloseTo(Math.log(201 * 3.0 / 61), within(1e-9));
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void equalsABruteForceReadingOfTheNullModelOnRandomPosts(int seed) {
        Random rnd = new Random(seed);
        List<Post> all = CoActivityNetworkBuilderTest.randomPosts(rnd, 40 + rnd.nextInt(100));
        PostTable table = Posts.table(all);
        Map<CoActivityType, Double> windows = new EnumMap<>(CoActivityType.class);
        for (CoActivityType type : TYPES) {
            if (rnd.nextInt(4) != 0) {
                windows.put(type, (double) rnd.nextInt(40));
            }
        }
        if (windows.isEmpty()) {
            windows.put(CoActivityType.CO_REPOST, 10.0);
        }
        double gap = 20 + rnd.nextInt(60);
        MultiplexIndex index = MultiplexIndex.build(table, windows);
        Map<String, double[]> expected = bruteForce(table, all, windows, gap);
        for (int threads : new int[] {1, 3}) {
            PairEvidence e = PairEvidenceSweep.run(index, gap, 1, threads);
            Map<String, double[]> actual = new TreeMap<>();
            for (int i = 0; i < e.size(); i++) {
                actual.put(name(table, e.a(i), e.b(i)), new double[] {e.coActions(i), e.episodes(i), e.surprisal(i)});
            }
            assertThat(actual.keySet()).as("seed %d, %d threads", seed, threads).isEqualTo(expected.keySet());
            for (String pair : expected.keySet()) {
                assertThat(actual.get(pair)[0]).as("co-actions of %s", pair).isEqualTo(expected.get(pair)[0]);
                assertThat(actual.get(pair)[1]).as("episodes of %s", pair).isEqualTo(expected.get(pair)[1]);
                assertThat(actual.get(pair)[2]).as("surprisal of %s", pair).isCloseTo(expected.get(pair)[2], within(1e-9));
            }
        }
    }

    /** The definition read literally, from the posts: every pair of posts, every shared item. */
    private static Map<String, double[]> bruteForce(PostTable table, List<Post> all, Map<CoActivityType, Double> windows,
                                                    double gap) {
        Map<String, Post> byId = new HashMap<>();
        for (Post p : all) {
            byId.putIfAbsent(p.id().value(), p);
        }
        int n = table.postCount();
        Function<String, String> similar = CoActivityNetworkBuilderTest.similarClusters(
                all.stream().filter(p -> byId.get(p.id().value()) == p).toList());
        Map<CoActivityType, List<Set<String>>> keys = new EnumMap<>(CoActivityType.class);
        Map<CoActivityType, int[]> perAccount = new EnumMap<>(CoActivityType.class);
        Map<CoActivityType, Integer> total = new EnumMap<>(CoActivityType.class);
        for (CoActivityType type : windows.keySet()) {
            List<Set<String>> k = new ArrayList<>();
            int[] count = new int[table.accountCount()];
            int sum = 0;
            for (int p = 0; p < n; p++) {
                Set<String> s = CoActivityNetworkBuilderTest.keys(byId.get(table.postId(p)), type, similar);
                k.add(s);
                count[table.account(p)] += s.size();
                sum += s.size();
            }
            keys.put(type, k);
            perAccount.put(type, count);
            total.put(type, sum);
        }
        Map<String, double[]> out = new TreeMap<>();
        for (int u = 0; u < table.accountCount(); u++) {
            for (int v = u + 1; v < table.accountCount(); v++) {
                int coActions = 0;
                int episodes = 0;
                double last = Double.NaN;
                double surprisal = 0;
                for (int p = 0; p < n; p++) {
                    if (table.account(p) != u) {
                        continue;
                    }
                    double best = Double.POSITIVE_INFINITY;
                    for (CoActivityType type : windows.keySet()) {
                        double w = windows.get(type);
                        int k = Math.max(perAccount.get(type)[u], perAccount.get(type)[v]);
                        for (String item : keys.get(type).get(p)) {
                            int others = 0;
                            for (int q = 0; q < n; q++) {
                                if (q != p && keys.get(type).get(q).contains(item) && inWindow(table, p, q, w)) {
                                    others++;
                                }
                            }
                            for (int q = 0; q < n; q++) {
                                if (q != p && table.account(q) == v && keys.get(type).get(q).contains(item) && inWindow(table, p, q, w)) {
                                    double dt = Math.abs(table.time(q) - table.time(p));
                                    best = Math.min(best, CoActionSurprise.chance(others, dt, w, k, total.get(type)));
                                }
                            }
                        }
                    }
                    if (best != Double.POSITIVE_INFINITY) {
                        coActions++;
                        if (Double.isNaN(last) || table.time(p) - last > gap) {
                            episodes++;
                        }
                        last = table.time(p);
                        surprisal += CoActionSurprise.surprisal(best);
                    }
                }
                if (coActions > 0) {
                    out.put(name(table, u, v), new double[] {coActions, episodes, surprisal});
                }
            }
        }
        return out;
    }

    private static boolean inWindow(PostTable t, int p, int q, double w) {
        return t.time(q) >= t.time(p) - w && t.time(q) <= t.time(p) + w;
    }

    private static String name(PostTable t, int a, int b) {
        return t.accountId(a) + "|" + t.accountId(b);
    }

    private static Map<String, long[]> rows(PostTable t, PairEvidence e) {
        Map<String, long[]> out = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < e.size(); i++) {
            String key = name(t, e.a(i), e.b(i));
            assertThat(seen.add(key)).isTrue();
            out.put(key, new long[] {e.coActions(i), e.episodes(i)});
        }
        return out;
    }
}
