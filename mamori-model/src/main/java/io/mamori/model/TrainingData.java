package io.mamori.model;

import java.util.List;
import java.util.Objects;

/**
 * What a model was trained or measured on, as the model file records it: either generated
 * scenarios (seeds, accounts per scenario, hours) or labelled posts (the truth file and the input
 * files, by file name only, so that the file does not depend on where it was made).
 *
 * @param source    {@value #SCENARIOS} or {@value #TRUTH}
 * @param seeds     the scenario seeds (empty for labelled posts)
 * @param scenarioAccounts accounts generated per scenario (0 for labelled posts)
 * @param hours     hours per scenario (0 for labelled posts)
 * @param truth     the truth file's name ("" for scenarios)
 * @param inputs    the input files' names (empty for scenarios)
 * @param accounts  accounts used (those with at least one post and a label)
 * @param positives of which campaign accounts
 */
public record TrainingData(String source, List<Long> seeds, int scenarioAccounts, int hours, String truth,
                           List<String> inputs, int accounts, int positives) {
    public static final String SCENARIOS = "generated-scenarios";
    public static final String TRUTH = "labelled-posts";

    public TrainingData {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(truth, "truth");
        seeds = List.copyOf(seeds);
        inputs = List.copyOf(inputs);
        if (!source.equals(SCENARIOS) && !source.equals(TRUTH)) {
            throw new IllegalArgumentException("source must be " + SCENARIOS + " or " + TRUTH + ": " + source);
        }
        if (positives < 0 || positives > accounts) {
            throw new IllegalArgumentException("positives must be between 0 and accounts (" + accounts + "): " + positives);
        }
    }

    public static TrainingData scenarios(List<Long> seeds, int scenarioAccounts, int hours, LabelledAccounts a) {
        return new TrainingData(SCENARIOS, seeds, scenarioAccounts, hours, "", List.of(), a.size(), a.positives());
    }

    public static TrainingData labelled(String truth, List<String> inputs, LabelledAccounts a) {
        return new TrainingData(TRUTH, List.of(), 0, 0, truth, inputs, a.size(), a.positives());
    }

    /** In words, for the command's summary. */
    public String describe() {
        String what = source.equals(SCENARIOS)
                ? "generated scenarios, seeds " + Seeds.format(seeds) + " (" + scenarioAccounts + " accounts, " + hours + " h each)"
                : "labelled posts " + String.join(", ", inputs) + " with truth " + truth;
        return what + ": " + accounts + " accounts, " + positives + " campaign";
    }
}
