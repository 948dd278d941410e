package io.mamori.core.similarity;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;

/**
 * Runs numbered tasks on a fixed number of threads, each thread with its own scratch state. Tasks
 * are handed out one at a time so uneven tasks balance; results must go to task-indexed slots so
 * that they do not depend on the thread count.
 */
final class Workers {
    private Workers() {
    }

    /** One task: {@code index} in {@code 0..count-1}, with the calling thread's scratch state. */
    interface Task<S> {
        void run(S scratch, int index);
    }

    static <S> void forEach(int threads, int count, Supplier<S> scratch, Task<S> task) {
        int workers = Math.min(threads, count);
        if (workers <= 1) {
            S s = scratch.get();
            for (int i = 0; i < count; i++) {
                task.run(s, i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> running = new ArrayList<>(workers);
        try (ExecutorService pool = Executors.newFixedThreadPool(workers,
                Thread.ofPlatform().name("mamori-similarity-", 0).daemon(true).factory())) {
            for (int w = 0; w < workers; w++) {
                running.add(pool.submit(() -> {
                    try {
                        S s = scratch.get();
                        for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                            task.run(s, i);
                        }
                    } catch (RuntimeException | Error e) {
                        next.set(count); // the others stop after their current task
                        throw e;
                    }
                }));
            }
            for (Future<?> f : running) {
                await(f);
            }
        }
    }

    /**
     * Produces items {@code 0..count-1} on {@code threads} threads, a few ahead of the consumer, and
     * hands them to {@code consume} on the calling thread in index order. At most
     * {@code threads + 1} items exist at a time, which bounds memory when items are large.
     */
    static <T> void pipeline(int threads, int count, IntFunction<T> produce, ObjIntConsumer<T> consume) {
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                consume.accept(produce.apply(i), i);
            }
            return;
        }
        int ahead = threads + 1;
        List<Future<T>> produced = new ArrayList<>(count);
        try (ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("mamori-similarity-", 0).daemon(true).factory())) {
            for (int i = 0; i < Math.min(ahead, count); i++) {
                int item = i;
                produced.add(pool.submit(() -> produce.apply(item)));
            }
            for (int i = 0; i < count; i++) {
                T item = await(produced.get(i));
                produced.set(i, null);
                if (i + ahead < count) {
                    int next = i + ahead;
                    produced.add(pool.submit(() -> produce.apply(next)));
                }
                consume.accept(item, i);
            }
        }
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
