/**
 * Account- and group-level signals beside co-activity (see {@code docs/signals.md}): links to
 * listed state-media and influence-network domains ({@link io.mamori.core.signals.DomainMatcher},
 * {@link io.mamori.core.signals.LinkShares}; lists arrive as values, read by {@code mamori-io}),
 * and when an account or a group is active and what that says about who runs it
 * ({@link io.mamori.core.signals.WorkingHoursTimeZone}); both for a report's groups and flagged
 * accounts in one pass over the posts ({@link io.mamori.core.signals.SignalSweep}), with their
 * sentences ({@link io.mamori.core.signals.SignalReasons}); and per-account behaviour features
 * ({@link io.mamori.core.signals.AccountFeatureSweep}). Pure, deterministic and free of I/O. May
 * depend on the JDK, {@code io.mamori.core.url} and {@code io.mamori.core.coordination} for its
 * post columns.
 */
package io.mamori.core.signals;
