package org.ogireport.bench;

/**
 * Runs the benchmarks and prints their figures: {@code mvn -Pbench} (see docs/benchmarks.md). Not tests: the
 * figures depend on the machine; each line says whether it met its target. Add a benchmark as a
 * class of its own with a static {@code run()} that times its operations with {@link Bench#measure}.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("ogi-report benchmarks — Java %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        StoreBenchmark.run();
        RuleSetBenchmark.run();
        PdfImportBenchmark.run();
        DocImportBenchmark.run();
        // Before the typing benchmark, which ends the JavaFX toolkit the window's benchmarks share.
        SummaryWindowBenchmark.run();
        TypingLatencyBenchmark.run();
        ExportBenchmark.run();
        CompilationBenchmark.run();
        InboxLoadBenchmark.run();
    }
}
