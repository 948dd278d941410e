/**
 * Benchmarks: JMH kernels for the hot paths and the synthetic post generator that {@code bench/run}
 * uses for end-to-end timings. Never run by the test suite; may depend on core and io.
 */
package io.mamori.bench;
