/**
 * Behavioural signals of single accounts and groups that do not need a co-activity network: when
 * an account or a group is active, and what that says about who runs it. Inputs are plain
 * timestamps (epoch seconds) or histograms built from them; everything here is pure,
 * deterministic and free of I/O (see {@code docs/signals.md}). May depend on the JDK and on
 * {@code io.mamori.core.coordination} for its post columns.
 */
package io.mamori.core.signals;
