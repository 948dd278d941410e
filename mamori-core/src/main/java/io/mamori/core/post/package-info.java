/**
 * The platform-neutral post model: {@link io.mamori.core.post.Post}, {@link io.mamori.core.post.Account}
 * and their typed identifiers. Readers in {@code mamori-io} produce these; nothing here knows a file format.
 */
package io.mamori.core.post;
