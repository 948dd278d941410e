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
    CaseReferences OPEN_CASES = io.mamori.store.cases.CaseStore::isOpen;
}
