package io.mamori.io.input;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongConsumer;

/**
 * Passes the running total of bytes read (and skipped) to a listener after every read: progress
 * bars use it, and the server uses it to stop a streamed body past its size limit (the listener
 * throws). Marks are not supported: a reset would count bytes twice.
 */
public final class CountingInputStream extends FilterInputStream {
    private final LongConsumer total;
    private long count;

    public CountingInputStream(InputStream in, LongConsumer total) {
        super(in);
        this.total = total;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            advance(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public synchronized void mark(int readlimit) {
        // not supported (markSupported is false)
    }

    /** Bytes read so far. */
    public long count() {
        return count;
    }

    private void advance(long n) {
        count += n;
        total.accept(count);
    }
}
