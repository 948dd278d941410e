/**
 * Near-duplicate text detection for copy-paste campaigns, written for Japanese (no spaces, full-
 * and half-width forms), English and mixed posts without a tokenizer:
 * {@link io.mamori.core.similarity.SimilarityText} normalises,
 * {@link io.mamori.core.similarity.Shingles} cuts character shingles,
 * {@link io.mamori.core.similarity.MinHasher} signs them,
 * {@link io.mamori.core.similarity.LshParameters} bands the signatures, and
 * {@link io.mamori.core.similarity.NearDuplicateClusters} puts it together with exact verification
 * under {@link io.mamori.core.similarity.NearDuplicateParameters}. Pure computation on the JDK (and
 * the core's primitive collections); no I/O.
 */
package io.mamori.core.similarity;
