package io.mamori.core.signals;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.AccountId;
import io.mamori.core.scenario.Campaign;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.scenario.TruthLabel;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behaviour features on a generated election week (5,000 accounts, seed 2): campaign accounts
 * differ from organic ones in the direction the generator builds them (younger accounts, farm
 * handles, fewer followers than followed, more and burstier posting). Repost and near-duplicate
 * shares do not separate the labels on this generator (see {@code docs/signals.md}). {@link #main} prints the
 * medians of {@code docs/signals.md}. A check that the features see what the generator puts in,
 * not a measure of how well they detect real campaigns.
 */
class ScenarioAccountFeaturesTest {
    record Fixture(Scenario scenario, PostTable table, TruthLabel[] labels, List<AccountFeatures> features) {
    }

    static Fixture fixture(long seed) {
        Scenario scenario = ScenarioGenerator.generate(new ScenarioParameters(seed, 5_000, 168, ScenarioTimeZoneTest.START));
        PostTable.Builder b = PostTable.builder(Set.of(CoActivityType.CO_SIMILAR));
        for (ScenarioAccount a : scenario.accounts()) {
            b.addAccount(a.account());
        }
        scenario.posts().forEach(b::add);
        PostTable table = b.build();
        TruthLabel[] labels = new TruthLabel[table.accountCount()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = scenario.account(new AccountId(table.accountId(i))).truth().label();
        }
        return new Fixture(scenario, table, labels, AccountFeatureSweep.compute(table));
    }

    /** Median of a feature over the accounts of a label with at least {@code minPosts} posts, NaNs left out. */
    static double median(Fixture f, TruthLabel label, int minPosts, ToDoubleFunction<AccountFeatures> feature) {
        double[] v = f.features().stream()
                .filter(a -> f.labels()[a.account()] == label && a.posts() >= minPosts)
                .mapToDouble(feature).filter(x -> !Double.isNaN(x)).sorted().toArray();
        return v.length == 0 ? Double.NaN : v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static double mean(Fixture f, TruthLabel label, ToDoubleFunction<AccountFeatures> feature) {
        return f.features().stream().filter(a -> f.labels()[a.account()] == label && a.posts() > 0)
                .mapToDouble(feature).filter(x -> !Double.isNaN(x)).average().orElse(Double.NaN);
    }

    private static final Fixture SEED_2 = fixture(2);

    @Test
    void campaignAccountsAreYoungerAndFollowMoreThanTheyAreFollowed() {
        Fixture f = SEED_2;

        assertThat(median(f, TruthLabel.CAMPAIGN, 1, AccountFeatures::accountAgeDaysAtFirstPost))
                .isLessThan(median(f, TruthLabel.ORGANIC, 1, AccountFeatures::accountAgeDaysAtFirstPost) / 3);
        assertThat(median(f, TruthLabel.CAMPAIGN, 1, AccountFeatures::followerRatio))
                .isLessThan(median(f, TruthLabel.ORGANIC, 1, AccountFeatures::followerRatio) - 0.3);
    }

    @Test
    void campaignAccountsPostMoreOftenAndInBursts() {
        Fixture f = SEED_2;

        assertThat(median(f, TruthLabel.CAMPAIGN, 1, AccountFeatures::postsPerDay))
                .isGreaterThan(1.5 * median(f, TruthLabel.ORGANIC, 1, AccountFeatures::postsPerDay));
        assertThat(median(f, TruthLabel.CAMPAIGN, 1, AccountFeatures::burstiness))
                .isGreaterThan(median(f, TruthLabel.ORGANIC, 1, AccountFeatures::burstiness) + 0.1);
        assertThat(median(f, TruthLabel.CAMPAIGN, 1, AccountFeatures::gapCv))
                .isGreaterThan(median(f, TruthLabel.ORGANIC, 1, AccountFeatures::gapCv));
    }

    @Test
    void farmHandlesEndInLongerDigitRuns() {
        Fixture f = SEED_2;

        double campaignEight = f.features().stream().filter(a -> f.labels()[a.account()] == TruthLabel.CAMPAIGN)
                .filter(a -> a.usernameDigitSuffix() == 8).count()
                / (double) f.features().stream().filter(a -> f.labels()[a.account()] == TruthLabel.CAMPAIGN).count();
        double organicEight = f.features().stream().filter(a -> f.labels()[a.account()] == TruthLabel.ORGANIC)
                .filter(a -> a.usernameDigitSuffix() == 8).count()
                / (double) f.features().stream().filter(a -> f.labels()[a.account()] == TruthLabel.ORGANIC).count();
        assertThat(campaignEight).isGreaterThan(0.2);
        assertThat(organicEight).isLessThan(0.01);
    }

    @Test
    void amplifierFarmsWereCreatedWithinAWeekUnlikeRandomOrganicAccounts() {
        Fixture f = SEED_2;
        Campaign amplifier = f.scenario().campaigns().stream().filter(c -> c.id().kind().equals("amplifier")).findFirst().orElseThrow();
        int[] farm = amplifier.members().stream().mapToInt(id -> indexOf(f, id)).toArray();
        int[] organic = randomOrganic(f, farm.length, 5);

        AccountFeatureSweep.CreationDateClustering farmDates = AccountFeatureSweep.creationDateClustering(f.table(), farm);
        AccountFeatureSweep.CreationDateClustering organicDates = AccountFeatureSweep.creationDateClustering(f.table(), organic);

        assertThat(farmDates.largestWindowShare()).isGreaterThan(0.9);
        assertThat(farmDates.medianPairDistanceDays()).isLessThan(3);
        assertThat(organicDates.largestWindowShare()).isLessThan(0.2);
        assertThat(organicDates.medianPairDistanceDays()).isGreaterThan(365);
    }

    private static int indexOf(Fixture f, AccountId id) {
        for (int i = 0; i < f.table().accountCount(); i++) {
            if (f.table().accountId(i).equals(id.value())) {
                return i;
            }
        }
        throw new AssertionError("no account " + id);
    }

    private static int[] randomOrganic(Fixture f, int size, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        return r.ints(0, f.table().accountCount()).filter(i -> f.labels()[i] == TruthLabel.ORGANIC)
                .distinct().limit(size).toArray();
    }

    /** Prints the medians per label for {@code docs/signals.md}: seeds given as arguments (default 2). */
    public static void main(String[] args) {
        Map<String, ToDoubleFunction<AccountFeatures>> features = new java.util.LinkedHashMap<>();
        features.put("posts", AccountFeatures::posts);
        features.put("postsPerDay", AccountFeatures::postsPerDay);
        features.put("gapCv", AccountFeatures::gapCv);
        features.put("gapEntropy", AccountFeatures::gapEntropy);
        features.put("burstiness", AccountFeatures::burstiness);
        features.put("repostShare", AccountFeatures::repostShare);
        features.put("replyShare", AccountFeatures::replyShare);
        features.put("nearDuplicateShare", AccountFeatures::nearDuplicateShare);
        features.put("accountAgeDaysAtFirstPost", AccountFeatures::accountAgeDaysAtFirstPost);
        features.put("followerRatio", AccountFeatures::followerRatio);
        features.put("usernameDigitSuffix", AccountFeatures::usernameDigitSuffix);
        features.put("usernameRandomness", AccountFeatures::usernameRandomness);
        for (String s : args.length == 0 ? new String[] {"2"} : args) {
            Fixture f = fixture(Long.parseLong(s));
            Map<TruthLabel, Long> counts = new EnumMap<>(TruthLabel.class);
            for (AccountFeatures a : f.features()) {
                if (a.posts() > 0) {
                    counts.merge(f.labels()[a.account()], 1L, Long::sum);
                }
            }
            System.out.printf(Locale.ROOT, "seed %s, posts %d, accounts with posts %s, near-duplicate clusters %d of %d texts%n",
                    s, f.table().postCount(), counts, f.table().similarClusterCount(), f.table().similarTextCount());
            System.out.println("| feature | campaign median | organic median | benign median | campaign mean | organic mean |");
            for (var e : features.entrySet()) {
                System.out.printf(Locale.ROOT, "| %s | %.3g | %.3g | %.3g | %.3g | %.3g |%n", e.getKey(),
                        median(f, TruthLabel.CAMPAIGN, 1, e.getValue()), median(f, TruthLabel.ORGANIC, 1, e.getValue()),
                        median(f, TruthLabel.BENIGN, 1, e.getValue()),
                        mean(f, TruthLabel.CAMPAIGN, e.getValue()), mean(f, TruthLabel.ORGANIC, e.getValue()));
            }
            for (Campaign c : f.scenario().campaigns()) {
                int[] members = c.members().stream().mapToInt(id -> indexOf(f, id)).toArray();
                AccountFeatureSweep.CreationDateClustering d = AccountFeatureSweep.creationDateClustering(f.table(), members);
                System.out.printf(Locale.ROOT, "%s: %d members, %.2f within 7 days, median pair distance %.1f days%n",
                        c.id(), members.length, d.largestWindowShare(), d.medianPairDistanceDays());
            }
            AccountFeatureSweep.CreationDateClustering o = AccountFeatureSweep.creationDateClustering(f.table(), randomOrganic(f, 60, 5));
            System.out.printf(Locale.ROOT, "60 random organic: %.2f within 7 days, median pair distance %.1f days%n",
                    o.largestWindowShare(), o.medianPairDistanceDays());
        }
    }
}
