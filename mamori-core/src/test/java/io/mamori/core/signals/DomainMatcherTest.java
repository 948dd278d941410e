package io.mamori.core.signals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DomainMatcherTest {
    private static DomainEntry entry(String domain, DomainCategory category, String list) {
        return new DomainEntry(domain, category, "RU", "test source", "https://example.org/source", "", list, "1");
    }

    private static final DomainMatcher MATCHER = DomainMatcher.of(List.of(new DomainList("test", "1", List.of(
            entry("rt.com", DomainCategory.STATE_MEDIA, "test"),
            entry("news-pravda.com", DomainCategory.INFLUENCE_NETWORK, "test"),
            entry("japan.news-pravda.com", DomainCategory.INFLUENCE_NETWORK, "test"),
            entry("tass.ru", DomainCategory.STATE_MEDIA, "test"),
            entry("xn--h1alffa9f.xn--p1ai", DomainCategory.USER, "test")))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rt.com|rt.com",
        "www.rt.com|rt.com",
        "RT.COM.|rt.com",
        "de.rt.com|rt.com",
        "a.b.de.rt.com|rt.com",
        "rt.com:8443|rt.com",
        "japan.news-pravda.com|japan.news-pravda.com",
        "www.japan.news-pravda.com|japan.news-pravda.com",
        "france.news-pravda.com|news-pravda.com",
        "news-pravda.com|news-pravda.com",
        "TASS.RU|tass.ru",
        "Россия.РФ|xn--h1alffa9f.xn--p1ai",
        "www.xn--h1alffa9f.xn--p1ai|xn--h1alffa9f.xn--p1ai",
        "новости.россия.рф|xn--h1alffa9f.xn--p1ai",
    })
    void matchesTheMostSpecificListedDomainOfAHostOrItsParents(String host, String listed) {
        assertThat(MATCHER.matchHost(host)).map(DomainEntry::domain).contains(listed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "art.com", "rt.com.example.org", "rtcom", "com", "fake-rt.com", "tass.ru.evil.example", "pravda.com",
        "news-pravda.co", "[::1]", "127.0.0.1", "''",
    })
    void doesNotMatchLookAlikes(String host) {
        assertThat(MATCHER.matchHost(host)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://www.rt.com/news/612345-x/?utm_source=twitter|rt.com",
        "HTTP://DE.RT.COM:80/a|rt.com",
        "https://japan.news-pravda.com/world/2026/11/01/1.html|japan.news-pravda.com",
        "japan.news-pravda.com/x|japan.news-pravda.com",
        "https://user:pw@tass.ru./economy|tass.ru",
        "https://ニュース.Россия.рф/путь|xn--h1alffa9f.xn--p1ai",
    })
    void matchesTheHostOfANormalisedUrl(String url, String listed) {
        assertThat(MATCHER.matchUrl(url)).map(DomainEntry::domain).contains(listed);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "https://art.com/rt.com", "https://example.org/?u=https://rt.com/", "https://rt.com.example.org/",
        "https://t.co/AbCdEf", "' '",
    })
    void doesNotMatchUrlsThatOnlyMentionAListedDomain(String url) {
        assertThat(MATCHER.matchUrl(url)).isEmpty();
    }

    @Test
    void aLaterListOverridesAnEarlierOneForTheSameDomain() {
        DomainList bundled = new DomainList("bundled", "2026-11-23",
                List.of(entry("tass.ru", DomainCategory.NETWORK_SOURCE, "bundled"), entry("ria.ru", DomainCategory.STATE_MEDIA, "bundled")));
        DomainList user = new DomainList("mine", "abc", List.of(entry("tass.ru", DomainCategory.USER, "mine")));

        DomainMatcher matcher = DomainMatcher.of(List.of(bundled, user));

        assertThat(matcher.matchHost("tass.ru")).map(DomainEntry::list).contains("mine");
        assertThat(matcher.matchHost("ria.ru")).map(DomainEntry::list).contains("bundled");
        assertThat(matcher.size()).isEqualTo(2);
        assertThat(matcher.overridden()).isEqualTo(1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "' Example.ORG. '|example.org",
        "www.example.org|example.org",
        "WWW.Example.org|example.org",
        "Bücher.example|xn--bcher-kva.example",
        "sputnik.kz|sputnik.kz",
        "news.co.jp|news.co.jp",
        "mil.ru|mil.ru",
    })
    void normalisesListedDomains(String raw, String expected) {
        assertThat(DomainNames.parseListed(raw).domain()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "''|empty",
        "com|top-level domain",
        "рф|top-level domain",
        "co.jp|registry suffix",
        "com.cn|registry suffix",
        "www.com|top-level domain",
        "https://rt.com/|is a URL",
        "rt.com/news|is a URL",
        "*.rt.com|wildcard",
        "rt.com:443|port",
        "127.0.0.1|not a domain name",
        "bad_label!.com|not a domain name",
    })
    void rejectsWhatCannotBeAListedDomain(String raw, String problem) {
        DomainNames.Parsed parsed = DomainNames.parseListed(raw);
        assertThat(parsed.isValid()).isFalse();
        assertThat(parsed.problem()).contains(problem);
    }

    @Test
    void anEntryMustCarryANormalisedDomain() {
        assertThatThrownBy(() -> entry("WWW.RT.COM", DomainCategory.STATE_MEDIA, "x"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rt.com");
    }

    @Test
    void agreesWithABruteForceSuffixCheckOnRandomHosts() {
        // Oracle: a host matches listed domain d iff host == d or host ends with "." + d; the most
        // specific is the longest such d.
        String[] labels = {"rt", "com", "news-pravda", "japan", "www", "tass", "ru", "art", "example", "org", "de"};
        SplittableRandom r = new SplittableRandom(20261123);
        List<String> listed = List.of("rt.com", "news-pravda.com", "japan.news-pravda.com", "tass.ru");
        for (int i = 0; i < 5_000; i++) {
            int n = 1 + r.nextInt(4);
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < n; k++) {
                parts.add(labels[r.nextInt(labels.length)]);
            }
            String host = String.join(".", parts);
            Optional<String> expected = listed.stream()
                    .filter(d -> host.equals(d) || host.endsWith("." + d))
                    .max((a, b) -> Integer.compare(a.length(), b.length()));
            assertThat(MATCHER.matchHost(host).map(DomainEntry::domain)).as(host).isEqualTo(expected);
        }
    }
}
