package io.mamori.io.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mamori.io.input.InputException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/** Reads what other tools need back from a {@code report.json}: its flagged accounts. */
public final class ReportJsonReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ReportJsonReader() {
    }

    /**
     * Reads and checks the report's format and version.
     *
     * @throws InputException when the file is not a Mamori report this program understands
     */
    public static JsonNode read(Path report) throws IOException {
        if (!Files.isRegularFile(report)) {
            throw new InputException(report + ": no such report file");
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(report.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new InputException(report + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !"mamori-report".equals(root.path("format").asText())) {
            throw new InputException(report + ": field 'format': not a Mamori report");
        }
        int version = root.path("version").asInt(-1);
        if (version != AnalysisReport.FORMAT_VERSION) {
            throw new InputException(report + ": field 'version': " + version + " is not supported (this program reads "
                    + AnalysisReport.FORMAT_VERSION + ")");
        }
        return root;
    }

    /** The ids of the report's flagged accounts ({@code accounts[].id}). */
    public static Set<String> flaggedAccountIds(JsonNode report) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode a : report.path("accounts")) {
            out.add(a.path("id").asText());
        }
        return out;
    }
}
