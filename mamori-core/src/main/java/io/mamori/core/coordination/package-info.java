/**
 * Co-activity networks: which accounts did the same thing within a time window. The definitions
 * follow the coordination-network toolkit exactly (see {@code docs/networks.md}); the algorithm
 * is sort-then-sweep over dictionary-encoded primitive columns ({@link io.mamori.core.coordination.PostTable})
 * instead of the toolkit's SQL self-join.
 */
package io.mamori.core.coordination;
