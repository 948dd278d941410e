package io.mamori.server;

import io.mamori.io.input.CountingInputStream;

import java.io.InputStream;

/**
 * Stops the read of a streamed request body past a limit. Javalin's {@code maxRequestSize} only
 * guards bodies it reads into memory; ingest and uploads stream the body, so the limit is enforced
 * here as the bytes arrive (a body without Content-Length included).
 */
final class IngestBodyLimit {
    /** The body went past the limit; unchecked so it passes through the readers untouched. */
    static final class Exceeded extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Exceeded(String what, long limit) {
            super(what + " is larger than " + limit + " bytes", null, false, false);
        }
    }

    private IngestBodyLimit() {
    }

    /** {@code in}, throwing {@link Exceeded} once more than {@code limit} bytes have been read. */
    static InputStream of(InputStream in, long limit, String what) {
        return new CountingInputStream(in, total -> {
            if (total > limit) {
                throw new Exceeded(what, limit);
            }
        });
    }
}
