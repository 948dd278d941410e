package io.mamori.core.coordination;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs one worker on several threads and waits for all: the sweeps split their work into chunks
 * the workers claim from a shared counter, so the result does not depend on the thread count.
 * The first failure of any worker is rethrown.
 */
final class SweepThreads {
    private SweepThreads() {
    }

    static void run(Runnable worker, int threads, String name) {
        if (threads == 1) {
            worker.run();
            return;
        }
        List<Thread> started = new ArrayList<>();
        Throwable[] failure = new Throwable[1];
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(worker, name + "-" + i);
            t.setUncaughtExceptionHandler((th, e) -> {
                synchronized (failure) {
                    if (failure[0] == null) {
                        failure[0] = e;
                    }
                }
            });
            t.start();
            started.add(t);
        }
        for (Thread t : started) {
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during " + name, e);
            }
        }
        if (failure[0] != null) {
            throw new IllegalStateException(name + " failed", failure[0]);
        }
    }
}
