/**
 * Analyses in PostgreSQL: {@link io.mamori.store.analyses.AnalysisStore} keeps each analysis (status,
 * parameters, the report as JSONB and its page) with its groups, members and flagged accounts as rows
 * (migrations V3 and V20) for listing, filtering and an account's memberships;
 * {@link io.mamori.store.analyses.StoredPosts} reads one account's profile and posts (analyses stream
 * stored posts with {@code PostStore.forEach}). JDBC only; every method that takes a connection works inside
 * the caller's transaction.
 */
package io.mamori.store.analyses;
