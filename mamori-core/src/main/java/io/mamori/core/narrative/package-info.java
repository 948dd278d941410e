/**
 * Narratives: the messages of the input, as clusters of near-duplicate posts over the whole
 * input (the co-similar column of {@link io.mamori.core.coordination.PostTable}), with what an
 * analyst asks of each — its wording, key terms, when and how much it was posted, by whom, and
 * how much of it came from flagged accounts ({@code docs/narratives.md}). Pure: the JDK only; key
 * terms come from a {@link io.mamori.core.text.WordSegmenter} supplied by the caller.
 */
package io.mamori.core.narrative;
