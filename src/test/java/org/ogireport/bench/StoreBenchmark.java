package org.ogireport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ogireport.app.Workspace;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;

/**
 * Save of a full report (≤ 20 ms) and open of a store of 50 organs × 10 years (≤ 1 s); backup and restore of that
 * store (no limit named).
 */
final class StoreBenchmark {

    private StoreBenchmark() {
    }

    static void run() throws Exception {
        Path dir = Files.createTempDirectory("ogi-bench-store");
        try (Workspace ws = Workspace.open(dir)) {
            Report report = TestReports.full(2024, 1);
            // Each save changes one cell, so each writes a new revision, as the clerk's saves do.
            Bench.measure("store: save of a full report (validate + new revision)", 100, 300, 20, i -> {
                report.setCount("t3.r3_1.np", (long) i);
                ws.save(report, "保存");
            });
        }

        Path big = Files.createTempDirectory("ogi-bench-50x10");
        try (Workspace ws = Workspace.open(big)) {
            for (int organ = 0; organ < 50; organ++) {
                Organ o = new Organ("第" + organ + "号机关", OrganKind.COUNTY_DEPARTMENT);
                for (int year = 2015; year < 2025; year++) {
                    Report r = TestReports.full(year < 2021 ? 2021 : year, organ * 100L + year)
                            .copyAs(o, year < 2021 ? year + 10 : year);
                    ws.save(r, "导入");
                    r.setText("s1.active", "第二稿");
                    ws.save(r, "保存");
                }
            }
        }
        Bench.measure("store: open of 50 organs × 10 years and list the drafts", 3, 15, 1000, i -> {
            try (Workspace ws = Workspace.open(big)) {
                if (ws.listDrafts().size() != 500) {
                    throw new IllegalStateException("expected 500 drafts");
                }
            }
        });
        Bench.measure("store: the same, first open in a fresh JVM (class loading incl.)", 1, 5, 1000, i -> {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpenOnce.class.getName(), big.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            if (p.waitFor() != 0 || !out.endsWith(" 500")) {
                throw new IllegalStateException("child failed: " + out);
            }
        });
        System.out.printf("      (store of 500 drafts, 1000 revisions: %d KB on disk)%n",
                Files.size(big.resolve("ogi-report.mv.db")) / 1024);
        Path[] backup = new Path[1];
        Bench.measure("store: backup of the 500 drafts (exchange JSON, zipped)", 1, 5, 10_000, i -> {
            try (Workspace ws = Workspace.open(big)) {
                backup[0] = ws.backup();
            }
        });
        System.out.printf("      (backup of 1000 revisions: %d KB)%n", Files.size(backup[0]) / 1024);
        Path restored = Files.createTempDirectory("ogi-bench-restore");
        Bench.measure("store: restore of that backup into a folder (read, check, insert)", 1, 5, 60_000, i -> {
            if (Workspace.restore(restored, backup[0]).drafts() != 500) {
                throw new IllegalStateException("expected 500 drafts");
            }
        });
        deleteTree(restored);
        deleteTree(dir);
        deleteTree(big);
    }

    static void deleteTree(Path dir) throws java.io.IOException {
        try (var walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
