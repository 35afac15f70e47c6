package org.ogireport.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The figures the issues name, measured ({@code mvn -Pbench}): each benchmark is run a few times to warm up, then
 * timed, and its median printed with the limit it must keep. Each benchmark is a class of its own; add it to
 * {@link #ALL}.
 */
public final class Benchmarks {

    /** One measured operation. */
    public interface Benchmark {
        /** What is measured and the limit, e.g. "import a 6-page PDF (≤ 1000 ms)". */
        String name();

        /** The limit of the median, in milliseconds. */
        double limitMillis();

        /** Prepares; returns false (with a reason printed) when it cannot run here. */
        boolean setUp() throws Exception;

        void runOnce() throws Exception;
    }

    private static final List<Benchmark> ALL = List.of(new PdfImportBenchmark());
    private static final int WARM_UPS = 5;
    private static final int RUNS = 15;

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        boolean allWithin = true;
        for (Benchmark b : ALL) {
            if (!b.setUp()) {
                continue;
            }
            for (int i = 0; i < WARM_UPS; i++) {
                b.runOnce();
            }
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < RUNS; i++) {
                long start = System.nanoTime();
                b.runOnce();
                millis.add((System.nanoTime() - start) / 1e6);
            }
            millis.sort(null);
            double median = millis.get(millis.size() / 2);
            boolean within = median <= b.limitMillis();
            allWithin &= within;
            System.out.printf(Locale.ROOT, "%s: median %.1f ms (min %.1f, max %.1f, %d runs) %s%n", b.name(), median,
                    millis.get(0), millis.get(millis.size() - 1), RUNS, within ? "OK" : "TOO SLOW");
        }
        if (!allWithin) {
            System.exit(1);
        }
    }
}
