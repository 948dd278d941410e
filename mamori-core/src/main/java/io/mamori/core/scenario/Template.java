package io.mamori.core.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A compiled text pattern. Syntax: literal text; {@code {a|b|c}} one of the alternatives, each
 * itself a pattern (so they nest, and an empty one makes the rest optional); {@code <name>} an
 * entry of the {@link Lexicon}. Compiling resolves entries once, so filling is only appends.
 * Immutable and thread-safe.
 */
final class Template implements Filler {
    private final Node root;

    private Template(Node root) {
        this.root = root;
    }

    static Template compile(String pattern, Lexicon lexicon) {
        int[] pos = {0};
        Node root = parse(pattern, pos, lexicon, false);
        return new Template(root);
    }

    @Override
    public void fill(SplittableRandom r, StringBuilder out) {
        root.fill(r, out);
    }

    private sealed interface Node extends Filler permits Literal, OneOf, Sequence, Entry {
    }

    private record Literal(String text) implements Node {
        @Override
        public void fill(SplittableRandom r, StringBuilder out) {
            out.append(text);
        }
    }

    private record OneOf(List<Node> choices) implements Node {
        @Override
        public void fill(SplittableRandom r, StringBuilder out) {
            Draws.pick(r, choices).fill(r, out);
        }
    }

    private record Sequence(List<Node> parts) implements Node {
        @Override
        public void fill(SplittableRandom r, StringBuilder out) {
            for (Node part : parts) {
                part.fill(r, out);
            }
        }
    }

    private record Entry(Filler filler) implements Node {
        @Override
        public void fill(SplittableRandom r, StringBuilder out) {
            filler.fill(r, out);
        }
    }

    private static Node parse(String p, int[] pos, Lexicon lexicon, boolean nested) {
        List<Node> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        while (pos[0] < p.length()) {
            char c = p.charAt(pos[0]);
            if (c == '{') {
                flush(literal, parts);
                pos[0]++;
                List<Node> choices = new ArrayList<>();
                while (true) {
                    choices.add(parse(p, pos, lexicon, true));
                    if (pos[0] >= p.length()) {
                        throw new IllegalArgumentException("unclosed '{' in template: " + p);
                    }
                    char end = p.charAt(pos[0]++);
                    if (end == '}') {
                        break;
                    }
                }
                parts.add(new OneOf(List.copyOf(choices)));
            } else if (c == '<') {
                flush(literal, parts);
                int close = p.indexOf('>', pos[0]);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '<' in template: " + p);
                }
                parts.add(new Entry(lexicon.entry(p.substring(pos[0] + 1, close))));
                pos[0] = close + 1;
            } else if (c == '|' || c == '}') {
                if (!nested) {
                    throw new IllegalArgumentException("'" + c + "' outside '{...}' in template: " + p);
                }
                break;
            } else {
                literal.append(c);
                pos[0]++;
            }
        }
        flush(literal, parts);
        return parts.size() == 1 ? parts.get(0) : new Sequence(List.copyOf(parts));
    }

    private static void flush(StringBuilder literal, List<Node> parts) {
        if (!literal.isEmpty()) {
            parts.add(new Literal(literal.toString()));
            literal.setLength(0);
        }
    }
}
