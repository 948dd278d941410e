package io.mamori.cli;

import picocli.CommandLine.Option;

/** Options every command that runs an analysis shares: worker threads and quiet output. */
final class RunOptions {
    @Option(names = "--threads", paramLabel = "N", description = "Worker threads. Default: available processors.")
    Integer threads;

    @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr (bad records are still reported).")
    boolean quiet;

    /** The thread count asked for, or the available processors; at least one. */
    int threads() {
        int n = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (n < 1) {
            throw new UserError("--threads must be >= 1");
        }
        return n;
    }
}
