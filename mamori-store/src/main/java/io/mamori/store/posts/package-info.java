/**
 * Stored posts and accounts (tables {@code posts} and {@code accounts}, migration V2):
 * {@link io.mamori.store.posts.PostStore} ingests readers' output through PostgreSQL {@code COPY}
 * into a per-transaction staging table, idempotent on (platform, post id), and streams stored
 * posts back in time order for analyses.
 */
package io.mamori.store.posts;
