package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.Workspace;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.Samples;

/**
 * Files that are not what the command expects, on the command line: exit 2 and a Chinese message that names the
 * file and says what is expected, never a library's English.
 */
class FileProblemsCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", dir.resolve("data").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    /** Exit 2, and a message naming the file with every part given and no English of a library. */
    private static void refused(Run run, String... parts) {
        assertThat(run.code()).as(run.err()).isEqualTo(Cli.BAD_INPUT);
        assertThat(run.err()).contains(parts).doesNotContainPattern("[A-Za-z]{4,} [a-z]{3,} [a-z]{3,}")
                .doesNotContain("程序内部错误");
    }

    @Test
    void jsonNestedAHundredThousandDeepIsNotAnExchangeFile() throws IOException {
        Path arrays = Files.writeString(dir.resolve("arrays.json"), "[".repeat(100_000));
        refused(run("import", arrays.toString()), "“arrays.json”", "嵌套层数超过 50 层", "不是年报交换文件");
        Path objects = Files.writeString(dir.resolve("objects.json"), "{\"a\":".repeat(100_000));
        refused(run("import", objects.toString()), "“objects.json”", "嵌套层数超过 50 层");
        refused(run("validate", objects.toString()), "“objects.json”", "嵌套层数超过 50 层");
    }

    @Test
    void aBinaryFileNamedJsonIsNotUtf8Text() throws IOException {
        byte[] bytes = new byte[20_000];
        new Random(7).nextBytes(bytes);
        Path file = Files.write(dir.resolve("photo.json"), bytes);
        refused(run("import", file.toString()), "“photo.json”", "不是 UTF-8 编码的文本 JSON 文件");
    }

    @Test
    void aWordFileOfTenThousandPartsIsRefusedForThat() throws IOException {
        Path file = dir.resolve("parts.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 10_000; i++) {
                zip.putNextEntry(new ZipEntry("word/part" + i + ".xml"));
                zip.write('x');
            }
        }
        Run run = run("import", file.toString());
        refused(run, "“parts.docx”", "超过 1000 个部件", "Word 文件只有几十个");
        assertThat(run.err()).doesNotContain("MB");
    }

    @Test
    void aRealPdfCutAfterTwentyKilobytesIsIncompleteNotAScan() throws IOException {
        byte[] whole = Files.readAllBytes(Samples.require("hongze-district-2024.pdf"));
        Path file = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(whole, 20 * 1024));
        Run run = run("import", file.toString());
        refused(run, "“cut.pdf”", "不完整或已损坏");
        assertThat(run.err()).doesNotContain("扫描件");
    }

    @Test
    void aGeneratedPdfCutShortIsIncompleteToo() throws IOException {
        Path whole = dir.resolve("whole.pdf");
        try (PDDocument pdf = new PDDocument()) {
            for (int p = 0; p < 30; p++) {
                PDPage page = new PDPage();
                pdf.addPage(page);
                try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
                    draw.addRect(50, 50 + p, 400, 600);
                    draw.fill();
                }
            }
            pdf.save(whole.toFile());
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("half.pdf"), Arrays.copyOf(bytes, bytes.length * 2 / 3));
        refused(run("import", file.toString()), "“half.pdf”", "不完整或已损坏");
    }

    @Test
    void anExportToAFolderAsksForAFileName() throws IOException {
        try (Workspace ws = Workspace.open(dir.resolve("data"))) {
            ws.save(Huaian2024.report(), "test");
        }
        Path folder = Files.createDirectories(dir.resolve("out"));
        for (String format : List.of("docx", "xlsx", "html", "json")) {
            Run run = run("export", "--org", Huaian2024.ORGAN.name(), "--year", "2024", "--format", format, "--out",
                    folder.toString());
            refused(run, "“" + folder + "”是一个文件夹，请给出文件名，如 " + folder.resolve("年报." + format));
            assertThat(run.err()).doesNotContain("扩展名");
        }
    }

    @Test
    void aCheckReportToAFolderAsksForAFileName() throws IOException {
        Path report = dir.resolve("huaian.json");
        Files.writeString(report, org.ogireport.exchange.ReportJson.write(Huaian2024.report()), StandardCharsets.UTF_8);
        Path folder = Files.createDirectories(dir.resolve("reports"));
        refused(run("validate", report.toString(), "--out", folder.toString()),
                "“" + folder + "”是一个文件夹，请给出文件名，如 " + folder.resolve("校验报告.docx"));
        refused(run("validate", report.toString(), "--format", "html", "--out", folder.toString()),
                "如 " + folder.resolve("校验报告.html"));
    }
}
