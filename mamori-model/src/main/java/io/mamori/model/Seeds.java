package io.mamori.model;

import java.util.ArrayList;
import java.util.List;

/** Seed lists as the command line writes them: {@code 101-110}, {@code 5,7,9}, or both mixed. */
public final class Seeds {
    /** More seeds than anyone should generate in one training run. */
    public static final int MAX = 1_000;

    private Seeds() {
    }

    /** Parses {@code 101-110,120}; throws IllegalArgumentException saying what is wrong. */
    public static List<Long> parse(String text) {
        List<Long> out = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            String p = part.strip();
            try {
                int dash = p.indexOf('-', 1);
                if (dash < 0) {
                    out.add(Long.parseLong(p));
                } else {
                    long from = Long.parseLong(p.substring(0, dash).strip());
                    long to = Long.parseLong(p.substring(dash + 1).strip());
                    if (to < from || to - from >= MAX) {
                        throw new IllegalArgumentException("seed range '" + p + "' must go up and hold at most " + MAX + " seeds");
                    }
                    for (long s = from; s <= to; s++) {
                        out.add(s);
                    }
                }
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + p + "' is not a seed or a range of seeds like 101-110", e);
            }
            if (out.size() > MAX) {
                throw new IllegalArgumentException("at most " + MAX + " seeds");
            }
        }
        if (out.stream().distinct().count() != out.size()) {
            throw new IllegalArgumentException("seeds listed twice in '" + text + "'");
        }
        return List.copyOf(out);
    }

    /** Consecutive runs as ranges: {@code [101..110, 120]} → {@code 101-110,120}. */
    public static String format(List<Long> seeds) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < seeds.size()) {
            int j = i;
            while (j + 1 < seeds.size() && seeds.get(j + 1) == seeds.get(j) + 1) {
                j++;
            }
            if (!b.isEmpty()) {
                b.append(',');
            }
            b.append(seeds.get(i));
            if (j > i) {
                b.append('-').append(seeds.get(j));
            }
            i = j + 1;
        }
        return b.toString();
    }
}
