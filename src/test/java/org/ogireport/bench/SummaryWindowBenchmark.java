package org.ogireport.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.UnitReports;
import org.ogireport.ui.SummaryProbe;

/**
 * The 汇总 in the window (headless main window): the board of 300 units from the menu to its table laid out
 * (target ≤ 1 s), and how soon the window answers a key while 300 report files (a third each Word, Excel, JSON) are
 * collected from the board (target ≤ 100 ms for every key, so the maximum is held to it too).
 */
final class SummaryWindowBenchmark {

    private static final int UNITS = 300;
    private static final String[] FORMATS = {"docx", "xlsx", "json"};
    private static final double BOARD_TARGET_MS = 1000;
    private static final double KEY_TARGET_MS = 100;
    /** How often a key is pressed while collecting. */
    private static final long KEY_PERIOD_MS = 20;

    private SummaryWindowBenchmark() {
    }

    /** How many garbage collections there have been in this JVM, and their time in milliseconds. */
    private static long[] gcCountAndMillis() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, gc.getCollectionCount());
            millis += Math.max(0, gc.getCollectionTime());
        }
        return new long[] {count, millis};
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ogi-bench-summary");
        Path sent = Files.createDirectories(dir.resolve("sent"));
        Path mixed = Files.createDirectories(dir.resolve("mixed"));
        for (int i = 0; i < UNITS; i++) {
            Report r = UnitReports.of("淮安市第" + (i + 1) + "号机关", OrganKind.CITY_DEPARTMENT, 2024, i);
            UnitReports.write(r, "json", sent.resolve(String.format("%03d.json", i)));
            String format = FORMATS[i % FORMATS.length];
            UnitReports.write(r, format, mixed.resolve(String.format("%03d.%s", i, format)));
        }
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            Compilation city = ws.compilation(new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT), 2024);
            city.collect(List.of(sent), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
            ws.rememberCompilation(city);
            SummaryProbe window = SummaryProbe.open(ws);

            long[] opens = new long[6];
            long first = window.openBoard(UNITS);
            for (int i = 0; i < opens.length; i++) {
                opens[i] = window.openBoard(UNITS);
            }
            Bench.report("汇总: the board of 300 units, menu to table laid out", opens, BOARD_TARGET_MS);
            System.out.printf(Locale.ROOT, "%-58s %9.3f ms (its classes loaded, its FXML read the first time)%n",
                    "      the first time in the process", first / 1e6);

            // Another government's 汇总 of the same files, its list empty: every file is read, added and stored.
            Compilation county = ws.compilation(new Organ("淮安市淮安区人民政府", OrganKind.COUNTY_GOVERNMENT), 2024);
            ws.rememberCompilation(county);
            window.openBoard(0);
            long start = System.nanoTime();
            long[] gcBefore = gcCountAndMillis();
            long[] keys = window.keyDelaysWhileCollecting(mixed, KEY_PERIOD_MS);
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] gcAfter = gcCountAndMillis();
            Bench.report("汇总: a key answered while collecting 300 files (window)", keys, KEY_TARGET_MS);
            long[] sorted = keys.clone();
            Arrays.sort(sorted);
            double max = sorted[sorted.length - 1] / 1e6;
            System.out.printf(Locale.ROOT, "%-58s max %9.3f ms over %d keys in %.1f s (target ≤ %s ms: %s)%n",
                    "      the slowest of them", max, keys.length, seconds, KEY_TARGET_MS,
                    max <= KEY_TARGET_MS ? "met" : "MISSED");
            // A collection stops every thread, the FX thread too: the slowest keys wait for the longest of them.
            System.out.printf(Locale.ROOT, "      garbage collections meanwhile: %d, %d ms in all (%s)%n",
                    gcAfter[0] - gcBefore[0], gcAfter[1] - gcBefore[1], String.join(", ", ManagementFactory
                            .getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName).toList()));
            System.out.println("      " + window.collectSummary());
        } finally {
            StoreBenchmark.deleteTree(dir);
        }
    }
}
