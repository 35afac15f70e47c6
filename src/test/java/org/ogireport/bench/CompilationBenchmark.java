package org.ogireport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.UnitReports;

/**
 * 汇总: collecting 300 units' report files (a third each Word, JSON and Excel, read in parallel) into a fresh
 * store (≤ 60 s), and summing those 300 units again once their reports are read (≤ 100 ms).
 */
final class CompilationBenchmark {

    private static final String[] FORMATS = {"docx", "json", "xlsx"};

    private CompilationBenchmark() {
    }

    static void run() throws Exception {
        Path inbox = Files.createTempDirectory("ogi-bench-inbox");
        for (int i = 0; i < 300; i++) {
            Report r = UnitReports.of("淮安市第" + (i + 1) + "号机关", OrganKind.CITY_DEPARTMENT, 2024, i);
            UnitReports.write(r, FORMATS[i % 3], inbox.resolve(String.format("%03d.%s", i, FORMATS[i % 3])));
        }
        Organ city = new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT);
        Path[] data = new Path[1];
        Bench.measure("汇总: collect 300 report files into a fresh store", 0, 3, 60_000, i -> {
            data[0] = Files.createTempDirectory("ogi-bench-collect");
            try (Workspace ws = Workspace.open(data[0])) {
                List<?> done = ws.compilation(city, 2024).collect(List.of(inbox), CollectOptions.defaults(),
                        CollectProgress.NONE, () -> false);
                Bench.consume(done);
            }
        });
        try (Workspace ws = Workspace.open(data[0])) {
            Compilation c = ws.compilation(city, 2024);
            c.aggregate();
            Bench.measure("汇总: sum 300 units again (reports read before)", 5, 21, 100, i -> Bench.consume(
                    c.aggregate()));
        }
        System.out.printf("      (%d cores)%n", Runtime.getRuntime().availableProcessors());
        StoreBenchmark.deleteTree(inbox);
    }
}
