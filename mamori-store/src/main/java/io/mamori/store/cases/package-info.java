/**
 * Cases, takedown requests and their aggregate transparency counts in PostgreSQL (JDBC, migrations
 * V30–V31), and the DISARM technique catalogue shipped as a resource. Every method that changes
 * something takes the caller's connection, so a request's changes, history rows and audit entry
 * commit together. Workflow rules live in {@code io.mamori.core.cases}; callers check them first and
 * the conditional updates here make a concurrent change lose instead of overwrite.
 */
package io.mamori.store.cases;
