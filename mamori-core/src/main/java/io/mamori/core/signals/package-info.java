/**
 * Account- and group-level signals beside co-activity: links to listed state-media and
 * influence-network domains ({@link io.mamori.core.signals.DomainMatcher},
 * {@link io.mamori.core.signals.LinkShares}). Pure: lists arrive as values, read by
 * {@code mamori-io}; documented in {@code docs/signals.md}.
 */
package io.mamori.core.signals;
