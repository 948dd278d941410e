package io.mamori.io.input;

import java.util.Arrays;
import java.util.stream.Collectors;

/** The post formats Mamori reads. */
public enum InputFormat {
    /** coordination-network toolkit CSV: {@code message_id,user_id,username,repost_id,reply_id,message,timestamp,urls}. */
    TOOLKIT_CSV("toolkit-csv"),
    /** X API v2 JSON: response pages ({@code data} + {@code includes}) or twarc2-flattened tweets, one JSON value after another. */
    X_V2_JSON("x-v2"),
    /** Mamori's own JSON Lines, see {@code docs/formats.md}. */
    MAMORI_JSONL("mamori-jsonl");

    private final String cliName;

    InputFormat(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static InputFormat fromCliName(String name) {
        for (InputFormat f : values()) {
            if (f.cliName.equals(name)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown input format '" + name + "'; expected one of "
                + Arrays.stream(values()).map(InputFormat::cliName).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return cliName;
    }
}
