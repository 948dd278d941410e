/**
 * The coordinated-groups analysis pipeline as a library: {@link io.mamori.analysis.AnalysisPipeline}
 * runs a {@link io.mamori.analysis.PostSource} through detection, signals, narratives and risk and
 * writes the report, telling a {@link io.mamori.analysis.ProgressListener} how far it got. Shared by
 * {@code mamori-cli} and {@code mamori-server}.
 * May depend on {@code mamori-core}, {@code mamori-io}, {@code mamori-text} and {@code mamori-model};
 * never on the CLI (picocli, progress bars), the store or the server.
 */
package io.mamori.analysis;
