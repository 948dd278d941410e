/**
 * The {@code mamori} command line (picocli). Parses options into typed values, wires readers,
 * core algorithms and writers together, and reports progress and summaries on stderr. Holds no
 * algorithm of its own; may depend on every other module except benchmarks.
 */
package io.mamori.cli;
