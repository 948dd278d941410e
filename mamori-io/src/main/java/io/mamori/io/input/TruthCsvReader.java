package io.mamori.io.input;

import io.mamori.core.evaluation.TruthRow;
import io.mamori.core.scenario.TruthLabel;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the ground truth of {@code mamori generate}: {@code truth.csv} ({@code user_id,label,group})
 * and, when it lies beside it, {@code groups.csv} for each group's kind. Without {@code groups.csv}
 * the kind is the group name without its {@code -N} suffix. Any malformed line stops the read
 * with an {@link InputException} naming the file, line and field: a truth that is partly wrong
 * would make every number computed from it wrong.
 */
public final class TruthCsvReader {
    private TruthCsvReader() {
    }

    /** Reads {@code truth}, with kinds from {@code groups.csv} in the same directory when present. */
    public static List<TruthRow> read(Path truth) throws IOException {
        Path groupsFile = truth.toAbsolutePath().resolveSibling("groups.csv");
        Map<String, String> kinds = Files.isRegularFile(groupsFile) ? groupKinds(groupsFile) : Map.of();
        List<TruthRow> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, TruthLabel> labels = new HashMap<>();
        for (TruthLabel l : TruthLabel.values()) {
            labels.put(l.csvName(), l);
        }
        try (BufferedReader in = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
            String header = stripBom(in.readLine());
            if (header == null || !header.strip().equals("user_id,label,group")) {
                throw new InputException(truth + ":1: expected the header 'user_id,label,group', found '" + header + "'");
            }
            String line;
            long n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length != 3) {
                    throw new InputException(truth + ":" + n + ": expected 3 fields, found " + f.length);
                }
                String id = f[0].strip();
                if (id.isEmpty()) {
                    throw new InputException(truth + ":" + n + ": field 'user_id': empty");
                }
                TruthLabel label = labels.get(f[1].strip().toLowerCase(Locale.ROOT));
                if (label == null) {
                    throw new InputException(truth + ":" + n + ": field 'label': '" + f[1] + "' is not organic, benign or campaign");
                }
                String group = f[2].strip();
                if (label != TruthLabel.ORGANIC && group.isEmpty()) {
                    throw new InputException(truth + ":" + n + ": field 'group': empty for a " + label.csvName() + " account");
                }
                if (!seen.add(id)) {
                    throw new InputException(truth + ":" + n + ": field 'user_id': account " + id + " listed twice");
                }
                String kind = group.isEmpty() ? "" : kinds.getOrDefault(group, group.replaceFirst("-\\d+$", ""));
                rows.add(new TruthRow(id, label, group, kind));
            }
        }
        return rows;
    }

    private static Map<String, String> groupKinds(Path file) throws IOException {
        return groupColumn(file, "kind", true);
    }

    /**
     * Each campaign's operator offset from UTC, in minutes, from the {@code operator_utc_offset}
     * column of the {@code groups.csv} beside {@code truth} ({@code +03:00}; crowd events leave it
     * empty and are left out). Empty when there is no such file or column.
     */
    public static Map<String, Integer> operatorOffsets(Path truth) throws IOException {
        Path file = truth.toAbsolutePath().resolveSibling("groups.csv");
        if (!Files.isRegularFile(file)) {
            return Map.of();
        }
        Map<String, Integer> out = new HashMap<>();
        for (Map.Entry<String, String> e : groupColumn(file, "operator_utc_offset", false).entrySet()) {
            if (e.getValue().isEmpty()) {
                continue;
            }
            try {
                out.put(e.getKey(), java.time.ZoneOffset.of(e.getValue()).getTotalSeconds() / 60);
            } catch (java.time.DateTimeException bad) {
                throw new InputException(file + ": group " + e.getKey() + ": field 'operator_utc_offset': not an offset like +03:00: '"
                        + e.getValue() + "'");
            }
        }
        return out;
    }

    /** Group → value of {@code column}; without the column, an error when {@code required}, else empty. */
    private static Map<String, String> groupColumn(Path file, String column, boolean required) throws IOException {
        Map<String, String> out = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = stripBom(in.readLine());
            if (header == null) {
                return out;
            }
            List<String> columns = List.of(header.strip().split(","));
            int g = columns.indexOf("group");
            int k = columns.indexOf(column);
            if (g < 0 || k < 0) {
                if (!required && g >= 0) {
                    return out;
                }
                throw new InputException(file + ":1: expected columns 'group' and '" + column + "'");
            }
            String line;
            long n = 1;
            while ((line = in.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                if (f.length <= Math.max(g, k)) {
                    throw new InputException(file + ":" + n + ": expected at least " + (Math.max(g, k) + 1) + " fields");
                }
                out.put(f[g].strip(), f[k].strip());
            }
        }
        return out;
    }

    private static String stripBom(String s) {
        return s != null && s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
