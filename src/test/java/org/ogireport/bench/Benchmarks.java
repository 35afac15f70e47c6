package org.ogireport.bench;

import java.util.List;

/**
 * The benchmarks of the project, run by {@code mvn -Pbench}: each warms up, then prints median figures. Not tests:
 * timings depend on the machine, so nothing here passes or fails. One class per benchmark; add yours to the list.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        List<Benchmark> all = List.of(new TypingLatencyBenchmark());
        for (Benchmark b : all) {
            System.out.println("== " + b.name());
            b.run(System.out);
        }
    }

    /** One benchmark: warms up and prints its figures. */
    public interface Benchmark {
        String name();

        void run(java.io.PrintStream out) throws Exception;
    }

    /** The median of some timings in nanoseconds. */
    public static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** The p-th percentile (0–100) of some timings. */
    public static long percentile(long[] nanos, double p) {
        long[] sorted = nanos.clone();
        java.util.Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100 * sorted.length) - 1)];
    }
}
