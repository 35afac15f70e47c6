package org.ogireport.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Runs tasks each on a thread of its own, released together, and waits (bounded) for all of them. */
public final class AtOnce {

    /** What a task returned, or how it failed. */
    public record Result<T>(T value, Throwable failure) {

        public boolean ok() {
            return failure == null;
        }
    }

    private AtOnce() {
    }

    public static <T> List<Result<T>> run(List<? extends Callable<T>> tasks) throws InterruptedException {
        CountDownLatch start = new CountDownLatch(1);
        List<Result<T>> results = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < tasks.size(); i++) {
            results.add(null);
            int n = i;
            Thread t = new Thread(() -> {
                Result<T> r;
                try {
                    start.await();
                    r = new Result<>(tasks.get(n).call(), null);
                } catch (Exception | Error e) {
                    r = new Result<>(null, e);
                }
                synchronized (results) {
                    results.set(n, r);
                }
            }, "at-once-" + i);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        start.countDown();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (Thread t : threads) {
            t.join(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
            if (t.isAlive()) {
                throw new IllegalStateException(t.getName() + " did not finish within 5 minutes");
            }
        }
        synchronized (results) {
            return List.copyOf(results);
        }
    }
}
