package io.mamori.core.scenario;

/**
 * X's id layout ("Snowflake"): milliseconds since 2010-11-04T01:42:54.657Z in the high bits,
 * then 10 bits of worker and 12 bits of per-millisecond sequence. Post ids, and the ids of
 * accounts created since the scheme was adopted, therefore grow with time, as real ones do.
 */
final class Snowflakes {
    static final long EPOCH_MILLIS = 1_288_834_974_657L;
    private static final int SEQUENCE_BITS = 12;
    private static final int WORKER_BITS = 10;

    private Snowflakes() {
    }

    static long id(long epochMillis, int worker, int sequence) {
        if (sequence < 0 || sequence >= (1 << SEQUENCE_BITS)) {
            throw new IllegalStateException("more than " + (1 << SEQUENCE_BITS) + " ids in one millisecond");
        }
        return ((epochMillis - EPOCH_MILLIS) << (WORKER_BITS + SEQUENCE_BITS))
                | ((long) (worker & ((1 << WORKER_BITS) - 1)) << SEQUENCE_BITS)
                | sequence;
    }

    static int workerCount() {
        return 1 << WORKER_BITS;
    }
}
