package io.mamori.core.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ToolkitTextTest {
    // Expected values printed by CPython 3.11 running the toolkit's expression
    // " ".join(re.sub(r"@.*?(?=\s|$)", "", text.lower()).split()).
    static Stream<String[]> pythonCases() {
        return Stream.of(
                new String[] {"Hello World", "hello world"},
                new String[] {"  @alice Hello   @bob world  ", "hello world"},
                new String[] {"RT @user: Same TEXT", "rt same text"},
                new String[] {"me@example.com wrote", "me wrote"},
                new String[] {"地震だ\u3000@someone\u3000大丈夫？", "地震だ 大丈夫？"},
                new String[] {"Tab\there\nnew line", "tab here new line"},
                new String[] {"\u0130stanbul \u03a3\u0391\u03a3", "i\u0307stanbul \u03c3\u03b1\u03c2"},
                new String[] {"@only", ""},
                new String[] {"a\u00a0b\u2003c\u200bd", "a b c\u200bd"},
                new String[] {"x\u001cy", "x y"},
                new String[] {"", ""},
                new String[] {"  ", ""},
                new String[] {"@a@b c", "c"},
                new String[] {"Ünïcödé ＡＢＣ", "ünïcödé ａｂｃ"});
    }

    // Expected values printed by CPython 3.11 running the toolkit's expression
    // " ".join(re.sub(r"@.*?(?=\s|$)", "", text.lower()).split()).
    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("pythonCases")
    void normalisesExactlyAsTheToolkitsPythonExpression(String text, String expected) {
        assertThat(ToolkitText.normalise(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ideographic\u3000space|ideographic space", "zero\u200bwidth|zero\u200bwidth"})
    void splitsOnPythonWhiteSpaceOnly(String text, String expected) {
        assertThat(ToolkitText.normalise(text)).isEqualTo(expected);
    }
}
