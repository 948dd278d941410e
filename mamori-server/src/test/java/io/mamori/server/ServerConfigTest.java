package io.mamori.server;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ServerConfigTest {
    @Test
    void withNothingConfiguredTheServerUsesTheEmbeddedDatabaseOnPort8080() {
        ServerConfig c = ServerConfig.load(null, Map.of());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.host()).isEqualTo("127.0.0.1");
        assertThat(c.database().isEmbedded()).isTrue();
        assertThat(c.database().dataDirectory()).isEqualTo(Path.of("mamori-data"));
    }

    @Test
    void environmentVariablesOverrideTheFile(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mamori.properties");
        Files.writeString(f, "server.port=9000\ndatabase.url=jdbc:postgresql://db.example/mamori\ndatabase.user=m\n");
        ServerConfig c = ServerConfig.load(f, Map.of("MAMORI_SERVER_PORT", "9100", "MAMORI_DATABASE_PASSWORD", "s3cret"));
        assertThat(c.port()).isEqualTo(9100);
        assertThat(c.database().isEmbedded()).isFalse();
        assertThat(c.database().jdbcUrl()).isEqualTo("jdbc:postgresql://db.example/mamori");
        assertThat(c.database().user()).isEqualTo("m");
        assertThat(c.database().password()).isEqualTo("s3cret");
    }

    @Test
    void anUnknownKeyInTheFileStopsStartUpNamingIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("mamori.properties");
        Files.writeString(f, "server.prot=9000\n");
        assertThatThrownBy(() -> ServerConfig.load(f, Map.of()))
                .hasMessageContaining("server.prot").hasMessageContaining(f.toString());
    }

    @Test
    void aMalformedNumberNamesTheKeyAndWhereItCameFrom() {
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("MAMORI_SERVER_PORT", "eighty")))
                .hasMessageContaining("server.port").hasMessageContaining("MAMORI_SERVER_PORT").hasMessageContaining("eighty");
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("MAMORI_SERVER_PORT", "70000")))
                .hasMessageContaining("0..65535");
        assertThatThrownBy(() -> ServerConfig.load(null, Map.of("MAMORI_DATABASE_URL", "postgres://x")))
                .hasMessageContaining("jdbc:postgresql:");
    }

    @Test
    void environmentNamesFollowTheKeys() {
        assertThat(ServerConfig.envName("database.pool-size")).isEqualTo("MAMORI_DATABASE_POOL_SIZE");
        assertThat(ServerConfig.envName("api.max-body-bytes")).isEqualTo("MAMORI_API_MAX_BODY_BYTES");
    }
}
