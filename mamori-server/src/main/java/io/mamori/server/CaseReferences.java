package io.mamori.server;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Whether a case id given as the purpose of a personal-data read names a case that exists (and,
 * as the cases slice decides, is open). The analyses branch has no cases yet: {@link #UNCHECKED}
 * accepts every positive id and must be replaced by the cases store when the branches merge.
 */
@FunctionalInterface
public interface CaseReferences {
    /** Checked inside the read's transaction. */
    boolean exists(Connection connection, long caseId) throws SQLException;

    /** Accepts every case id: a placeholder until the cases slice is merged. Never ship it. */
    CaseReferences UNCHECKED = (connection, caseId) -> true;
}
