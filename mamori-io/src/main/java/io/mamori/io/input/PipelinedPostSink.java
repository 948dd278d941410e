package io.mamori.io.input;

import io.mamori.core.post.Account;
import io.mamori.core.post.Post;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Hands posts to another sink on a second thread, in batches, so that parsing (this thread) and
 * dictionary encoding (the consumer) overlap on two cores. Order is preserved: posts and accounts
 * reach the delegate exactly as they were sent. {@link #close()} waits for the consumer and
 * rethrows anything it threw. Parsing and encoding cost about the same per post, so this nearly
 * halves load time (measured in docs/BENCHMARKS.md).
 */
public final class PipelinedPostSink implements PostSink, AutoCloseable {
    private static final int BATCH = 4096;
    // Posts waiting in the queue are live young objects that every young collection copies
    // (~450 bytes each): when parsing outruns encoding, 64 batches kept ~120 MB in flight. A few
    // batches are enough to ride out either side's hiccups.
    private static final int QUEUED_BATCHES = 4;
    private static final Object[] END = new Object[0];

    private final BlockingQueue<Object[]> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES);
    private final Thread consumer;
    private volatile Throwable failure;
    private Object[] batch = new Object[BATCH];
    private int size;
    private boolean closed;

    public PipelinedPostSink(PostSink delegate) {
        consumer = new Thread(() -> {
            try {
                while (true) {
                    Object[] b = queue.take();
                    if (b == END) {
                        return;
                    }
                    for (Object o : b) {
                        if (o == null) {
                            break;
                        }
                        if (o instanceof Post p) {
                            delegate.post(p);
                        } else {
                            delegate.account((Account) o);
                        }
                    }
                }
            } catch (Throwable t) {
                failure = t;
                queue.clear(); // unblock the producer; it sees the failure on its next put
            }
        }, "post-encoder");
        consumer.setDaemon(true);
        consumer.start();
    }

    @Override
    public void post(Post post) {
        add(post);
    }

    @Override
    public void account(Account account) {
        add(account);
    }

    private void add(Object o) {
        batch[size++] = o;
        if (size == BATCH) {
            flush();
        }
    }

    private void flush() {
        if (size == 0) {
            return;
        }
        put(batch);
        batch = new Object[BATCH];
        size = 0;
    }

    private void put(Object[] b) {
        try {
            while (!queue.offer(b, 100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                checkFailure();
            }
            checkFailure();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading posts", e);
        }
    }

    private void checkFailure() {
        Throwable t = failure;
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t instanceof Error err) {
            throw err;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
    }

    /** Delivers what is left and waits until the delegate has seen every post. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (failure == null) {
            flush();
            put(END);
        }
        try {
            consumer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading posts", e);
        }
        checkFailure();
    }
}
