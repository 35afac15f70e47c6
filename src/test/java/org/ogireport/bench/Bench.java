package org.ogireport.bench;

import java.util.Arrays;
import java.util.Locale;

/** A small timing harness: warm-up, then the median and the 90th percentile of many runs. */
public final class Bench {

    /** One timed action. */
    @FunctionalInterface
    public interface Action {
        void run(int iteration) throws Exception;
    }

    /** Where results go so that the JIT cannot drop the work that made them. */
    private static volatile int sink;

    private Bench() {
    }

    /** Keeps a result alive. */
    public static void consume(Object result) {
        sink += result == null ? 0 : result.hashCode();
    }

    /**
     * Times an action and prints one line: name, median, p90, min, and the target it is held to.
     *
     * @return the median in milliseconds
     */
    public static double measure(String name, int warmup, int runs, double targetMs, Action action)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            action.run(i);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            action.run(warmup + i);
            nanos[i] = System.nanoTime() - t0;
        }
        return report(name, nanos, targetMs);
    }

    /** Prints the line of {@link #measure} for timings taken elsewhere (e.g. on the JavaFX thread). */
    public static double report(String name, long[] nanos, double targetMs) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        int runs = sorted.length;
        double median = sorted[runs / 2] / 1e6;
        double p90 = sorted[(int) (runs * 0.9)] / 1e6;
        double min = sorted[0] / 1e6;
        System.out.printf(Locale.ROOT, "%-58s median %9.3f ms  p90 %9.3f ms  min %9.3f ms  (target ≤ %s ms: %s)%n",
                name, median, p90, min, targetMs, median <= targetMs ? "met" : "MISSED");
        return median;
    }
}
