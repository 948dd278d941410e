/**
 * Community detection on weighted undirected graphs: {@link io.mamori.core.community.WeightedGraph}
 * (CSR on primitive arrays), the {@link io.mamori.core.community.Leiden} algorithm with its
 * {@link io.mamori.core.community.LeidenParameters}, the resulting
 * {@link io.mamori.core.community.Partition}, and the quality functions it maximises
 * ({@link io.mamori.core.community.Modularity}, {@link io.mamori.core.community.Quality}). Pure
 * computation on the JDK only; the method and its validation are described in
 * {@code docs/community.md}.
 */
package io.mamori.core.community;
