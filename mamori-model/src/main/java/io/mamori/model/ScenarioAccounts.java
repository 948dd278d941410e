package io.mamori.model;

import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.post.AccountId;
import io.mamori.core.scenario.Scenario;
import io.mamori.core.scenario.ScenarioAccount;
import io.mamori.core.scenario.ScenarioGenerator;
import io.mamori.core.scenario.ScenarioParameters;
import io.mamori.core.scenario.Truth;
import io.mamori.core.scenario.TruthLabel;
import io.mamori.core.signals.AccountFeatureSweep;
import io.mamori.core.signals.AccountFeatures;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The labelled accounts of a generated election week ({@link ScenarioGenerator}): features from the
 * week's posts as {@code mamori analyze} would compute them, labels from the generator's truth.
 */
public final class ScenarioAccounts {
    private ScenarioAccounts() {
    }

    /** The accounts of the scenario of {@code parameters} that posted at least once. */
    public static LabelledAccounts of(ScenarioParameters parameters) {
        Scenario scenario = ScenarioGenerator.generate(parameters);
        // the near-duplicate share needs the co-similar clusters
        PostTable.Builder b = PostTable.builder(Set.of(CoActivityType.CO_SIMILAR));
        for (ScenarioAccount a : scenario.accounts()) {
            b.addAccount(a.account());
        }
        scenario.posts().forEach(b::add);
        PostTable table = b.build();
        return of(table, AccountFeatureSweep.compute(table), i -> scenario.account(new AccountId(table.accountId(i))).truth());
    }

    /** Accounts of {@code table} with at least one post, labelled by {@code truth} (by account index). */
    static LabelledAccounts of(PostTable table, List<AccountFeatures> features, java.util.function.IntFunction<Truth> truth) {
        List<AccountFeatures> kept = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        boolean[] labels = new boolean[table.accountCount()];
        int n = 0;
        for (AccountFeatures f : features) {
            // an account seen only in account metadata has no behaviour to score
            if (f.posts() == 0) {
                continue;
            }
            Truth t = truth.apply(f.account());
            kept.add(f);
            kinds.add(t.group() == null ? "" : t.group().kind());
            labels[n++] = t.label() == TruthLabel.CAMPAIGN;
        }
        return new LabelledAccounts(kept, java.util.Arrays.copyOf(labels, n), kinds);
    }
}
