package org.ogireport.bench;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the benchmarks and prints their figures: {@code mvn -Pbench} (see docs/benchmarks.md), or only those whose
 * name contains a word, {@code mvn -Pbench -Dbench.only=compilation}. Not tests: the figures depend on the machine;
 * each line says whether it met its target. Add a benchmark as a class of its own with a static {@code run()} that
 * times its operations with {@link Bench#measure}.
 */
public final class Benchmarks {

    /** A benchmark's run. */
    @FunctionalInterface
    private interface Run {
        void run() throws Exception;
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("ogi-report benchmarks — Java %s, %d cores, %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name"));
        Map<String, Run> all = new LinkedHashMap<>();
        all.put("store", StoreBenchmark::run);
        all.put("rules", RuleSetBenchmark::run);
        all.put("pdf-import", PdfImportBenchmark::run);
        all.put("doc-import", DocImportBenchmark::run);
        // Before the typing benchmark, which ends the JavaFX toolkit the window's benchmarks share.
        all.put("summary-window", SummaryWindowBenchmark::run);
        all.put("typing", TypingLatencyBenchmark::run);
        all.put("export", ExportBenchmark::run);
        all.put("compilation", CompilationBenchmark::run);
        all.put("inbox-load", InboxLoadBenchmark::run);
        String only = args.length > 0 ? args[0].strip().toLowerCase(Locale.ROOT) : "";
        for (Map.Entry<String, Run> b : all.entrySet()) {
            if (b.getKey().contains(only)) {
                b.getValue().run();
            }
        }
    }
}
