package io.mamori.io.input;

import io.mamori.core.signals.DomainCategory;
import io.mamori.core.signals.DomainEntry;
import io.mamori.core.signals.DomainMatcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DomainListCsvReaderTest {
    @TempDir
    Path dir;

    @Test
    void readsAUserListWithCommentsDirectivesAndColumnsInAnyOrder() throws IOException {
        Path file = dir.resolve("watch.csv");
        Files.writeString(file, """
                \uFEFF# Our own watch list
                # list: election-watch
                # version: 2026-11-20
                category,domain,source,source_url,affiliation,note,extra
                USER,Example-Mirror.ORG,analyst desk,https://example.org/memo,RU,"seen in wave 1, 2026",x
                # a comment between rows
                state-media,www.Россия.рф,Wikipedia,https://en.wikipedia.org/wiki/Example,RU,,
                ,blog.example.net,,,,,
                """);

        DomainListCsvReader.Result r = DomainListCsvReader.read(file);

        assertThat(r.problems()).isEmpty();
        assertThat(r.list().name()).isEqualTo("election-watch");
        assertThat(r.list().version()).isEqualTo("2026-11-20");
        assertThat(r.list().entries()).containsExactly(
                new DomainEntry("example-mirror.org", DomainCategory.USER, "RU", "analyst desk", "https://example.org/memo",
                        "seen in wave 1, 2026", "election-watch", "2026-11-20"),
                new DomainEntry("xn--h1alffa9f.xn--p1ai", DomainCategory.STATE_MEDIA, "RU", "Wikipedia",
                        "https://en.wikipedia.org/wiki/Example", "", "election-watch", "2026-11-20"),
                new DomainEntry("blog.example.net", DomainCategory.USER, "", "", "", "", "election-watch", "2026-11-20"));
    }

    @Test
    void withoutDirectivesAListIsNamedByItsFileAndVersionedByItsContent() throws IOException {
        Path file = dir.resolve("mine.csv");
        Files.writeString(file, "domain,category,affiliation,source,source_url\nexample.org,USER,,,\n");

        DomainListCsvReader.Result r = DomainListCsvReader.read(file);

        assertThat(r.list().name()).isEqualTo("mine");
        assertThat(r.list().version()).matches("sha256:[0-9a-f]{12}");
        assertThat(r.list().entries()).singleElement().extracting(DomainEntry::listVersion).isEqualTo(r.list().version());
        Files.writeString(file, "domain,category,affiliation,source,source_url\nexample.net,USER,,,\n");
        assertThat(DomainListCsvReader.read(file).list().version()).isNotEqualTo(r.list().version());
    }

    @Test
    void reportsBadRowsWithFileLineAndFieldAndKeepsTheGoodOnes() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, """
                domain,category,affiliation,source,source_url
                rt.com,STATE_MEDIA,RU,EU,https://eur-lex.europa.eu/eli/reg/2022/350/oj
                https://tass.ru/,STATE_MEDIA,RU,Wikipedia,https://en.wikipedia.org/wiki/TASS
                jp,USER,,,
                ria.ru,PROPAGANDA,RU,Wikipedia,https://en.wikipedia.org/wiki/RIA_Novosti
                cgtn.com,STATE_MEDIA,CN,,https://en.wikipedia.org/wiki/CGTN
                kcna.kp,STATE_MEDIA,KP,Wikipedia,
                xinhuanet.com,STATE_MEDIA,CN,Wikipedia,ftp://example.org/x
                globaltimes.cn,STATE_MEDIA,CN,Wikipedia
                www.rt.com,USER,,,
                news.cn,STATE_MEDIA,CN,Wikipedia,https://en.wikipedia.org/wiki/Xinhua_News_Agency
                """);

        DomainListCsvReader.Result r = DomainListCsvReader.read(file);

        assertThat(r.list().entries()).extracting(DomainEntry::domain).containsExactly("rt.com", "news.cn");
        assertThat(r.badRows()).isEqualTo(8);
        assertThat(r.problems()).extracting(Object::toString).containsExactly(
                file + ":3: field 'domain': 'https://tass.ru/' is a URL; write the domain alone (subdomains match automatically)",
                file + ":4: field 'domain': 'jp' is a top-level domain; listing it would match every site under it",
                file + ":5: field 'category': 'PROPAGANDA' is not one of STATE_MEDIA, INFLUENCE_NETWORK, NETWORK_SOURCE, USER (empty means USER)",
                file + ":6: field 'source': empty: a STATE_MEDIA entry needs its public source",
                file + ":7: field 'source_url': empty: a STATE_MEDIA entry needs a URL where its source can be checked",
                file + ":8: field 'source_url': 'ftp://example.org/x' is not an http(s) URL",
                file + ":9: field '(record)': expected 5 fields as in the header, found 4 (quote fields that contain a comma)",
                file + ":10: field 'domain': 'rt.com' listed again (first on line 2); the first is kept");
    }

    @Test
    void aFileWithoutTheHeaderYieldsNoEntriesAndOneProblem() throws IOException {
        Path file = dir.resolve("noheader.csv");
        Files.writeString(file, "# just a comment\nrt.com,STATE_MEDIA\n");

        DomainListCsvReader.Result r = DomainListCsvReader.read(file);

        assertThat(r.list().entries()).isEmpty();
        assertThat(r.problems()).singleElement().asString()
                .startsWith(file + ":2: field '(record)': expected the header 'domain,category,affiliation,source,source_url'");
    }

    @Test
    void theBundledListsLoadWithoutProblemsAndCarryTheirVersions() throws IOException {
        DomainListCsvReader.Loaded bundled = DomainListCsvReader.bundled();

        assertThat(bundled.problems()).isEmpty();
        assertThat(bundled.bundleVersion()).isEqualTo("2026-11-23");
        assertThat(bundled.lists()).extracting(l -> l.name() + "@" + l.version()).containsExactly(
                "pravda-network-sources@2026-08-22", "state-media@2026-11-23", "pravda-network-mirrors@2026-08-22");
        assertThat(bundled.lists().get(2).entries()).hasSize(101);
        DomainMatcher m = bundled.matcher();
        assertThat(m.matchHost("japan.news-pravda.com")).get()
                .satisfies(e -> assertThat(e.category()).isEqualTo(DomainCategory.INFLUENCE_NETWORK))
                .satisfies(e -> assertThat(e.list()).isEqualTo("pravda-network-mirrors"));
        // The curated entry, loaded after the research data, wins for tass.ru.
        assertThat(m.matchUrl("https://tass.ru/politika/1")).get()
                .satisfies(e -> assertThat(e.category()).isEqualTo(DomainCategory.STATE_MEDIA))
                .satisfies(e -> assertThat(e.sourceUrl()).isEqualTo("https://en.wikipedia.org/wiki/TASS"));
        assertThat(m.matchUrl("https://ja.topwar.ru/1")).map(DomainEntry::category).contains(DomainCategory.NETWORK_SOURCE);
        assertThat(m.matchUrl("https://japanese.cgtn.com/a")).map(DomainEntry::domain).contains("cgtn.com");
        assertThat(m.matchUrl("https://sputniknews.jp/20261101/1.html")).map(DomainEntry::category).contains(DomainCategory.STATE_MEDIA);
        // Left out of the research data on purpose (docs/signals.md): platforms and unaffiliated outlets.
        assertThat(m.matchUrl("https://www.facebook.com/x")).isEmpty();
        assertThat(m.matchUrl("https://www.focus.de/x")).isEmpty();
        assertThat(m.matchUrl("https://www.nhk.or.jp/news/")).isEmpty();
        assertThat(m.matchUrl("https://art.com/")).isEmpty();
        assertThat(m.matchUrl("https://rt.com.example.org/")).isEmpty();
    }

    @Test
    void everyBundledEntryNamesItsPublicSourceAndTheLicenceFilesShipBesideTheData() throws IOException {
        for (var list : DomainListCsvReader.bundled().lists()) {
            assertThat(list.entries()).allSatisfy(e -> {
                assertThat(e.source()).isNotBlank();
                assertThat(e.sourceUrl()).startsWith("https://");
            });
        }
        for (String name : List.of("ATTRIBUTION.md", "LICENSE-poisoned-well-data.txt", "SOURCE_COMMIT", "README.md")) {
            try (InputStream in = DomainListCsvReader.class.getResourceAsStream(DomainListCsvReader.BUNDLE + name)) {
                assertThat(in).as(name).isNotNull();
                assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).as(name).isNotBlank();
            }
        }
    }

    @Test
    void userListsLoadAfterTheBundledOnesAndOverrideThem() throws IOException {
        Path file = dir.resolve("override.csv");
        Files.writeString(file, "domain,category,affiliation,source,source_url\ntass.ru,USER,,our desk,\nexample.org,USER,,,\n");

        DomainListCsvReader.Loaded loaded = DomainListCsvReader.load(List.of(file));
        DomainMatcher m = loaded.matcher();

        assertThat(loaded.lists()).extracting(l -> l.name()).endsWith("override");
        assertThat(m.matchHost("tass.ru")).map(DomainEntry::source).contains("our desk");
        assertThat(m.matchHost("www.example.org")).map(DomainEntry::list).contains("override");
    }

    /**
     * What the scenario generator links to (core/scenario StateMedia, ShortLinks), written out here
     * because those classes are package-private: rt.com and sputnikglobe.com are real and listed;
     * the three "pravda" mirrors are fictional and are not; shorteners and t.co hide their target.
     */
    @Test
    void scenarioLaunderingTargetsRealOutletsMatchFictionalMirrorsDoNot() throws IOException {
        DomainMatcher m = DomainListCsvReader.bundled().matcher();

        assertThat(m.matchUrl("https://www.rt.com/news/612345-japan-election-us-pressure/?utm_source=x")).map(DomainEntry::domain).contains("rt.com");
        assertThat(m.matchUrl("https://sputnikglobe.com/20261101/slug-1123456789.html")).map(DomainEntry::domain).contains("sputnikglobe.com");
        for (String fictional : List.of("https://www.pravda-nippon.com/world/2026/11/01/123456.html",
                "https://jp-pravda.net/world/2026/11/01/123456.html", "https://tokyo-pravda.org/world/2026/11/01/1.html",
                "https://bit.ly/AbCdEfG", "https://tinyurl.com/abcdefgh", "https://is.gd/AbCdEf", "https://ow.ly/AbCdE50xyz",
                "https://t.co/AbCdEfGhIj")) {
            assertThat(m.matchUrl(fictional)).as(fictional).isEmpty();
        }
    }
}
