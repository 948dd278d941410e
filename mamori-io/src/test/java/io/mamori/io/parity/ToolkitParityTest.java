package io.mamori.io.parity;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.CoActivityNetworkBuilder;
import io.mamori.core.coordination.CoActivityType;
import io.mamori.core.coordination.PostTable;
import io.mamori.core.coordination.WindowParameters;
import io.mamori.core.post.Platform;
import io.mamori.io.input.InputFormat;
import io.mamori.io.input.OnError;
import io.mamori.io.input.PostInputs;
import io.mamori.io.input.ReadContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Mamori's networks against the coordination-network toolkit's on the toolkit's own test input and
 * on a dataset written to hit the edge cases. Expected edges come from the toolkit's SQL (see
 * src/test/resources/toolkit/README.md), self-matches excluded as Mamori defines.
 */
class ToolkitParityTest {

    static Stream<Object[]> settings() {
        List<Object[]> out = new ArrayList<>();
        for (String input : List.of("coretweet_test_input", "parity-generated")) {
            List<CoActivityType> types = input.startsWith("coretweet") ? List.of(CoActivityType.CO_REPOST)
                    : List.of(CoActivityType.CO_REPOST, CoActivityType.CO_POST, CoActivityType.CO_LINK,
                    CoActivityType.CO_REPLY, CoActivityType.CO_ANY);
            for (CoActivityType type : types) {
                for (int window : new int[] {1, 60}) {
                    for (int minWeight : new int[] {1, 2}) {
                        out.add(new Object[] {input, type, window, minWeight});
                    }
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} window {2} min weight {3}")
    @MethodSource("settings")
    void edgesEqualTheToolkitsWithAndWithoutSelfLoops(String input, CoActivityType type, int window, int minWeight) throws Exception {
        PostTable table = load(input + ".csv");
        List<String> expected = Files.readAllLines(resource("expected/" + input + "." + type.cliName() + ".w" + window + ".m" + minWeight + ".csv"));
        expected = expected.subList(1, expected.size());

        List<String> withLoops = edges(table, type, new WindowParameters(window, minWeight, true));
        List<String> withoutLoops = edges(table, type, new WindowParameters(window, minWeight, false));

        assertThat(withLoops).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(withoutLoops).containsExactlyInAnyOrderElementsOf(
                expected.stream().filter(e -> !e.split(",")[0].equals(e.split(",")[1])).toList());
    }

    @Test
    void nodeCountsOfTheToolkitsOwnTestMatchWhereSelfLoopsAreExcluded() throws Exception {
        // The toolkit's tests/test_graph_construction.py expects these node counts without self-loops.
        PostTable table = load("coretweet_test_input.csv");
        assertThat(nodes(table, 1, 1)).isEqualTo(2);
        assertThat(nodes(table, 1, 2)).isEqualTo(0);
        assertThat(nodes(table, 60, 1)).isEqualTo(6);
    }

    private static int nodes(PostTable table, int window, int minWeight) {
        CoActivityNetwork n = CoActivityNetworkBuilder.build(table, CoActivityType.CO_REPOST, new WindowParameters(window, minWeight, false), 2);
        return n.nodeCount();
    }

    private static List<String> edges(PostTable table, CoActivityType type, WindowParameters p) {
        CoActivityNetwork n = CoActivityNetworkBuilder.build(table, type, p, 2);
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int e = 0; e < n.edgeCount(); e++) {
            String row = table.accountId(n.source(e)) + "," + table.accountId(n.target(e)) + "," + n.weight(e);
            assertThat(seen.add(row)).isTrue();
            out.add(row);
        }
        return out;
    }

    static PostTable load(String name) throws IOException, URISyntaxException {
        PostTable.Builder builder = PostTable.builder(EnumSet.allOf(CoActivityType.class));
        ReadContext context = new ReadContext(builder::add, OnError.FAIL, Platform.UNKNOWN, p -> { });
        PostInputs.readAll(List.of(resource(name)), InputFormat.TOOLKIT_CSV, context, b -> { });
        return builder.build();
    }

    static Path resource(String name) throws URISyntaxException {
        return Path.of(ToolkitParityTest.class.getResource("/toolkit/" + name).toURI());
    }
}
