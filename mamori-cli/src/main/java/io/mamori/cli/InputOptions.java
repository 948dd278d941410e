package io.mamori.cli;

import io.mamori.core.post.Platform;
import io.mamori.io.input.InputFormat;
import io.mamori.io.input.OnError;
import picocli.CommandLine.Option;

/** Options every command that reads posts shares. */
final class InputOptions {
    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: detect per file), toolkit-csv, x-v2 or mamori-jsonl.")
    String inputFormat;

    @Option(names = "--on-error", paramLabel = "POLICY", defaultValue = "skip",
            description = "What to do with a bad record: skip (default; report it, count it, go on) or fail.")
    OnError onError;

    @Option(names = "--platform", paramLabel = "NAME", defaultValue = "unknown",
            description = "Platform of inputs that do not say (the toolkit CSV). Default: ${DEFAULT-VALUE}.")
    String platform;

    InputFormat forcedFormat() {
        if ("auto".equals(inputFormat)) {
            return null;
        }
        try {
            return InputFormat.fromCliName(inputFormat);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage() + " (or auto)");
        }
    }

    Platform defaultPlatform() {
        try {
            return Platform.of(platform);
        } catch (IllegalArgumentException e) {
            throw new UserError("--platform: " + e.getMessage());
        }
    }
}
