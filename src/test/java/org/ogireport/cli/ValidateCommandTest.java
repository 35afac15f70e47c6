package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.rules.RuleSet;
import org.ogireport.model.Report;
import org.ogireport.testing.Fixtures;

/** {@code validate}: findings by section, exit codes, explanations, the check report. */
class ValidateCommandTest {

    @TempDir
    Path dir;

    private Path hongze2023;
    private Path huaian2024;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void fixtures() throws IOException {
        Report h = Fixtures.load(Fixtures.HONGZE_2023);
        h.setExplanation("X-07:art50", "考核情况另见专栏");
        h.setExplanation("T4-01:rev", "按印刷稿");
        hongze2023 = dir.resolve("hongze-2023.json");
        Files.writeString(hongze2023, ReportJson.write(h), StandardCharsets.UTF_8);
        huaian2024 = dir.resolve("huaian-2024.json");
        Files.writeString(huaian2024, ReportJson.write(Fixtures.load(Fixtures.HUAIAN_2024)), StandardCharsets.UTF_8);
    }

    private int run(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void printsFindingsBySectionWithExplanationsAndExitsOneOnErrors() {
        assertThat(run("validate", hongze2023.toString())).isEqualTo(Cli.REPORT_HAS_ERRORS);
        String text = out.toString();
        assertThat(text).containsSubsequence("总体", "[Y-01/Y-02/Y-03/Y-04]", "一、总体情况", "[X-07]", "说明：考核情况另见专栏",
                "四、政府信息公开行政复议、行政诉讼情况", "[T4-01]", "[T4-01]", "共 2 个错误、1 个警告（其中 1 个已说明）、1 个提示。");
        assertThat(text).as("an error's explanation is not shown").doesNotContain("按印刷稿");
    }

    /** D-01: the deadline under the title, as it stands today (these published reports are long past theirs). */
    @Test
    void printsTheReportsDeadline() throws IOException {
        assertThat(run("validate", hongze2023.toString())).isEqualTo(Cli.REPORT_HAS_ERRORS);
        long late = ChronoUnit.DAYS.between(LocalDate.of(2024, 1, 31), LocalDate.now());
        assertThat(out.toString()).containsSubsequence("检查结果：淮安市洪泽区人民政府 2023年",
                "[D-01] 报送期限 2024年1月31日（县级人民政府的年报），已过 " + late + " 天", "总体");
        out.getBuffer().setLength(0);
        assertThat(run("validate", hongze2023.toString(), "--json")).isEqualTo(Cli.REPORT_HAS_ERRORS);
        JsonNode deadline = new ObjectMapper().readTree(out.toString()).get("deadline");
        assertThat(deadline.get("rule").asText()).isEqualTo("D-01");
        assertThat(deadline.get("date").asText()).isEqualTo("2024-01-31");
        assertThat(deadline.get("daysLeft").asLong()).isEqualTo(-late);
    }

    @Test
    void exitsZeroWithoutErrors() {
        assertThat(run("validate", huaian2024.toString())).isEqualTo(Cli.OK);
    }

    @Test
    void jsonCarriesTheExplanationOfWarningsOnly() {
        assertThat(run("validate", hongze2023.toString(), "--json")).isEqualTo(Cli.REPORT_HAS_ERRORS);
        String json = out.toString();
        assertThat(json).contains("\"explanation\" : \"考核情况另见专栏\"").doesNotContain("按印刷稿");
    }

    @Test
    void writesTheCheckReportInTheFormatOfItsExtensionOrAsAsked() throws IOException {
        Path html = dir.resolve("校验报告.html");
        assertThat(run("validate", hongze2023.toString(), "--out", html.toString())).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<table", "T4-01", "考核情况另见专栏");
        assertThat(out.toString()).contains("校验报告已写入");

        Path docx = dir.resolve("check.bin");
        assertThat(run("validate", huaian2024.toString(), "--format", "docx", "--out", docx.toString(), "--json"))
                .isEqualTo(Cli.OK);
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx))) {
            // the findings by severity, then every rule of the set
            assertThat(doc.getTables().get(doc.getTables().size() - 1).getNumberOfRows())
                    .isEqualTo(RuleSet.standard().rules().size() + 1);
        }
        assertThat(out.toString()).doesNotContain("校验报告已写入 " + docx.toAbsolutePath());
        assertThat(err.toString()).contains("校验报告已写入");
    }

    /** The reviewer knows which version passed: a file by its name and digest, a stored draft by its revision. */
    @Test
    void theCheckReportNamesTheFileOrTheRevisionItChecked() throws IOException {
        Path fromFile = dir.resolve("file.html");
        run("validate", huaian2024.toString(), "--out", fromFile.toString());
        String digest = HexFormat.of().formatHex(sha256(Files.readAllBytes(huaian2024)));
        assertThat(Files.readString(fromFile)).contains("所查版本：文件“huaian-2024.json”，SHA-256 " + digest);

        assertThat(run("import", huaian2024.toString())).isEqualTo(Cli.OK);
        Path stored = dir.resolve("stored.html");
        run("validate", "--org", "淮安市人民政府", "--year", "2024", "--out", stored.toString());
        assertThat(Files.readString(stored)).containsPattern("所查版本：第 \\d+ 号修订，\\d{4}年\\d{1,2}月\\d{1,2}日 "
                + "\\d{2}:\\d{2} 保存");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void refusesWhatItCannotDoWithAClearMessage() throws IOException {
        assertThat(run("validate", huaian2024.toString(), "--format", "pdf", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("“pdf”", "docx、html");
        assertThat(run("validate", huaian2024.toString(), "--format", "html")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("--out");
        assertThat(run("validate", huaian2024.toString(), "--out", dir.resolve("noextension").toString()))
                .isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("--format docx");
        Path existing = Files.writeString(dir.resolve("old.html"), "keep");
        assertThat(run("validate", huaian2024.toString(), "--out", existing.toString())).isEqualTo(Cli.BAD_INPUT);
        assertThat(Files.readString(existing)).isEqualTo("keep");
        assertThat(run("validate", huaian2024.toString(), "--out", existing.toString(), "--force")).isEqualTo(Cli.OK);
        assertThat(Files.readString(existing)).contains("校验报告");
    }

    @Test
    void aStoredDraftIsCheckedAgainstItsPreviousYear() throws IOException {
        Report h2024 = Fixtures.load(Fixtures.HONGZE_2024);
        Path file2024 = Files.writeString(dir.resolve("h2024.json"), ReportJson.write(h2024), StandardCharsets.UTF_8);
        assertThat(run("import", file2024.toString())).isEqualTo(Cli.OK);
        assertThat(run("validate", "--org", "淮安市洪泽区人民政府", "--year", "2024")).isEqualTo(Cli.OK);
        assertThat(out.toString()).contains("[Y-01/Y-02/Y-03/Y-04]");
        assertThat(run("import", hongze2023.toString())).isEqualTo(Cli.OK);
        out.getBuffer().setLength(0);
        assertThat(run("validate", "--org", "淮安市洪泽区人民政府", "--year", "2024")).isEqualTo(Cli.OK);
        // Last year's report is there: the cross-year checks are made, and 行政许可 jumped from 550 to 9487 (Y-04).
        assertThat(out.toString()).contains("[X-01]", "[Y-04]").doesNotContain("[Y-01/");
    }
}
