package io.mamori.io.input;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordParserTest {
    /** One record as the parser reports it. */
    private record Row(long line, boolean unterminatedQuote, List<String> fields) {
    }

    @Test
    void randomCsvSplitsAsTheToolkitsPythonReaderWouldWhereverTheReadsEnd() throws IOException {
        // given: seeded random texts over the characters that matter to CSV, read whole and in
        // chunks of 1-5 chars so that fields start, end and straddle the refills everywhere
        char[] alphabet = {'a', 'b', '7', ' ', '\u00e9', '\u6295', ',', ',', '"', '"', '\n', '\r'};
        for (int seed = 0; seed < 2000; seed++) {
            Random random = new Random(seed);
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(120);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String csv = text.toString();
            List<Row> expected = reference(csv);

            // when / then
            assertThat(parse(new StringReader(csv))).as("seed %d, whole: %s", seed, csv).isEqualTo(expected);
            assertThat(parse(new ChunkedReader(csv, new Random(~seed)))).as("seed %d, chunked: %s", seed, csv)
                    .isEqualTo(expected);
        }
    }

    @Test
    void fieldsAcrossTheParsersOwnBufferBoundaryAreWhole() throws IOException {
        // given: many records of varied width, far more than one 64K-char buffer
        Random random = new Random(42);
        StringBuilder text = new StringBuilder();
        while (text.length() < 300_000) {
            text.append(random.nextInt(1_000_000)).append(',').append("\u6295".repeat(random.nextInt(9)))
                    .append(",\"q,").append(random.nextInt(100)).append("\"x,").append(random.nextBoolean() ? "\r\n" : "\n");
        }
        String csv = text.toString();

        // when / then
        assertThat(parse(new StringReader(csv))).isEqualTo(reference(csv));
    }

    private static List<Row> parse(Reader in) throws IOException {
        CsvRecordParser parser = new CsvRecordParser(in);
        List<Row> rows = new ArrayList<>();
        int n;
        while ((n = parser.next()) >= 0) {
            List<String> fields = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                fields.add(parser.field(i));
            }
            rows.add(new Row(parser.recordLine(), parser.unterminatedQuote(), fields));
        }
        return rows;
    }

    /**
     * Python's {@code open()} (universal newlines) then {@code csv.reader} (excel dialect,
     * non-strict), written out plainly: the oracle the parser must agree with.
     */
    private static List<Row> reference(String text) {
        String s = text.replace("\r\n", "\n").replace('\r', '\n');
        List<Row> rows = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (s.charAt(i) == '\n') {
                i++;
                continue;
            }
            long line = 1 + s.substring(0, i).chars().filter(c -> c == '\n').count();
            boolean unterminated = false;
            List<String> fields = new ArrayList<>();
            while (true) {
                StringBuilder field = new StringBuilder();
                if (i < n && s.charAt(i) == '"') {
                    i++;
                    unterminated = true;
                    while (i < n) {
                        char c = s.charAt(i++);
                        if (c == '"') {
                            if (i < n && s.charAt(i) == '"') {
                                field.append('"');
                                i++;
                                continue;
                            }
                            unterminated = false;
                            break;
                        }
                        field.append(c);
                    }
                }
                while (i < n && s.charAt(i) != ',' && s.charAt(i) != '\n') {
                    field.append(s.charAt(i++));
                }
                fields.add(field.toString());
                if (i < n && s.charAt(i) == ',') {
                    i++;
                    continue;
                }
                if (i < n) {
                    i++; // the line break
                }
                break;
            }
            rows.add(new Row(line, unterminated, fields));
        }
        return rows;
    }

    /** Hands out the text a few chars per read, as a pipe or a slow decoder may. */
    private static final class ChunkedReader extends Reader {
        private final String text;
        private final Random random;
        private int at;

        ChunkedReader(String text, Random random) {
            this.text = text;
            this.random = random;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            if (at == text.length()) {
                return -1;
            }
            int n = Math.min(Math.min(len, 1 + random.nextInt(5)), text.length() - at);
            text.getChars(at, at + n, buf, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
