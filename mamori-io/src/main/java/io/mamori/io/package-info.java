/**
 * Adapters between files and the core: streaming readers that turn input files into
 * {@link io.mamori.core.post.Post}s ({@code input}) and writers for networks ({@code output}).
 * May depend on {@code mamori-core} and Jackson; never on the CLI, the store or the server.
 */
package io.mamori.io;
