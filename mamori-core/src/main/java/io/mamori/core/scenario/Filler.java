package io.mamori.core.scenario;

import java.util.SplittableRandom;

/** Something that appends a randomly chosen piece of text. */
@FunctionalInterface
interface Filler {
    void fill(SplittableRandom r, StringBuilder out);

    /** The text of one draw. */
    default String draw(SplittableRandom r) {
        StringBuilder b = new StringBuilder(64);
        fill(r, b);
        return b.toString();
    }
}
