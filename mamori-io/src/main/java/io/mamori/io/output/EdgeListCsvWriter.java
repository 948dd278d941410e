package io.mamori.io.output;

import io.mamori.core.coordination.CoActivityNetwork;
import io.mamori.core.coordination.PostTable;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes networks as CSV: header {@code source,target,weight,edge_type}, then one row per directed
 * edge in the networks' order (source, then target). Ids are quoted only when they contain a comma,
 * a quote or a line break (RFC 4180).
 */
public final class EdgeListCsvWriter {
    private EdgeListCsvWriter() {
    }

    public static void write(List<CoActivityNetwork> networks, Writer out) throws IOException {
        out.write("source,target,weight,edge_type\n");
        StringBuilder row = new StringBuilder(64);
        for (CoActivityNetwork network : networks) {
            PostTable table = network.table();
            String type = network.type().cliName();
            for (int e = 0, n = network.edgeCount(); e < n; e++) {
                row.setLength(0);
                appendField(row, AccountLabels.label(table, network.source(e)));
                row.append(',');
                appendField(row, AccountLabels.label(table, network.target(e)));
                row.append(',').append(network.weight(e)).append(',').append(type).append('\n');
                out.append(row);
            }
        }
    }

    static void appendField(StringBuilder row, String value) {
        boolean quote = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                quote = true;
                break;
            }
        }
        if (!quote) {
            row.append(value);
            return;
        }
        row.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                row.append('"');
            }
            row.append(c);
        }
        row.append('"');
    }
}
