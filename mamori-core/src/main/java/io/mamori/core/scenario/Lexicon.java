package io.mamori.core.scenario;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Named fillers that templates refer to as {@code <name>}. Entries are defined before the
 * templates that use them; an unknown name fails at compile time, so a typo in the phrase book
 * fails the first test rather than producing odd text.
 */
final class Lexicon {
    private final Map<String, Filler> entries = new HashMap<>();

    /** Defines {@code name} as one of the patterns, equally likely (repeat a pattern to weight it). */
    Lexicon define(String name, String... patterns) {
        if (entries.containsKey(name)) {
            throw new IllegalArgumentException("lexicon entry defined twice: " + name);
        }
        Filler[] choices = new Filler[patterns.length];
        for (int i = 0; i < patterns.length; i++) {
            choices[i] = compile(patterns[i]);
        }
        entries.put(name, choices.length == 1 ? choices[0] : (r, out) -> Draws.pick(r, choices).fill(r, out));
        return this;
    }

    /** Defines {@code name} as a whole number in [min, max] in steps of {@code step}. */
    Lexicon number(String name, int min, int max, int step) {
        int values = (max - min) / step + 1;
        entries.put(name, (SplittableRandom r, StringBuilder out) -> out.append(min + step * Draws.below(r, values)));
        return this;
    }

    Template compile(String pattern) {
        return Template.compile(pattern, this);
    }

    Filler entry(String name) {
        Filler f = entries.get(name);
        if (f == null) {
            throw new IllegalArgumentException("no lexicon entry <" + name + ">");
        }
        return f;
    }
}
