package org.ogireport.bench;

import java.util.Arrays;
import java.util.List;

/**
 * The figures the issues name, measured: {@code mvn -Pbench} runs this main. Each benchmark is warmed up, then
 * timed over many runs, and the median is printed with its target. Not a test: timings depend on the machine.
 */
public final class Benchmarks {

    /** One measured operation. */
    interface Benchmark {
        /** What is measured, e.g. “rule set on a full report”. */
        String name();

        /** The figure the issue asks for, e.g. “< 5 ms”. */
        String target();

        /** One run of the measured operation; returns something derived from its result so it is not optimised away. */
        Object runOnce();
    }

    private static final int WARM_UP_RUNS = 2_000;
    private static final int MEASURED_RUNS = 2_000;

    private Benchmarks() {
    }

    public static void main(String[] args) {
        List<Benchmark> all = List.of(
                new RuleSetBenchmark());
        for (Benchmark b : all) {
            double median = medianMillis(b);
            System.out.printf("%-60s median %.3f ms   (target %s)%n", b.name(), median, b.target());
        }
    }

    static double medianMillis(Benchmark b) {
        int sink = 0;
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            sink += b.runOnce().hashCode();
        }
        long[] nanos = new long[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            sink += b.runOnce().hashCode();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        if (sink == 42) {
            System.out.print("");
        }
        return nanos[nanos.length / 2] / 1e6;
    }
}
