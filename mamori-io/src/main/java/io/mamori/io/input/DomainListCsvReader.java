package io.mamori.io.input;

import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.DomainEntry;
import io.mamori.core.signals.DomainList;
import io.mamori.core.signals.DomainMatcher;
import io.mamori.core.signals.DomainNames;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Reads domain lists (format in {@code docs/signals.md}, "Domain intelligence"): CSV with the
 * header {@code domain,category,affiliation,source,source_url} (any order; an optional
 * {@code note} column; other columns ignored), {@code #} comment lines, and the optional
 * directives {@code # list: NAME} and {@code # version: VERSION} before the header. A bad row is
 * reported as {@code file:line: field 'x': message}, counted and skipped; it never stops the read.
 * Only a missing or incomplete header makes the whole file unusable (reported the same way).
 *
 * <p>{@link #bundled()} reads the lists shipped in this jar ({@code io/mamori/io/domains/}, index
 * {@code domain-lists.properties}); {@link #load(List)} adds user lists after them.
 */
public final class DomainListCsvReader {
    static final String BUNDLE = "/io/mamori/io/domains/";
    private static final String INDEX = "domain-lists.properties";
    private static final List<String> REQUIRED = List.of("domain", "category", "affiliation", "source", "source_url");
    private static final String NOTE = "note";
    private static final String RECORD = "(record)";

    private DomainListCsvReader() {
    }

    /**
     * One list as read, with the rows that were not.
     *
     * @param list     the entries read (empty when the header was unusable)
     * @param problems every bad row, in file order
     */
    public record Result(DomainList list, List<RecordProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** Number of bad rows (or 1 for an unusable header). */
        public int badRows() {
            return problems.size();
        }
    }

    /**
     * The bundled lists and any user lists, in load order, with the matcher over them.
     *
     * @param bundleVersion version of the bundled lists ({@code domain-lists.properties})
     * @param results       one per list: the bundled ones first, then the user files in the order given
     */
    public record Loaded(String bundleVersion, List<Result> results) {
        public Loaded {
            results = List.copyOf(results);
        }

        public List<DomainList> lists() {
            return results.stream().map(Result::list).toList();
        }

        public List<RecordProblem> problems() {
            return results.stream().flatMap(r -> r.problems().stream()).toList();
        }

        /** A matcher over all lists, later ones overriding earlier ones domain by domain. */
        public DomainMatcher matcher() {
            return DomainMatcher.of(lists());
        }
    }

    /** The bundled lists followed by {@code userLists}; a bad row anywhere is counted, not fatal. */
    public static Loaded load(List<Path> userLists) throws IOException {
        Loaded bundled = bundled();
        List<Result> all = new ArrayList<>(bundled.results());
        for (Path p : userLists) {
            all.add(read(p));
        }
        return new Loaded(bundled.bundleVersion(), all);
    }

    /** The lists shipped with Mamori, in the order of {@code domain-lists.properties}. */
    public static Loaded bundled() throws IOException {
        Properties index = new Properties();
        try (InputStream in = resource(INDEX)) {
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        String version = index.getProperty("version", "");
        List<Result> results = new ArrayList<>();
        for (String name : index.getProperty("lists", "").split(",")) {
            String file = name.strip();
            if (file.isEmpty()) {
                continue;
            }
            try (InputStream in = resource(file)) {
                results.add(read(new InputStreamReader(in, StandardCharsets.UTF_8), "mamori:" + file, baseName(file), version));
            }
        }
        return new Loaded(version, results);
    }

    /**
     * Reads a user list. Its name is the {@code # list:} directive or else the file name without
     * {@code .csv}; its version the {@code # version:} directive or else {@code sha256:} and the
     * first 12 hex digits of the file's SHA-256, so a report names exactly the list it used.
     */
    public static Result read(Path file) throws IOException {
        MessageDigest sha256;
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException required) {
            throw new IllegalStateException("every JDK has SHA-256", required);
        }
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            Result r = read(new InputStreamReader(in, StandardCharsets.UTF_8), file.toString(),
                    baseName(file.getFileName().toString()), null);
            in.transferTo(OutputStream.nullOutputStream());
            if (r.list().version().isEmpty()) {
                String digest = "sha256:" + HexFormat.of().formatHex(sha256.digest()).substring(0, 12);
                return new Result(new DomainList(r.list().name(), digest,
                        r.list().entries().stream().map(e -> withVersion(e, digest)).toList()), r.problems());
            }
            return r;
        }
    }

    /**
     * Reads a list from {@code in}, naming it {@code source} in problems. {@code defaultVersion}
     * applies when the text has no {@code # version:} directive; null leaves the version empty.
     */
    static Result read(Reader in, String source, String defaultName, String defaultVersion) throws IOException {
        CsvRecordParser csv = new CsvRecordParser(in);
        List<RecordProblem> problems = new ArrayList<>();
        String name = defaultName;
        String version = defaultVersion == null ? "" : defaultVersion;
        Map<String, Integer> column = null;
        List<DomainEntry> entries = new ArrayList<>();
        Map<String, Long> firstLine = new HashMap<>();
        int n;
        boolean first = true;
        while ((n = csv.next()) >= 0) {
            String[] fields = new String[n];
            for (int i = 0; i < n; i++) {
                fields[i] = csv.field(i);
            }
            if (first) {
                fields[0] = stripBom(fields[0]);
                first = false;
            }
            if (fields[0].stripLeading().startsWith("#")) {
                if (column == null) {
                    String comment = String.join(",", fields).stripLeading().substring(1).strip();
                    String lower = comment.toLowerCase(Locale.ROOT);
                    if (lower.startsWith("list:")) {
                        name = comment.substring(5).strip();
                    } else if (lower.startsWith("version:")) {
                        version = comment.substring(8).strip();
                    }
                }
                continue;
            }
            if (column == null) {
                column = header(fields);
                if (column == null) {
                    problems.add(new RecordProblem(source, csv.recordLine(), RECORD,
                            "expected the header 'domain,category,affiliation,source,source_url' (any order, optional 'note'), found '"
                                    + String.join(",", fields) + "'"));
                    return new Result(new DomainList(name, version, List.of()), problems);
                }
                continue;
            }
            Row row = new Row(csv.recordLine(), fields, csv.unterminatedQuote());
            DomainEntry e = entry(row, column, source, name, version, problems);
            if (e == null) {
                continue;
            }
            Long seen = firstLine.putIfAbsent(e.domain(), row.line());
            if (seen != null) {
                problems.add(new RecordProblem(source, row.line(), "domain",
                        "'" + e.domain() + "' listed again (first on line " + seen + "); the first is kept"));
                continue;
            }
            entries.add(e);
        }
        if (column == null) {
            problems.add(new RecordProblem(source, 0, RECORD, "no header: the file has no 'domain,category,affiliation,source,source_url' line"));
        }
        return new Result(new DomainList(name, version, entries), problems);
    }

    /** Column index by name, or null when a required column is missing. */
    private static Map<String, Integer> header(String[] fields) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < fields.length; i++) {
            column.putIfAbsent(fields[i].strip().toLowerCase(Locale.ROOT), i);
        }
        return column.keySet().containsAll(REQUIRED) ? column : null;
    }

    private record Row(long line, String[] fields, boolean unterminatedQuote) {
    }

    private static DomainEntry entry(Row row, Map<String, Integer> column, String source, String list, String version,
                                     List<RecordProblem> problems) {
        int width = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        if (row.unterminatedQuote()) {
            problems.add(new RecordProblem(source, row.line(), RECORD, "a quoted field is not closed before the end of the file"));
            return null;
        }
        if (row.fields().length != width) {
            problems.add(new RecordProblem(source, row.line(), RECORD, "expected " + width + " fields as in the header, found "
                    + row.fields().length + " (quote fields that contain a comma)"));
            return null;
        }
        DomainNames.Parsed domain = DomainNames.parseListed(value(row, column, "domain"));
        if (!domain.isValid()) {
            problems.add(new RecordProblem(source, row.line(), "domain", domain.problem()));
            return null;
        }
        String rawCategory = value(row, column, "category");
        DomainCategory category = category(rawCategory);
        if (category == null) {
            problems.add(new RecordProblem(source, row.line(), "category", "'" + rawCategory + "' is not one of "
                    + "STATE_MEDIA, INFLUENCE_NETWORK, NETWORK_SOURCE, USER (empty means USER)"));
            return null;
        }
        String src = value(row, column, "source");
        String url = value(row, column, "source_url");
        if (category != DomainCategory.USER && src.isEmpty()) {
            problems.add(new RecordProblem(source, row.line(), "source", "empty: a " + category + " entry needs its public source"));
            return null;
        }
        if (category != DomainCategory.USER && url.isEmpty()) {
            problems.add(new RecordProblem(source, row.line(), "source_url", "empty: a " + category + " entry needs a URL where its source can be checked"));
            return null;
        }
        if (!url.isEmpty() && !isWebUrl(url)) {
            problems.add(new RecordProblem(source, row.line(), "source_url", "'" + url + "' is not an http(s) URL"));
            return null;
        }
        return new DomainEntry(domain.domain(), category, value(row, column, "affiliation"), src, url,
                value(row, column, NOTE), list, version);
    }

    private static String value(Row row, Map<String, Integer> column, String name) {
        Integer i = column.get(name);
        return i == null ? "" : row.fields()[i].strip();
    }

    private static DomainCategory category(String raw) {
        String s = raw.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        if (s.isEmpty()) {
            return DomainCategory.USER;
        }
        for (DomainCategory c : DomainCategory.values()) {
            if (c.name().equals(s)) {
                return c;
            }
        }
        return null;
    }

    private static boolean isWebUrl(String url) {
        try {
            URI u = new URI(url);
            return ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme())) && u.getHost() != null;
        } catch (URISyntaxException notAUri) {
            return false;
        }
    }

    private static DomainEntry withVersion(DomainEntry e, String version) {
        return new DomainEntry(e.domain(), e.category(), e.affiliation(), e.source(), e.sourceUrl(), e.note(), e.list(), version);
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = DomainListCsvReader.class.getResourceAsStream(BUNDLE + name);
        if (in == null) {
            throw new IOException("bundled domain list resource missing: " + BUNDLE + name);
        }
        return in;
    }

    private static String baseName(String file) {
        return file.toLowerCase(Locale.ROOT).endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }

    private static String stripBom(String s) {
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }
}
