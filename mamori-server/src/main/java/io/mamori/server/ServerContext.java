package io.mamori.server;

import io.mamori.store.Database;
import io.mamori.store.audit.AuditTrail;
import io.mamori.store.users.UserStore;

import javax.sql.DataSource;
import java.time.Clock;

/** What feature modules are built from: the database, the shared stores, metrics and the clock. */
public record ServerContext(Database database, UserStore users, AuditTrail audit, HttpMetrics metrics, Clock clock,
                            ServerConfig config, AuditService auditLog) {
    public DataSource dataSource() {
        return database.dataSource();
    }
}
