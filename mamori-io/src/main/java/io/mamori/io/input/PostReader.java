package io.mamori.io.input;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input format. Implementations stream: memory stays bounded whatever the file size. */
public interface PostReader {
    /**
     * Reads every record of {@code in} (already decompressed) into {@code context}. Bad records are
     * reported through {@link ReadContext#problem}; only I/O failures and {@link OnError#FAIL}
     * stop the read.
     */
    void read(InputStream in, ReadContext context) throws IOException;
}
