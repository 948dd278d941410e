package io.mamori.core.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every inclusion and consistency vector of transparency-dev/merkle, negative ones included. */
class MerkleVectorsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<Path> files(String dir) throws IOException, URISyntaxException {
        Path root = Path.of(MerkleVectorsTest.class.getResource("/rfc6962/" + dir).toURI());
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static byte[] b64(JsonNode n) {
        return n == null || n.isNull() ? null : Base64.getDecoder().decode(n.asText());
    }

    private static List<byte[]> proof(JsonNode n) {
        if (n == null || n.isNull()) {
            return List.of();
        }
        List<byte[]> out = new ArrayList<>();
        n.forEach(h -> out.add(b64(h)));
        return out;
    }

    @TestFactory
    Stream<DynamicTest> inclusionVectors() throws Exception {
        List<Path> files = files("inclusion");
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            JsonNode v = JSON.readTree(f.toFile());
            MerkleProofs.Verdict verdict = MerkleProofs.verifyInclusion(v.get("leafIdx").asLong(), v.get("treeSize").asLong(),
                    b64(v.get("leafHash")), proof(v.get("proof")), b64(v.get("root")));
            assertThat(verdict.ok()).as("%s: %s (%s)", f, v.get("desc").asText(), verdict.reason())
                    .isEqualTo(!v.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> consistencyVectors() throws Exception {
        List<Path> files = files("consistency");
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            JsonNode v = JSON.readTree(f.toFile());
            MerkleProofs.Verdict verdict = MerkleProofs.verifyConsistency(v.get("size1").asLong(), v.get("size2").asLong(),
                    b64(v.get("root1")), b64(v.get("root2")), proof(v.get("proof")));
            assertThat(verdict.ok()).as("%s: %s (%s)", f, v.get("desc").asText(), verdict.reason())
                    .isEqualTo(!v.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> subtreeInclusionVectors() throws Exception {
        List<Path> files = files("subtreeinclusion");
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            JsonNode v = JSON.readTree(f.toFile());
            MerkleProofs.Verdict verdict = SubtreeProofs.verifyInclusion(v.get("leafIdx").asLong(), v.get("start").asLong(),
                    v.get("end").asLong(), b64(v.get("leafHash")), proof(v.get("proof")), b64(v.get("root")));
            assertThat(verdict.ok()).as("%s: %s (%s)", f, v.get("desc").asText(), verdict.reason())
                    .isEqualTo(!v.get("wantErr").asBoolean());
        }));
    }

    @TestFactory
    Stream<DynamicTest> subtreeConsistencyVectors() throws Exception {
        List<Path> files = files("subtreeconsistency");
        assertThat(files).hasSizeGreaterThan(50);
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getParent().getFileName() + "/" + f.getFileName(), () -> {
            JsonNode v = JSON.readTree(f.toFile());
            MerkleProofs.Verdict verdict = SubtreeProofs.verifyConsistency(v.get("start").asLong(), v.get("end").asLong(),
                    v.get("size").asLong(), b64(v.get("root1")), b64(v.get("root2")), proof(v.get("proof")));
            assertThat(verdict.ok()).as("%s: %s (%s)", f, v.get("desc").asText(), verdict.reason())
                    .isEqualTo(!v.get("wantErr").asBoolean());
        }));
    }
}
