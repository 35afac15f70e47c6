package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.Workspace;
import org.ogireport.model.Report;
import org.ogireport.testing.Huaian2024;

/** {@code export} on the command line: exit codes and what it says. */
class ExportCommandTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private final StringWriter stdout = new StringWriter();
    private final StringWriter stderr = new StringWriter();

    private void store(Report report) {
        try (Workspace ws = Workspace.open(dataDir)) {
            ws.save(report, "test");
        }
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(stdout), new PrintWriter(stderr));
    }

    private String[] export(String format, Path target, String... more) {
        String[] base = {"export", "--org", Huaian2024.ORGAN.name(), "--year", "2024", "--format", format, "--out",
                target.toString()};
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void aCleanReportIsExported() throws IOException {
        store(Huaian2024.report());
        Path target = out.resolve("年报.docx");
        assertThat(run(export("docx", target))).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("已导出到", target.toString()).doesNotContain("草稿");
        assertThat(Files.size(target)).isPositive();
        // Exported long after 31 January 2025: the summary says so.
        assertThat(stdout.toString()).contains("[D-01] 导出时已过报送期限（2025年1月31日，设区的市级人民政府的年报）");
    }

    @Test
    void aReportExportedBeforeItsDeadlineSaysNothingOfIt() {
        int thisYear = LocalDate.now().getYear();
        store(Huaian2024.report().copyAs(Huaian2024.ORGAN, thisYear));
        Path target = out.resolve("年报.html");
        String[] args = export("html", target);
        args[4] = String.valueOf(thisYear);
        assertThat(run(args)).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("已导出到").doesNotContain("D-01", "报送期限");
    }

    @Test
    void aReportWithErrorsIsRefusedWithExitOneUnlessADraftIsAskedFor() throws IOException {
        Report broken = Huaian2024.report();
        broken.setCount("t4.rev.upheld", 73L);
        broken.setMode(org.ogireport.model.ValueMode.AS_PUBLISHED);
        broken.setCount("t4.rev.total", 351L);
        store(broken);
        Path target = out.resolve("年报.docx");
        assertThat(run(export("docx", target))).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(stderr.toString()).contains("T4-01", "--draft");
        assertThat(target).doesNotExist();

        assertThat(run(export("docx", target, "--draft"))).as(stderr.toString()).isZero();
        assertThat(stdout.toString()).contains("这是草稿", "T4-01");
        assertThat(target).exists();
    }

    @Test
    void anExistingFileNeedsForce() throws IOException {
        store(Huaian2024.report());
        Path target = Files.writeString(out.resolve("年报.html"), "old");
        assertThat(run(export("html", target))).isEqualTo(Cli.BAD_INPUT);
        assertThat(stderr.toString()).contains(target.toString(), "--force");
        assertThat(Files.readString(target)).isEqualTo("old");
        assertThat(run(export("html", target, "--force"))).isZero();
        assertThat(Files.readString(target)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void anUnknownFormatListsTheFormats() {
        store(Huaian2024.report());
        assertThat(run(export("pdf", out.resolve("a.pdf")))).isEqualTo(Cli.BAD_INPUT);
        assertThat(stderr.toString()).contains("docx、xlsx、html、json");
    }
}
