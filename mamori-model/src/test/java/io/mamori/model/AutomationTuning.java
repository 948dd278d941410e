package io.mamori.model;

import io.mamori.core.automation.RuleBasedAutomation;
import io.mamori.core.automation.ScoreQuality;
import io.mamori.core.scenario.ScenarioParameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How the trainer's settings were chosen (not a test): trains on seeds 101–107 and measures on
 * 108–110, all from the training seeds of the default model, never the held-out 201–210.
 * Prints ROC AUC, Brier and ECE per setting and the validation scores per group kind.
 */
public final class AutomationTuning {
    private AutomationTuning() {
    }

    public static void main(String[] args) {
        long t0 = System.nanoTime();
        LabelledAccounts train = pool(101, 107);
        LabelledAccounts validation = pool(108, 110);
        System.out.printf(Locale.ROOT, "data: %d + %d accounts in %.1f s%n", train.size(), validation.size(), (System.nanoTime() - t0) / 1e9);
        List<AutomationTrainer.Settings> settings = List.of(
                AutomationTrainer.Settings.defaults(1),
                new AutomationTrainer.Settings(5, 1, 0.1, 1e-6, 1),
                new AutomationTrainer.Settings(50, 1, 0.1, 1e-6, 1),
                new AutomationTrainer.Settings(20, 1, 0.5, 1e-6, 1),
                new AutomationTrainer.Settings(20, 1, 0.02, 1e-6, 1));
        AutomationTrainer.Trained last = null;
        for (AutomationTrainer.Settings s : settings) {
            long t = System.nanoTime();
            AutomationTrainer.Trained m = AutomationTrainer.train(train.features(), train.labels(), s, "tuning", 1);
            ScoreQuality q = ScoreQuality.of(HeldOutEvaluation.scores(m.model(), validation), validation.labels());
            System.out.printf(Locale.ROOT, "%s: AUC %.4f Brier %.4f ECE %.4f (%.1f s) %s%n", s, q.rocAuc(), q.brier(), q.ece(),
                    (System.nanoTime() - t) / 1e9, m.model());
            if (last == null) {
                last = m;
            }
        }
        ScoreQuality r = ScoreQuality.of(HeldOutEvaluation.scores(RuleBasedAutomation.DEFAULT, validation), validation.labels());
        System.out.printf(Locale.ROOT, "rules: AUC %.4f Brier %.4f ECE %.4f%n", r.rocAuc(), r.brier(), r.ece());
        for (HeldOutEvaluation.KindScores k : HeldOutEvaluation.byKind(last.model(), validation, 0.5)) {
            System.out.printf(Locale.ROOT, "  %-14s %-5s %6d  mean %.3f  >=0.5 %.3f%n", k.kind(), k.campaign(), k.accounts(), k.meanScore(), k.atLeast());
        }
    }

    static LabelledAccounts pool(long from, long to) {
        List<LabelledAccounts> parts = new ArrayList<>();
        for (long s = from; s <= to; s++) {
            parts.add(ScenarioAccounts.of(new ScenarioParameters(s, 5_000, 168, ScenarioParameters.DEFAULT_START)));
        }
        return LabelledAccounts.concat(parts);
    }
}
