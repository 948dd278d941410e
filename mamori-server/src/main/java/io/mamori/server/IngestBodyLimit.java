package io.mamori.server;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes of a streamed request body and stops the read past a limit. Javalin's
 * {@code maxRequestSize} only guards bodies it reads into memory; ingest streams the body, so the
 * limit is enforced here as the bytes arrive (a body without Content-Length included).
 */
final class IngestBodyLimit extends FilterInputStream {
    /** The body went past the limit; unchecked so it passes through the readers untouched. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String what, long limit) {
            super(what + " is larger than " + limit + " bytes", null, false, false);
        }
    }

    private final long limit;
    private final String what;
    private long count;

    IngestBodyLimit(InputStream in, long limit, String what) {
        super(in);
        this.limit = limit;
        this.what = what;
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
        advance(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    long count() {
        return count;
    }

    private void advance(long n) {
        count += n;
        if (count > limit) {
            throw new Exceeded(what, limit);
        }
    }
}
