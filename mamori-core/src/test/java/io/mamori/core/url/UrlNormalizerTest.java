package io.mamori.core.url;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class UrlNormalizerTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HTTPS://News.Example.COM/Path?a=1&utm_source=x&b=2#frag|https://news.example.com/Path?a=1&b=2",
        "http://example.com:80|http://example.com/",
        "https://example.com:443/x?fbclid=abc|https://example.com/x",
        "https://example.com:8443/x?gclid=1&utm_medium=2|https://example.com:8443/x",
        "example.com/a|http://example.com/a",
        "['http://example.com/4',|http://example.com/4",
        "https://user:pw@Example.com./p|https://example.com/p",
        "https://Bücher.example/パス|https://xn--bcher-kva.example/パス",
    })
    void normalisesSchemeHostPortFragmentAndTrackingParameters(String raw, String expected) {
        assertThat(UrlNormalizer.normalise(raw).url()).isEqualTo(expected);
    }

    @Test
    void returnsNullWhenNothingUrlLikeRemains() {
        assertThat(UrlNormalizer.normalise(" [' ")).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "www.rt.com|rt.com",
        "news.example.co.jp|example.co.jp",
        "someone.blogspot.com|someone.blogspot.com",
        "localhost|localhost",
        "192.0.2.1|192.0.2.1",
        "sputnikglobe.com|sputnikglobe.com",
    })
    void registeredDomainIsPublicSuffixPlusOneLabel(String host, String expected) {
        assertThat(RegisteredDomain.of(host)).isEqualTo(expected);
    }
}
