package io.mamori.server;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a case id given as the purpose of a personal-data read names a case that may justify it:
 * one that exists and is not closed ({@link #OPEN_CASES}).
 */
@FunctionalInterface
public interface CaseReferences {
    /** Checked inside the read's transaction. */
    boolean exists(Connection connection, long caseId) throws SQLException;

    /** A case that exists and is not closed. */
    CaseReferences OPEN_CASES = (connection, caseId) -> {
        try (java.sql.PreparedStatement s = connection.prepareStatement("SELECT 1 FROM cases WHERE id = ? AND status <> 'closed'")) {
            s.setLong(1, caseId);
            try (java.sql.ResultSet r = s.executeQuery()) {
                return r.next();
            }
        }
    };
}
