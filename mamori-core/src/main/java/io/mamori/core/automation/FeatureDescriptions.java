package io.mamori.core.automation;

import java.util.Map;

/** Each feature of {@link AutomationFeatureVector} in words, for the report's contributions. */
final class FeatureDescriptions {
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("log10PostsPerDay", "posting rate (log10 posts per day)"),
            Map.entry("gapCv", "irregularity of the gaps between posts (coefficient of variation)"),
            Map.entry("gapEntropy", "spread of the gaps between posts over time scales (entropy, bits)"),
            Map.entry("burstiness", "burstiness of the gaps between posts (-1 timer, 0 random, +1 bursts)"),
            Map.entry("repostShare", "share of reposts"),
            Map.entry("replyShare", "share of replies"),
            Map.entry("fastRepostShare", "share of reposts made within 30 s of the original"),
            Map.entry("nearDuplicateShare", "share of own posts whose near-duplicates two other accounts posted"),
            Map.entry("log10AccountAgeDays", "account age at its first post (log10 of 1 + days)"),
            Map.entry("followerRatio", "followers to following (log10 ratio)"),
            Map.entry("usernameDigitSuffix", "digits at the end of the username"),
            Map.entry("usernameRandomness", "randomness of the username's letters"),
            Map.entry("hourEntropy", "spread of posts over the hours of the day (entropy, bits)"));

    private FeatureDescriptions() {
    }

    static String of(String feature) {
        String w = WORDS.get(feature);
        if (w == null) {
            throw new IllegalArgumentException("no description of feature " + feature);
        }
        return w;
    }
}
