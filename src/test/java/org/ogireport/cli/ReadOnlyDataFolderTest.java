package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.Launcher;
import org.ogireport.app.Workspace;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TmpfsMount;

/**
 * A data folder on a read-only disk (a CD, a write-protected stick, a read-only share): the reading commands work,
 * a saving one says why it cannot, and the terminal shows only the command's own words — no logging status, no
 * stack trace. Each command runs as the app does, in a JVM of its own with the app's logging configuration.
 */
class ReadOnlyDataFolderTest {

    @TempDir
    Path tmp;

    record Run(int code, String out) {
    }

    @Test
    void readingCommandsWorkOnAReadOnlyFolderAndSavingSaysWhy() throws Exception {
        try (TmpfsMount disk = TmpfsMount.mount(tmp.resolve("disk"), "size=20m")) {
            Path data = disk.dir().resolve("data");
            try (Workspace ws = Workspace.open(data)) {
                ws.save(Huaian2024.report(), "保存");
            }
            Path json = tmp.resolve("in.json");
            try (Workspace ws = Workspace.open(data)) {
                ws.export(Huaian2024.ORGAN.name(), 2024, "json", json, false);
            }
            disk.remountReadOnly();
            String organ = Huaian2024.ORGAN.name();

            Run list = launch("--data-dir", data.toString(), "list");
            assertThat(list.code()).as(list.out()).isZero();
            assertThat(list.out()).contains(organ).doesNotContain("Exception", "logback", "\tat ");

            Run validate = launch("--data-dir", data.toString(), "validate", "--org", organ, "--year", "2024");
            assertThat(validate.code()).as(validate.out()).isIn(Cli.OK, Cli.REPORT_HAS_ERRORS);
            assertThat(validate.out()).doesNotContain("Exception", "logback", "\tat ");

            Path docx = tmp.resolve("年报.docx");
            Run export = launch("--data-dir", data.toString(), "export", "--org", organ, "--year", "2024",
                    "--format", "docx", "--out", docx.toString(), "--draft");
            assertThat(export.code()).as(export.out()).isZero();
            assertThat(docx).isNotEmptyFile();

            Run imported = launch("--data-dir", data.toString(), "import", json.toString());
            assertThat(imported.code()).as(imported.out()).isEqualTo(Cli.BAD_INPUT);
            assertThat(imported.out()).contains("只读").contains(data.toString())
                    .doesNotContain("Exception", "logback", "\tat ");
            // The app's logging (LogConfigurator): a file in the temporary folder, the data folder being read-only.
            assertThat(tmp.resolve("jtmp/ogi-report-logs/ogi-report.log")).isNotEmptyFile();
        }
    }

    /**
     * Runs the app's entry point with its own logging configuration (the class path without the test classes and
     * their logback-test.xml); stdout and stderr together.
     */
    private Run launch(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", appClassPath(),
                "-Djava.io.tmpdir=" + Files.createDirectories(tmp.resolve("jtmp")),
                Launcher.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(p.exitValue(), out);
    }

    /** This JVM's class path less the test classes. */
    static String appClassPath() throws Exception {
        Path testClasses = Path.of(ReadOnlyDataFolderTest.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI());
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).toAbsolutePath().equals(testClasses.toAbsolutePath()))
                .collect(Collectors.joining(File.pathSeparator));
    }
}
