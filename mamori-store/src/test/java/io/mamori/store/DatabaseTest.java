package io.mamori.store;

import io.mamori.core.access.Role;
import io.mamori.store.users.UserStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseTest {
    @Test
    void migrationsApplyToAnEmptyDatabaseAndAgainChangeNothing() throws Exception {
        var ds = TestDatabase.empty();
        Database.migrate(ds);
        Database.migrate(ds);
        try (Connection c = ds.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT count(*) FROM flyway_schema_history WHERE success")) {
            r.next();
            assertThat(r.getInt(1)).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsItsDataAcrossARestart(@TempDir Path dir) {
        try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
            assertThat(db.isReachable()).isTrue();
            new UserStore(db.dataSource()).create("kept", Role.ANALYST, null, "a long enough password");
        }
        try (Database db = Database.open(DatabaseSettings.embedded(dir))) {
            assertThat(new UserStore(db.dataSource()).find("kept")).isPresent();
        }
    }
}
