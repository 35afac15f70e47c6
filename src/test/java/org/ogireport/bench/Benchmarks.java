package org.ogireport.bench;

import java.util.Arrays;

/**
 * The benchmarks of docs/benchmarks.md, run by {@code mvn -Pbench}: each warms up, then prints the median of its
 * timed rounds. Timing tests are kept out of the unit tests, where a busy machine would make them flaky.
 */
public final class Benchmarks {

    /** One timed action. */
    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        ExportBenchmark.main(args);
    }

    /** Runs an action {@code warmUp} times untimed, then {@code rounds} times; returns the median in milliseconds. */
    public static double medianMillis(int warmUp, int rounds, Action action) throws Exception {
        for (int i = 0; i < warmUp; i++) {
            action.run();
        }
        double[] millis = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            action.run();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return rounds % 2 == 1 ? millis[rounds / 2] : (millis[rounds / 2 - 1] + millis[rounds / 2]) / 2;
    }
}
