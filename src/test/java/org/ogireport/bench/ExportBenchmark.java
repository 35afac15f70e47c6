package org.ogireport.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ogireport.exchange.ReportJson;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.Formats;
import org.ogireport.io.ReportWriter;
import org.ogireport.model.Report;
import org.ogireport.testing.Huaian2024;

/**
 * Exporting a full report (the Huai'an 2024 figures and prose) to .docx in a warm JVM
 * (limit 300 ms), the other formats for comparison, and the whole command-line process exporting .docx
 * (limit 2 s), when {@code target/ogi-report.jar} has been built ({@code mvn package}).
 */
final class ExportBenchmark {

    private ExportBenchmark() {
    }

    static void run() throws Exception {
        Report report = Huaian2024.report();
        ExportOptions options = ExportOptions.finalCopy(LocalDate.of(2025, 1, 20));
        for (String format : List.of("docx", "xlsx", "html")) {
            ReportWriter writer = Formats.writer(format).orElseThrow();
            Bench.measure("export: " + format + ", full report, warm JVM", 30, 31, 300,
                    i -> writer.write(report, options, new ByteArrayOutputStream()));
        }
        cliProcess(report);
    }

    /** {@code java -jar target/ogi-report.jar --data-dir D export … --format docx}, a fresh process each round. */
    private static void cliProcess(Report report) throws Exception {
        Path jar = Path.of("target/ogi-report.jar");
        if (!Files.isRegularFile(jar)) {
            System.out.println("CLI process: skipped, target/ogi-report.jar not built (run mvn package first)");
            return;
        }
        Path dir = Files.createTempDirectory("ogi-bench");
        Path data = dir.resolve("data");
        Path json = Files.writeString(dir.resolve("report.json"), ReportJson.write(report), StandardCharsets.UTF_8);
        run(jar, data, "import", json.toString());
        String[] export = {"export", "--org", report.organ().name(), "--year", Integer.toString(report.year()),
                "--format", "docx", "--out", dir.resolve("report.docx").toString(), "--force"};
        Bench.measure("export: docx, whole CLI process (java -jar … export)", 2, 9, 2000,
                i -> run(jar, data, export));
    }

    private static void run(Path jar, Path data, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "--data-dir", data.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException("command failed: " + command);
        }
    }
}
