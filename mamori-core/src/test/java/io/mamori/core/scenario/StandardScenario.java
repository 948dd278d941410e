package io.mamori.core.scenario;

import io.mamori.core.post.AccountId;
import io.mamori.core.post.Post;
import io.mamori.core.post.PostId;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One election week, generated once for all scenario tests (3,000 accounts, the default week),
 * with its posts materialised and indexed.
 */
final class StandardScenario {
    static final ScenarioParameters PARAMETERS = new ScenarioParameters(7, 3_000, 168, ScenarioParameters.DEFAULT_START);
    private static StandardScenario instance;

    final Scenario scenario;
    final List<Post> posts;
    final Map<PostId, Post> byId = new HashMap<>();

    private StandardScenario() {
        scenario = ScenarioGenerator.generate(PARAMETERS);
        posts = scenario.posts().toList();
        for (Post p : posts) {
            byId.put(p.id(), p);
        }
    }

    static synchronized StandardScenario get() {
        if (instance == null) {
            instance = new StandardScenario();
        }
        return instance;
    }

    Truth truth(AccountId account) {
        return scenario.account(account).truth();
    }

    boolean isOrganic(Post p) {
        return truth(p.accountId()).label() == TruthLabel.ORGANIC;
    }

    List<Post> postsBy(Predicate<Truth> who) {
        return posts.stream().filter(p -> who.test(truth(p.accountId()))).toList();
    }

    List<Post> postsOf(GroupId group) {
        return postsBy(t -> group.equals(t.group()));
    }

    Campaign campaign(String id) {
        return scenario.campaigns().stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow();
    }

    CrowdEvent event(String id) {
        return scenario.crowdEvents().stream().filter(c -> c.id().value().equals(id)).findFirst().orElseThrow();
    }

    /** Seconds from the original to the repost, for a repost whose original is in the scenario. */
    double repostDelaySeconds(Post repost) {
        Post original = byId.get(repost.repostOf());
        return (repost.timestamp().toEpochMilli() - original.timestamp().toEpochMilli()) / 1000.0;
    }

    static double seconds(Instant from, Instant to) {
        return (to.toEpochMilli() - from.toEpochMilli()) / 1000.0;
    }

    static double quantile(List<Double> values, double q) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
    }

    /** Hour of day in Japan. */
    static int japaneseHour(Post p) {
        return (int) Math.floorMod(Math.floorDiv(p.timestamp().getEpochSecond() + 9 * 3600, 3600L), 24L);
    }
}
