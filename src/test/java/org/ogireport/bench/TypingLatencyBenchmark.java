package org.ogireport.bench;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogireport.app.Workspace;
import org.ogireport.format.CellSpec;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.DraftSession;

/**
 * What one keystroke costs the window on a full report (target: under 16 ms, one frame): the window's own path,
 * {@link DraftSession} — parse the entry, write it, recompute the totals, run every rule through
 * {@code Workspace.validate} with the previous year, index the findings for the marks and badges. Drawing is not
 * included.
 */
final class TypingLatencyBenchmark implements Benchmarks.Benchmark {

    private static final int WARM_UP = 3000;
    private static final int MEASURED = 5000;

    @Override
    public String name() {
        return "typing latency: one edit on a full report → totals + all rules + marks";
    }

    @Override
    public void run(PrintStream out) throws Exception {
        Path dir = Files.createTempDirectory("ogi-bench");
        try (Workspace ws = Workspace.open(dir)) {
            Report previous = TestReports.full(2023, 1);
            ws.save(previous, "bench");
            Report report = TestReports.full(2024, 2);
            Report previousYear = ws.previousYear(report).orElseThrow();
            DraftSession session = new DraftSession(report, r -> ws.validate(r, previousYear));
            List<String> cells = report.catalog().cellsOf("t3").stream()
                    .filter(c -> !c.isDerived()).map(CellSpec::key).toList();

            long[] cellEdits = measure(i -> session.setCellText(cells.get(i % cells.size()),
                    Integer.toString(i % 97)));
            String base = report.text("s1.on_request");
            long[] keystrokes = measure(i -> session.setText("s1.on_request",
                    base + "全年共受理政府信息公开申请".substring(0, 1 + i % 12)));

            out.printf("table 三 cell edit: median %.3f ms, p95 %.3f ms, max %.3f ms (%d edits, %d findings)%n",
                    ms(Benchmarks.median(cellEdits)), ms(Benchmarks.percentile(cellEdits, 95)),
                    ms(max(cellEdits)), MEASURED, session.findings().size());
            out.printf("prose keystroke:    median %.3f ms, p95 %.3f ms, max %.3f ms%n",
                    ms(Benchmarks.median(keystrokes)), ms(Benchmarks.percentile(keystrokes, 95)),
                    ms(max(keystrokes)));
        }
    }

    private interface Edit {
        void apply(int i);
    }

    private static long[] measure(Edit edit) {
        for (int i = 0; i < WARM_UP; i++) {
            edit.apply(i);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            long t = System.nanoTime();
            edit.apply(WARM_UP + i);
            nanos[i] = System.nanoTime() - t;
        }
        return nanos;
    }

    private static long max(long[] nanos) {
        return java.util.Arrays.stream(nanos).max().orElse(0);
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
