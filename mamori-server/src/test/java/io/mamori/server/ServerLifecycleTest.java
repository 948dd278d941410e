package io.mamori.server;

import io.mamori.core.access.Role;
import io.mamori.store.users.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class ServerLifecycleTest {
    @Test
    void theEmbeddedServerKeepsEverythingAcrossARestart(@TempDir Path dir) {
        try (MamoriServer s = MamoriServer.start(ServerConfig.embedded(dir, 0))) {
            assertThat(StartupUsers.bootstrapAdmin(s.context().users(), "first admin password")).contains("first admin password");
            s.context().users().create("kept", Role.ANALYST, null, "a long enough password");
        }
        try (MamoriServer s = MamoriServer.start(ServerConfig.embedded(dir, 0))) {
            UserStore users = s.context().users();
            assertThat(users.find("kept")).isPresent();
            assertThat(StartupUsers.bootstrapAdmin(users, null)).as("admin exists already").isEmpty();
            assertThat(users.authenticate("admin", "first admin password")).isPresent();
        }
    }

    @Test
    void closingLetsAnInFlightRequestFinish() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        ApiModule slow = () -> List.of(ApiRoute.get("/slow", Roles.PUBLIC, "slow", r -> {
            entered.countDown();
            Thread.sleep(1_000);
            r.json(200, java.util.Map.of("done", true));
        }));
        MamoriServer s = MamoriServer.start(TestServer.config(), java.time.Clock.systemUTC(), List.of(slow));
        CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
                HttpRequest.newBuilder(URI.create(s.baseUrl() + "/slow")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(entered.await(10, TimeUnit.SECONDS)).isTrue();
        s.close();
        HttpResponse<String> r = inFlight.get(10, TimeUnit.SECONDS);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("done");
    }
}
