package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Renders {@code report.json} as {@code report.html}: one self-contained HTML5 page an analyst
 * opens from disk (by {@code file://}, offline) and an oversight reviewer can archive and print.
 * Header with input and parameters, the ranked group list, the narratives, a section per detailed group (score
 * components, network picture, timeline, shared items, example posts, members), the flagged
 * accounts and a note on how to read it all.
 *
 * <p>Nothing is loaded from anywhere: style and script are inline, pictures are inline SVG, and a
 * Content-Security-Policy forbids every other source, so even a post that slipped past escaping
 * could not fetch or run anything. Every value from the report is escaped (post texts are hostile
 * input). The markup is well-formed XML as well as HTML5, so tests check it with an XML parser.
 * The page depends only on the JSON: the same report always gives the same bytes.
 *
 * <p>To keep the page of a large run near a few megabytes, some lists are cut, each saying so
 * on the page: at most {@value HtmlNetworkPicture#MAX_MEMBERS} members (those with most partners)
 * and {@value HtmlNetworkPicture#MAX_DRAWN_EDGES} ties per picture, {@value HtmlGroupSection#MAX_MEMBER_ROWS}
 * member rows per group, {@value HtmlGroupList#MAX_UNFLAGGED_ROWS} groups below the threshold and
 * {@value HtmlFlaggedAccounts#MAX_ROWS} flagged accounts. {@code report.json} always has everything.
 */
public final class ReportHtmlWriter {
    /** The page title and heading. */
    static final String TITLE = "Mamori analysis report";

    private static final String STYLE = resource("report.css");

    /**
     * The inline script as the HTML parser sees it. The CDATA markers sit in JavaScript comments:
     * an HTML parser passes them to the script engine as comments, an XML parser reads the script
     * as character data. Its hash goes in the page's security policy.
     */
    private static final String SCRIPT = "//<![CDATA[\n" + resource("report.js") + "//]]>";

    private ReportHtmlWriter() {
    }

    /**
     * Reads {@code reportJson} and writes its page to {@code out} (flushed, not closed).
     *
     * @throws io.mamori.io.input.InputException when the file is not a report this program reads
     */
    public static void write(Path reportJson, Writer out) throws IOException {
        write(ReportJsonReader.read(reportJson), out);
    }

    /**
     * Writes the page of {@code report} (a parsed {@code report.json}) to {@code out} (flushed,
     * not closed). Fields the report leaves out are shown as missing, not guessed.
     *
     * @throws IllegalArgumentException when {@code report} is not a Mamori report of the version
     *                                  this program renders
     */
    public static void write(JsonNode report, Writer out) throws IOException {
        check(report);
        BufferedWriter buffered = new BufferedWriter(out, 1 << 16);
        HtmlMarkup html = new HtmlMarkup(buffered);
        html.trusted("<!DOCTYPE html>\n");
        html.open("html", "lang", "en").newline();
        head(html, report);
        html.open("body").newline();
        Set<String> detailed = detailedGroups(report);
        HtmlOverview.header(html, report);
        html.open("main").newline();
        HtmlOverview.summary(html, report);
        HtmlGroupList.write(html, report, detailed);
        HtmlNarratives.write(html, report, detailed);
        for (JsonNode group : report.path("groups")) {
            if (HtmlGroupSection.detailed(group)) {
                HtmlGroupSection.write(html, group);
            }
        }
        HtmlFlaggedAccounts.write(html, report.path("accounts"), detailed);
        HtmlOverview.howToRead(html);
        html.close().newline();
        html.open("script").trusted(SCRIPT).close().newline();
        html.close().close().newline();
        html.finish();
    }

    private static void check(JsonNode report) {
        if (!"mamori-report".equals(report.path("format").asText())) {
            throw new IllegalArgumentException("field 'format': not a Mamori report");
        }
        if (report.path("version").asInt(-1) != AnalysisReport.FORMAT_VERSION) {
            throw new IllegalArgumentException("field 'version': " + report.path("version") + " is not supported (this "
                    + "program renders " + AnalysisReport.FORMAT_VERSION + ")");
        }
    }

    /**
     * The head: UTF-8 (Japanese text), a viewport for laptops and tablets, and a security policy
     * that allows the inline style and exactly this page's script, and nothing from anywhere else.
     */
    private static void head(HtmlMarkup html, JsonNode report) throws IOException {
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "http-equiv", "Content-Security-Policy", "content", "default-src 'none'; "
                + "style-src 'unsafe-inline'; script-src '" + scriptHash() + "'; img-src 'none'; base-uri 'none'; "
                + "form-action 'none'").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.empty("meta", "name", "generator", "content", report.path("tool").asText("mamori")).newline();
        html.element("title", TITLE).newline();
        html.open("style").trusted("/*<![CDATA[*/\n").trusted(STYLE).trusted("/*]]>*/").close().newline();
        html.close().newline();
    }

    /** The CSP source of the inline script: {@code sha256-} and the Base64 SHA-256 of its text. */
    static String scriptHash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(SCRIPT.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** Ids of the groups that get a section (and may be linked to). */
    private static Set<String> detailedGroups(JsonNode report) {
        Set<String> ids = new LinkedHashSet<>();
        for (JsonNode group : report.path("groups")) {
            if (HtmlGroupSection.detailed(group)) {
                ids.add(group.path("id").asText());
            }
        }
        return ids;
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtmlWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
