package io.mamori.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.BoundingBox;
import io.mamori.io.report.ReportHtmlWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The analyst's page, {@code report.html} of {@code mamori analyze} on a generated week, opened
 * from disk in a real Chromium (Debian's, driven by Playwright): it must load without a script
 * error and without asking the network for anything, list the groups as report.json ranks them,
 * draw every network picture and timeline readably, take the reader to a group's members and
 * posts, open what is collapsed, sort its tables, and print complete. Screenshots of the first
 * screen and of the top group are left in {@code target/report-page/} for people.
 *
 * <p>Checks that only read share one opened page; each test that clicks opens its own. Every page
 * is checked afterwards for script errors, console errors and requests for anything but itself.
 *
 * <p>Without {@code /usr/bin/chromium} the test is skipped, unless {@code MAMORI_REQUIRE_BROWSER=1}
 * (CI sets it), where a missing browser fails it. Playwright never downloads a browser of its own.
 */
class ReportPageBrowserTest {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final String MISSING_CHROMIUM = "no Chromium at " + CHROMIUM + ": apt-get install -y chromium";

    /** Chromium's own traffic (updates, sync, QUIC probes) must not leave the machine either. */
    private static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic", "--disable-dev-shm-usage");

    /** HtmlNetworkPicture.MAX_MEMBERS and HtmlGroupSection.MAX_MEMBER_ROWS: what the page promises to show. */
    private static final int MAX_DRAWN_MEMBERS = 300;
    private static final int MAX_MEMBER_ROWS = 100;

    /** Smallest rendered height, in CSS pixels, of a label a person can read. */
    private static final double READABLE_PX = 8;

    @TempDir
    static Path dir;

    private static JsonNode report;
    private static Path html;
    private static Playwright playwright;
    private static Browser browser;
    /** The page the read-only checks share; no test clicks on it. */
    private static OpenedPage shared;

    /** A page opened on this test's behalf, closed after it. */
    private OpenedPage own;

    @BeforeAll
    static void analyseAGeneratedWeekAndOpenItsPage() throws IOException {
        if (!chromiumPresent()) {
            return;
        }
        // The analysis runs while the browser starts: Playwright must stay on this thread, the
        // command line need not.
        ExecutorService background = Executors.newSingleThreadExecutor();
        try {
            Future<Path> analysed = background.submit(ReportPageBrowserTest::analyseAGeneratedWeek);
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM).setHeadless(true).setArgs(CHROMIUM_ARGS));
            Path out = analysed.get();
            report = new ObjectMapper().readTree(out.resolve("report.json").toFile());
            html = out.resolve("report.html");
        } catch (ExecutionException e) {
            throw new AssertionError("mamori generate or analyze failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        } finally {
            background.shutdownNow();
        }
        shared = OpenedPage.open();
    }

    /**
     * {@code mamori generate} (a week of 5,000 accounts: its farm's member list, over 50, starts
     * collapsed) and {@code mamori analyze}; the report's directory.
     */
    private static Path analyseAGeneratedWeek() {
        Path scenario = dir.resolve("scenario");
        Path out = dir.resolve("report");
        StringWriter err = new StringWriter();
        assertThat(exec(err, "generate", "--out", scenario.toString(), "--seed", "21", "--accounts", "5000", "-q"))
                .as(err.toString()).isZero();
        assertThat(exec(err, "analyze", scenario.resolve("posts.jsonl").toString(), "--out", out.toString(), "-q"))
                .as(err.toString()).isZero();
        return out;
    }

    /**
     * Whether Debian's chromium is there. Where the environment requires a browser
     * ({@code MAMORI_REQUIRE_BROWSER=1}, as CI sets) its absence fails the class; elsewhere every
     * test is skipped (see {@link #requireChromium()}), with a note on stderr, as surefire prints
     * no reasons for skipped tests.
     */
    private static boolean chromiumPresent() {
        boolean present = Files.isExecutable(CHROMIUM);
        if (!present && "1".equals(System.getenv("MAMORI_REQUIRE_BROWSER"))) {
            throw new AssertionError(MISSING_CHROMIUM + " (MAMORI_REQUIRE_BROWSER=1 requires it)");
        }
        if (!present) {
            System.err.println("ReportPageBrowserTest is skipped: " + MISSING_CHROMIUM);
        }
        return present;
    }

    @BeforeEach
    void requireChromium() {
        assumeTrue(shared != null, MISSING_CHROMIUM);
    }

    private static int exec(StringWriter err, String... args) {
        CommandLine cl = MamoriCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @AfterEach
    void everyPageRanCleanlyAndStayedOffline() {
        if (shared == null) {
            return;
        }
        try {
            if (own != null) {
                own.assertCleanAndClose();
            }
        } finally {
            own = null;
            shared.assertClean();
        }
    }

    @AfterAll
    static void stopChromium() {
        if (playwright != null) {
            playwright.close();
        }
    }

    /**
     * The report page in a fresh browser context of 1280 × 900, recording what a clean, offline
     * page must not do: throw, log an error or warning (a script or style refused by the page's
     * security policy shows here), or request anything but the file itself.
     */
    private static final class OpenedPage {
        final BrowserContext context;
        final Page tab;
        final List<String> consoleErrors = Collections.synchronizedList(new ArrayList<>());
        final List<String> pageErrors = Collections.synchronizedList(new ArrayList<>());
        final List<String> requests = Collections.synchronizedList(new ArrayList<>());
        final Path page;

        private OpenedPage(Path page) {
            this.page = page;
            context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            // Requests leaving the machine are refused as well as recorded: the page could not reach out if it tried.
            context.route(url -> !url.startsWith("file:") && !url.startsWith("data:"), route -> route.abort());
            tab = context.newPage();
            tab.onConsoleMessage(m -> {
                if ("error".equals(m.type()) || "warning".equals(m.type())) {
                    consoleErrors.add(m.type() + ": " + m.text());
                }
            });
            tab.onPageError(pageErrors::add);
            tab.onRequest(r -> requests.add(r.url()));
            tab.navigate(page.toUri().toString());
        }

        static OpenedPage open() {
            return new OpenedPage(html);
        }

        static OpenedPage open(Path page) {
            return new OpenedPage(page);
        }

        void assertClean() {
            assertThat(pageErrors).as("uncaught script errors").isEmpty();
            assertThat(consoleErrors).as("console errors and warnings").isEmpty();
            String self = page.toUri().toString();
            assertThat(requests).as("requests").isNotEmpty()
                    .allSatisfy(url -> assertThat(url.equals(self) || url.startsWith("data:")).as(url).isTrue());
        }

        void assertCleanAndClose() {
            try {
                assertClean();
            } finally {
                context.close();
            }
        }
    }

    private Page ownPage() {
        own = OpenedPage.open();
        return own.tab;
    }

    private Page ownPage(Path page) {
        own = OpenedPage.open(page);
        return own.tab;
    }

    @Test
    void pageLoadsFromDiskAsOneFileWithoutScrollingSideways() {
        Page tab = shared.tab;
        assertThat(tab.title()).isEqualTo("Mamori analysis report");
        assertThat(shared.requests).as("the page is one file").containsExactly(html.toUri().toString());
        assertThat(number(tab.locator("#summary .card .value").first().textContent()))
                .isEqualTo(report.path("groups").size());
        assertThat(sidewaysOverflow(tab)).as("horizontal overflow at 1280 px").isLessThanOrEqualTo(0);
        // A tablet held upright: wide tables scroll within themselves, the page does not.
        tab.setViewportSize(800, 900);
        try {
            assertThat(sidewaysOverflow(tab)).as("horizontal overflow at 800 px").isLessThanOrEqualTo(0);
        } finally {
            tab.setViewportSize(1280, 900);
        }
    }

    private static int sidewaysOverflow(Page tab) {
        return ((Number) tab.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth"))
                .intValue();
    }

    @Test
    void groupsAreListedHighestScoreFirstAsInTheReport() {
        JsonNode groups = report.path("groups");
        assertThat(groups.size()).as("the scenario gives flagged and unflagged groups").isGreaterThan(3);
        Locator rows = shared.tab.locator("#groups table.groups tbody tr");
        assertThat(rows.count()).isEqualTo(groups.size());
        List<String> expected = new ArrayList<>();
        groups.forEach(g -> expected.add(g.path("id").asText()));
        assertThat(rows.locator("td:first-child").allTextContents()).containsExactlyElementsOf(expected);
        List<?> scores = (List<?>) rows.locator("td:nth-child(2)").evaluateAll("cells => cells.map(c => c.dataset.v)");
        for (int i = 0; i < groups.size(); i++) {
            assertThat(Double.parseDouble((String) scores.get(i))).isEqualTo(groups.get(i).path("score").asDouble());
        }
        assertThat(expected).extracting(id -> group(id).path("score").asDouble()).isSortedAccordingTo(Collections.reverseOrder());

        // A group never has more flagged members than members.
        // The campaign risk beside the score, as report.json has it.
        List<?> risks = (List<?>) rows.locator("td:nth-child(3)").evaluateAll("cells => cells.map(c => c.dataset.v)");
        for (int i = 0; i < groups.size(); i++) {
            assertThat(Double.parseDouble((String) risks.get(i))).isEqualTo(groups.get(i).path("risk").path("score").asDouble());
        }
        List<Long> members = numbers(rows.locator("td:nth-child(5)").allTextContents());
        List<Long> flaggedMembers = numbers(rows.locator("td:nth-child(6)").allTextContents());
        for (int i = 0; i < groups.size(); i++) {
            assertThat(members.get(i)).as(expected.get(i)).isEqualTo(groups.get(i).path("size").asLong());
            assertThat(flaggedMembers.get(i)).as(expected.get(i) + " flagged members").isLessThanOrEqualTo(members.get(i))
                    .isEqualTo(count(groups.get(i).path("accounts"), a -> a.path("flagged").asBoolean()));
        }
        // Flagged groups are on the first screen; those below the threshold wait behind a click.
        int flagged = (int) count(groups, g -> g.path("flagged").asBoolean());
        assertThat(flagged).isPositive();
        assertThat(rows.nth(flagged - 1).isVisible()).isTrue();
        assertThat(rows.nth(flagged).isVisible()).isFalse();
    }

    @Test
    void groupFactsShowEveryValueTheReportHas() {
        JsonNode first = report.path("groups").get(0);
        String id = first.path("id").asText();
        Locator facts = shared.tab.locator("section#" + id + " dl.facts");
        List<String> terms = facts.locator("dt").allTextContents();
        List<String> values = facts.locator("dd").allTextContents();
        for (int i = 0; i < terms.size(); i++) {
            assertThat(values.get(i)).as(id + ": " + terms.get(i)).isNotEqualTo("—");
        }
        assertThat(values.get(terms.indexOf("Flagged members")))
                .startsWith(String.valueOf(count(first.path("accounts"), a -> a.path("flagged").asBoolean())));
    }

    @Test
    void everyGroupSectionShowsItsSignalsAsTextFromTheReport() {
        int listed = 0;
        int foreign = 0;
        for (JsonNode g : report.path("groups")) {
            if (!g.has("edges")) {
                continue;
            }
            String id = g.path("id").asText();
            Locator block = shared.tab.locator("section#" + id + " dl.signals");
            assertThat(block.isVisible()).as(id).isTrue();
            List<String> terms = block.locator("dt").allTextContents();
            List<String> values = block.locator("dd").allTextContents();
            assertThat(terms).containsExactly("Working-hours time zone", "Foreign to the audience", "Links to listed domains");
            JsonNode tz = g.path("timezone");
            String zone = values.get(0);
            if (tz.path("utcOffsetMinutes").isNumber()) {
                int m = tz.path("utcOffsetMinutes").asInt();
                assertThat(zone).as(id).startsWith(String.format(Locale.ROOT, "UTC%s%d:%02d", m < 0 ? "\u2212" : "+",
                        Math.abs(m) / 60, Math.abs(m) % 60));
            }
            assertThat(zone).as(id).contains("confidence " + String.format(Locale.ROOT, "%.2f", tz.path("confidence").asDouble()));
            assertThat(values.get(1)).as(id).startsWith(tz.path("foreign").asBoolean() ? "yes" : "no");
            foreign += tz.path("foreign").asBoolean() ? 1 : 0;
            for (JsonNode d : g.path("links").path("top")) {
                assertThat(values.get(2)).as(id).contains(d.path("domain").asText());
                listed++;
            }
            assertThat(block.locator("a").count()).as(id + ": domains are text, not links").isZero();
        }
        assertThat(listed).as("the laundering group links to rt.com").isPositive();
        assertThat(foreign).as("the Moscow groups").isPositive();
    }

    @Test
    void everyNetworkPictureDrawsOneNodePerMemberWithReadableNamesThatDoNotOverlap() {
        Page tab = shared.tab;
        int pictures = 0;
        for (JsonNode g : report.path("groups")) {
            if (!g.has("edges")) {
                continue;
            }
            pictures++;
            String id = g.path("id").asText();
            int members = g.path("accounts").size();
            Locator svg = tab.locator("section#" + id + " svg.network");
            BoundingBox frame = svg.boundingBox();
            assertThat(frame.width).as(id).isGreaterThan(400);
            assertThat(frame.height).as(id).isGreaterThan(250);

            Locator circles = svg.locator("circle");
            assertThat(circles.count()).as(id + " nodes").isEqualTo(Math.min(members, MAX_DRAWN_MEMBERS));
            Set<String> memberIds = new HashSet<>();
            g.path("accounts").forEach(a -> memberIds.add(a.path("id").asText()));
            Set<String> drawnIds = new HashSet<>();
            for (String title : circles.locator("title").allTextContents()) {
                String firstLine = title.split("\n")[0];
                drawnIds.add(firstLine.substring(firstLine.lastIndexOf(' ') + 1));
            }
            assertThat(drawnIds).as(id + ": one node per member").hasSize(circles.count());
            assertThat(memberIds).as(id).containsAll(drawnIds);
            // Every node is drawn with a size, inside the picture (both boxes are relative to the viewport).
            for (double[] b : boxes(circles)) {
                assertThat(b[2]).as(id + " node width").isGreaterThan(1);
                assertThat(b[3]).as(id + " node height").isGreaterThan(1);
                assertThat(b[0]).isBetween(frame.x - 1, frame.x + frame.width - b[2] + 1);
                assertThat(b[1]).isBetween(frame.y - 1, frame.y + frame.height - b[3] + 1);
            }
            if (members > 1) {
                assertThat(svg.locator("path.edge").count()).as(id + " ties").isPositive();
            }
            List<double[]> labels = boxes(svg.locator("text.label"));
            if (members <= 40) {
                assertThat(labels).as(id + " names").isNotEmpty();
            }
            assertDisjoint(id + " names", labels);
            labels.forEach(b -> assertThat(b[3]).as(id + " name height, px").isGreaterThanOrEqualTo(READABLE_PX));
            if (members > MAX_DRAWN_MEMBERS) {
                assertThat(tab.locator("section#" + id + " figure.network figcaption").textContent())
                        .contains("Only the " + MAX_DRAWN_MEMBERS + " members with most partners");
            }
        }
        assertThat(pictures).isPositive().isEqualTo(tab.locator("svg.network").count());
    }

    @Test
    void everyTimelineDrawsABarPerBusyBucketWithReadableUtcAndJstTicks() {
        for (JsonNode g : report.path("groups")) {
            JsonNode counts = g.path("timeline").path("counts");
            if (counts.isEmpty()) {
                continue;
            }
            String id = g.path("id").asText();
            Locator svg = shared.tab.locator("section#" + id + " svg.timeline");
            BoundingBox frame = svg.boundingBox();
            assertThat(frame.width).as(id).isGreaterThan(600);
            assertThat(frame.height).as(id).isGreaterThan(100);
            long busy = 0;
            long total = 0;
            for (JsonNode c : counts) {
                busy += c.asLong() > 0 ? 1 : 0;
                total += c.asLong();
            }
            Locator bars = svg.locator("g.bars rect");
            assertThat(bars.count()).as(id + " bars").isEqualTo(busy);
            assertThat(boxes(bars)).as(id).allSatisfy(b -> assertThat(b[3]).as("bar height").isPositive());
            assertThat(shared.tab.locator("section#" + id + " figure.timeline figcaption").textContent())
                    .contains(String.format(Locale.ROOT, "%,d post", total));
            for (String row : List.of("text.tick:not(.jst):not(.count)", "text.tick.jst")) {
                List<double[]> ticks = boxes(svg.locator(row));
                assertThat(ticks).as(id + " " + row).hasSizeGreaterThanOrEqualTo(2);
                assertDisjoint(id + " " + row, ticks);
                ticks.forEach(b -> assertThat(b[3]).as(id + " tick label height, px").isGreaterThanOrEqualTo(READABLE_PX));
            }
        }
    }

    @Test
    void clickingAGroupTakesTheReaderToItsMembersAndExamplePosts() {
        Page tab = ownPage();
        JsonNode first = report.path("groups").get(0);
        String id = first.path("id").asText();
        tab.locator("#groups table.groups a[href='#" + id + "']").click();
        assertThat(tab.url()).endsWith("#" + id);
        Locator section = tab.locator("section#" + id);
        assertThat(section.boundingBox().y).as("the section is scrolled to the top").isBetween(-2.0, 2.0);

        Locator memberList = section.locator("details:has(table.members)");
        // Lists of more than 50 members start collapsed; the reader opens them with one click.
        assertThat(memberList.getAttribute("open") != null).isEqualTo(first.path("accounts").size() <= 50);
        if (memberList.getAttribute("open") == null) {
            memberList.locator("summary").click();
        }
        assertMembersListed(tab, id, first);
        List<String> texts = new ArrayList<>();
        first.path("examplePosts").forEach(p -> texts.add(p.path("text").asText()));
        assertThat(texts).isNotEmpty();
        Locator posts = section.locator("ol.posts li.post .post-text");
        assertThat(posts.allTextContents()).containsExactlyElementsOf(texts);
        assertThat(posts.first().isVisible()).isTrue();
        // And back to the list the same way.
        section.locator("p.back a").click();
        assertThat(tab.url()).endsWith("#groups");
    }

    @Test
    void narrativesAreListedAsRankedWithAVolumeChartAndLinkToTheGroupsThatPushedThem() {
        Page tab = ownPage();
        JsonNode narratives = report.path("narratives");
        assertThat(narratives.size()).isPositive();
        List<String> ids = new ArrayList<>();
        narratives.forEach(n -> ids.add(n.path("id").asText()));
        Locator rows = tab.locator("#narratives table.narratives tbody tr");
        assertThat(rows.locator("td:first-child a").allTextContents()).containsExactlyElementsOf(ids);
        JsonNode pushed = null;
        for (JsonNode n : narratives) {
            if (!n.path("groups").isEmpty() && n.path("groups").get(0).path("flagged").asBoolean()) {
                pushed = n;
                break;
            }
        }
        assertThat(pushed).as("a narrative pushed by a flagged group").isNotNull();
        String id = pushed.path("id").asText();
        String group = pushed.path("groups").get(0).path("id").asText();

        tab.locator("#narratives table.narratives a[href='#" + id + "']").click();

        assertThat(tab.url()).endsWith("#" + id);
        Locator article = tab.locator("article.narrative#" + id);
        assertThat(article.boundingBox().y).as("the narrative is scrolled to the top").isBetween(-2.0, 2.0);
        assertThat(article.locator("blockquote").textContent()).isEqualTo(pushed.path("representativeText").asText());
        assertThat(article.locator("dl.facts").textContent())
                .contains(pushed.path("keyTerms").get(0).path("term").asText());
        long busyBuckets = 0;
        for (JsonNode c : pushed.path("volume").path("counts")) {
            busyBuckets += c.asInt() > 0 ? 1 : 0;
        }
        Locator chart = article.locator("svg.sparkline");
        assertThat(chart.locator("g.bars rect").count()).isEqualTo((int) busyBuckets);
        assertThat(chart.locator("g.flagged-bars rect").count()).isPositive();
        assertThat(chart.boundingBox().height).as("the chart is drawn").isGreaterThan(20);

        article.locator("dl.facts a[href='#" + group + "']").click();

        assertThat(tab.url()).endsWith("#" + group);
        assertThat(tab.locator("section#" + group).boundingBox().y).isBetween(-2.0, 2.0);
    }

    @Test
    void collapsedBlocksOpenOnAClickAndAllOfThemForPrinting() {
        Page tab = ownPage();
        JsonNode groups = report.path("groups");
        int flagged = (int) count(groups, g -> g.path("flagged").asBoolean());
        Locator below = tab.locator("#groups details");
        assertThat(below.locator("tbody tr").first().isVisible()).isFalse();
        below.locator("summary").click();
        assertThat(below.locator("tbody tr").first().isVisible()).isTrue();
        assertThat(below.locator("tbody tr").count()).isEqualTo(groups.size() - flagged);

        // What is still collapsed (the run's parameters) opens for printing, so paper shows everything.
        assertThat(tab.locator("details:not([open])").count()).isPositive();
        // Printing lays out the whole page and fires beforeprint; one printed page is enough to check it.
        byte[] pdf = tab.pdf(new Page.PdfOptions().setPageRanges("1"));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(tab.locator("details:not([open])").count()).isZero();
    }

    /**
     * A member list longer than the page shows. Analysis splits unflagged communities of more than
     * 100 accounts, so a week of test size has no such group: the analysed report's first group is
     * given 150 more members (copies of a real member's evidence under new ids), as a large
     * election's farm would have, and written with the same writer.
     */
    @Test
    void aMemberListOverTheCapStartsCollapsedAndShowsTheFirstHundredFlaggedFirst() throws IOException {
        ObjectNode copy = report.deepCopy();
        ObjectNode large = (ObjectNode) copy.path("groups").get(0);
        ArrayNode accounts = (ArrayNode) large.path("accounts");
        JsonNode template = accounts.get(accounts.size() - 1);
        for (int i = 0; i < 150; i++) {
            ObjectNode extra = template.deepCopy();
            extra.put("id", "9" + String.format(Locale.ROOT, "%017d", i));
            extra.put("username", "extra_member_" + i);
            extra.put("flagged", false);
            extra.putNull("score");
            accounts.add(extra);
        }
        large.put("size", accounts.size());
        Path page = dir.resolve("large-group.html");
        try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
            ReportHtmlWriter.write(copy, out);
        }
        Page tab = ownPage(page);
        String id = large.path("id").asText();
        Locator details = tab.locator("section#" + id + " details:has(table.members)");
        assertThat(details.locator("table.members").isVisible()).isFalse();
        details.locator("summary").click();
        assertThat(details.locator("table.members").isVisible()).isTrue();
        assertThat(details.locator("summary").textContent())
                .contains("The first " + MAX_MEMBER_ROWS + " of " + accounts.size());
        assertMembersListed(tab, id, large);
    }

    /** The member table lists members of the group only, flagged first, all of them up to the cap. */
    private static void assertMembersListed(Page tab, String id, JsonNode group) {
        Locator rows = tab.locator("section#" + id + " table.members tbody tr");
        assertThat(rows.first().isVisible()).isTrue();
        assertThat(rows.count()).isEqualTo(Math.min(group.path("accounts").size(), MAX_MEMBER_ROWS));
        Map<String, JsonNode> byId = new HashMap<>();
        group.path("accounts").forEach(a -> byId.put(a.path("id").asText(), a));
        List<String> shown = rows.locator("td.id").allTextContents();
        List<String> usernames = rows.locator("td:nth-child(2)").allTextContents();
        assertThat(new HashSet<>(shown)).hasSize(shown.size());
        boolean flaggedSoFar = true;
        for (int i = 0; i < shown.size(); i++) {
            JsonNode a = byId.get(shown.get(i));
            assertThat(a).as(shown.get(i) + " is a member of " + id).isNotNull();
            if (a.path("username").isTextual()) {
                assertThat(usernames.get(i)).isEqualTo("@" + a.path("username").asText());
            }
            boolean flagged = a.path("flagged").asBoolean();
            assertThat(!flagged || flaggedSoFar).as("flagged members first").isTrue();
            flaggedSoFar &= flagged;
        }
    }

    @Test
    void clickingAColumnHeadingSortsByItsValuesAndClickingAgainReverses() {
        Page tab = ownPage();
        Locator details = tab.locator("#groups details");
        details.locator("summary").click();
        Locator table = details.locator("table.groups");
        Locator members = table.locator("thead th", new Locator.LocatorOptions().setHasText(Pattern.compile("^Members$")));
        members.click();
        assertThat(members.getAttribute("aria-sort")).isEqualTo("ascending");
        List<Long> sizes = numbers(table.locator("tbody td:nth-child(5)").allTextContents());
        assertThat(sizes).hasSizeGreaterThan(2).isSorted();
        assertThat(sizes.get(0)).isLessThan(sizes.get(sizes.size() - 1));
        members.click();
        assertThat(members.getAttribute("aria-sort")).isEqualTo("descending");
        List<Long> descending = numbers(table.locator("tbody td:nth-child(5)").allTextContents());
        Collections.reverse(descending);
        assertThat(descending).isEqualTo(sizes);

        // Durations sort by their value, not their text ("2.0 min" after "50.0 s").
        table.locator("thead th", new Locator.LocatorOptions().setHasText("Median delay")).click();
        List<Double> seconds = new ArrayList<>();
        for (String id : table.locator("tbody td:first-child").allTextContents()) {
            seconds.add(group(id).path("medianDelaySeconds").asDouble());
        }
        assertThat(seconds).isSorted();
    }

    @Test
    void screenshotsOfThePageAreLeftForPeople() throws IOException {
        Path target = Path.of(System.getProperty("basedir", ".")).resolve("target").resolve("report-page");
        Files.createDirectories(target);
        Files.copy(html, target.resolve("report.html"), StandardCopyOption.REPLACE_EXISTING);
        // The first screen and the top group's section; the whole page is some 36,000 pixels tall.
        shared.tab.evaluate("() => window.scrollTo(0, 0)");
        shared.tab.screenshot(new Page.ScreenshotOptions().setPath(target.resolve("report-page.png")));
        // The top group's section, cut from the page as it lies at the top: scrolled into view
        // instead, its tables' sticky headings would stand in mid-table in the picture.
        String first = report.path("groups").get(0).path("id").asText();
        Path section = target.resolve("report-page-" + first + ".png");
        double[] box = boxes(shared.tab.locator("section#" + first)).get(0);
        shared.tab.screenshot(new Page.ScreenshotOptions().setPath(section).setFullPage(true)
                .setClip(box[0], box[1], box[2], box[3]));
        assertThat(target.resolve("report-page.png")).isNotEmptyFile();
        assertThat(section).isNotEmptyFile();
    }

    private static JsonNode group(String id) {
        for (JsonNode g : report.path("groups")) {
            if (g.path("id").asText().equals(id)) {
                return g;
            }
        }
        throw new AssertionError("no group " + id + " in report.json");
    }

    /** Rendered boxes {@code [left, top, width, height]} in CSS pixels, relative to the viewport. */
    private static List<double[]> boxes(Locator elements) {
        List<?> raw = (List<?>) elements.evaluateAll(
                "es => es.map(e => { const b = e.getBoundingClientRect(); return [b.left, b.top, b.width, b.height]; })");
        List<double[]> out = new ArrayList<>();
        for (Object r : raw) {
            List<?> b = (List<?>) r;
            out.add(new double[] {((Number) b.get(0)).doubleValue(), ((Number) b.get(1)).doubleValue(),
                ((Number) b.get(2)).doubleValue(), ((Number) b.get(3)).doubleValue()});
        }
        return out;
    }

    /** No two boxes overlap (touching is fine): overprinted labels cannot be read. */
    private static void assertDisjoint(String what, List<double[]> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                double[] a = boxes.get(i);
                double[] b = boxes.get(j);
                boolean overlap = a[0] < b[0] + b[2] - 0.5 && b[0] < a[0] + a[2] - 0.5
                        && a[1] < b[1] + b[3] - 0.5 && b[1] < a[1] + a[3] - 0.5;
                assertThat(overlap).as(what + ": boxes " + i + " and " + j + " overlap").isFalse();
            }
        }
    }

    private static long count(JsonNode array, Predicate<JsonNode> test) {
        long n = 0;
        for (JsonNode e : array) {
            n += test.test(e) ? 1 : 0;
        }
        return n;
    }

    private static long number(String text) {
        return Long.parseLong(text.replace(",", "").trim());
    }

    private static List<Long> numbers(List<String> texts) {
        List<Long> out = new ArrayList<>();
        texts.forEach(t -> out.add(number(t)));
        return out;
    }
}
