package io.mamori.io.report;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Escaping and well-formedness of the markup writer, on hand-checked hostile strings. */
class ReportHtmlMarkupTest {
    @Test
    void textEscapesMarkupButKeepsQuotesAndLineBreaks() {
        assertThat(HtmlMarkup.escape("<script>alert(\"x\")</script> & 'y'\n", false))
                .isEqualTo("&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'y'\n");
    }

    @Test
    void attributeEscapesQuotesAndKeepsLineBreaksAsReferences() {
        assertThat(HtmlMarkup.escape("\" onmouseover=\"alert(1)\" a\tb\nc", true))
                .isEqualTo("&quot; onmouseover=&quot;alert(1)&quot; a&#9;b&#10;c");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharactersAndPairsStay() {
        String emoji = "\uD83C\uDDEF\uD83C\uDDF5";

        assertThat(HtmlMarkup.escape("a\uD83Db", false)).isEqualTo("a\uFFFDb");
        assertThat(HtmlMarkup.escape("a\uDC00b", false)).isEqualTo("a\uFFFDb");
        assertThat(HtmlMarkup.escape("end\uD83D", true)).isEqualTo("end\uFFFD");
        assertThat(HtmlMarkup.escape(emoji + "\uDE00" + emoji, false)).isEqualTo(emoji + "\uFFFD" + emoji);
    }

    @Test
    void controlCharactersAndNonCharactersBecomeReplacementCharacters() {
        assertThat(HtmlMarkup.escape("a\u0000b\u0007c\u001Bd\u0085e\uFFFEf\uFFFF", false))
                .isEqualTo("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf\uFFFD");
    }

    @Test
    void carriageReturnsBecomeLineFeeds() {
        assertThat(HtmlMarkup.escape("a\r\nb\rc", false)).isEqualTo("a\nb\nc");
        assertThat(HtmlMarkup.escape("a\r\nb\rc", true)).isEqualTo("a&#10;b&#10;c");
    }

    @Test
    void elementsAreClosedInOrderAndNullAttributesLeftOut() throws IOException {
        StringWriter out = new StringWriter();
        HtmlMarkup html = new HtmlMarkup(out);

        html.open("p", "class", "note", "title", null).element("code", "a<b").empty("br").close().finish();

        assertThat(out).hasToString("<p class=\"note\"><code>a&lt;b</code><br/></p>");
    }

    @Test
    void refusesMarkupThatHtmlAndXmlWouldReadDifferently() throws IOException {
        HtmlMarkup html = new HtmlMarkup(new StringWriter());

        assertThatThrownBy(() -> html.empty("div")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(html::close).isInstanceOf(IllegalStateException.class);
        html.open("section");
        assertThatThrownBy(html::finish).isInstanceOf(IllegalStateException.class).hasMessageContaining("section");
    }

    @Test
    void shortenCutsByCodePointsAndFlattensWhiteSpace() {
        String emoji = "\uD83D\uDE00";

        assertThat(HtmlFormats.shorten("a\n\n b  c", 10)).isEqualTo("a b c");
        assertThat(HtmlFormats.shorten(emoji.repeat(5), 3)).isEqualTo(emoji + emoji + "…");
    }

    @Test
    void coordinatesHaveOneDecimalAtMost() {
        assertThat(HtmlFormats.coordinate(12.04)).isEqualTo("12");
        assertThat(HtmlFormats.coordinate(12.06)).isEqualTo("12.1");
        assertThat(HtmlFormats.coordinate(-0.5)).isEqualTo("-0.5");
        assertThat(HtmlFormats.coordinate(-1.25)).isEqualTo("-1.2");
    }
}
