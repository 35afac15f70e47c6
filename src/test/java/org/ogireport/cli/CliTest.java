package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.Workspace;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.ThinFiles;
import picocli.CommandLine;

/** Every command with good and bad input: exit codes, Chinese messages, and the store left as it was. */
class CliTest {

    @TempDir
    Path tmp;
    Path data;
    Path reportFile;
    final Report report = TestReports.full(2024, 21);

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        data = tmp.resolve("data");
        reportFile = tmp.resolve("report.json");
        Files.writeString(reportFile, ReportJson.write(report));
    }

    Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    String org() {
        return report.organ().name();
    }

    private List<?> drafts() {
        try (Workspace ws = Workspace.open(data)) {
            return ws.listDrafts();
        }
    }

    @Test
    void listOfAnEmptyStore() {
        Run r = run("list");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("还没有年报");
    }

    @Test
    void importStoresAndListShowsIt() {
        Run r = run("import", reportFile.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已导入：测试市人民政府 2024年").contains("200/200 个表格单元格").contains("没有警告");
        Run list = run("list");
        assertThat(list.out()).contains("测试市人民政府（设区的市级人民政府）· 2024年 · 2021版格式 · 草稿 · 0 个错误");
        Run again = run("import", reportFile.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("内容相同，没有改动").doesNotContain("已被替换");
    }

    private List<RevisionInfo> history() {
        try (Workspace ws = Workspace.open(data)) {
            return ws.history(org(), 2024);
        }
    }

    private Report stored() {
        try (Workspace ws = Workspace.open(data)) {
            return ws.require(org(), 2024);
        }
    }

    @Test
    void anImportThatReadsNothingIsRefusedInDryRunAndImportAndTheDraftStays() {
        run("import", reportFile.toString());
        Path page = ThinFiles.pageWithoutTheReport(tmp, org());

        for (Run r : List.of(run("import", page.toString(), "--dry-run"), run("import", page.toString()),
                run("import", page.toString(), "--replace"))) {
            assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).contains("“网页.html”中没有读到年报的内容").contains("什么也没有存入");
            assertThat(r.out()).doesNotContain("0/200");
        }
        assertThat(stored()).isEqualTo(report);
        assertThat(history()).hasSize(1);
    }

    @Test
    void anImportOfLessThanHalfOfTheDraftNeedsReplaceAndTheDryRunSaysSo() {
        run("import", reportFile.toString());
        Path few = ThinFiles.fewCells(tmp, 5);

        for (Run r : List.of(run("import", few.toString(), "--dry-run"), run("import", few.toString()))) {
            assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).contains("只读到 5 个表格单元格、0 段文字").contains("（200 个单元格、")
                    .contains("请加 --replace");
        }
        assertThat(stored()).isEqualTo(report);
        assertThat(history()).hasSize(1);

        Run dry = run("import", few.toString(), "--dry-run", "--replace");
        assertThat(dry.code()).as(dry.err()).isZero();
        assertThat(dry.out()).contains("试读（未保存）").contains("读到 5/200 个表格单元格").contains("导入会替换现有草稿");
        assertThat(history()).hasSize(1);

        Run replaced = run("import", few.toString(), "--replace");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("已导入").contains("原有草稿已被替换");
        assertThat(stored().catalog().cells()).filteredOn(c -> stored().isFilled(c.key())).hasSize(5);
        assertThat(history()).hasSize(2);
    }

    @Test
    void reimportingTheSameContentSaysNothingChangedAndAddsNoRevision() {
        run("import", reportFile.toString());

        Run dry = run("import", reportFile.toString(), "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("内容与现有草稿完全相同，导入不会有改动").doesNotContain("替换");
        Run again = run("import", reportFile.toString());
        assertThat(again.code()).isZero();
        assertThat(again.out()).contains("内容相同，没有改动").contains("没有增加修订").doesNotContain("替换")
                .doesNotContain("已导入");
        assertThat(history()).hasSize(1);
    }

    @Test
    void anOrganNameOfAHundredThousandCharactersIsRefusedInDryRunAndImport() throws Exception {
        String huge = "某".repeat(100_000);
        Path hugeOrgan = tmp.resolve("长名称.json");
        Files.writeString(hugeOrgan, ReportJson.write(report).replace("\"" + org() + "\"", "\"" + huge + "\""));

        for (Run r : List.of(run("import", hugeOrgan.toString(), "--dry-run"), run("import", hugeOrgan.toString()))) {
            assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).contains("“长名称.json”有 1 处问题")
                    .contains("organ.name（机关全称）有 100000 个字，超过了机关全称最多 200 个字的限制")
                    .doesNotContain("VARCHAR").hasSizeLessThan(1000);
        }
        for (Run r : List.of(run("import", reportFile.toString(), "--org", huge, "--dry-run"),
                run("import", reportFile.toString(), "--org", huge))) {
            assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
            assertThat(r.err()).contains("指定的机关名称（--org）有 100000 个字").contains("200")
                    .doesNotContain("VARCHAR");
        }
        assertThat(drafts()).as("nothing stored").isEmpty();
    }

    @Test
    void theReadmeShowsEveryOptionOfImportInBothLanguages() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String chinese = readme.lines().filter(l -> l.startsWith("| `import ")).findFirst().orElseThrow();
        String english = readme.substring(readme.indexOf("## Command line"));
        english = english.substring(english.indexOf("`import"), english.indexOf("`new-year"));
        CommandLine.Model.CommandSpec spec = Cli.commandLine(new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter())).getSubcommands().get("import").getCommandSpec();
        for (CommandLine.Model.OptionSpec option : spec.options()) {
            if (!option.usageHelp() && !option.versionHelp()) {
                assertThat(chinese).as("中文").contains(option.longestName());
                assertThat(english).as("English").contains(option.longestName());
            }
        }
        assertThat(chinese).contains("--replace");
    }

    @Test
    void importUnderAnotherOrganAndYearAndDryRun() {
        Run dry = run("import", reportFile.toString(), "--dry-run");
        assertThat(dry.code()).isZero();
        assertThat(dry.out()).contains("试读（未保存）");
        assertThat(drafts()).isEmpty();
        Run r = run("import", reportFile.toString(), "--org", "洪泽区人民政府", "--year", "2023");
        assertThat(r.code()).as(r.err()).isZero();
        try (Workspace ws = Workspace.open(data)) {
            Report stored = ws.require("洪泽区人民政府", 2023);
            assertThat(stored.count("t3.r1.np")).isEqualTo(report.count("t3.r1.np"));
        }
    }

    @Test
    void importOfBadInputExits2AndStoresNothing() throws Exception {
        Run missing = run("import", tmp.resolve("nope.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("找不到文件").contains("nope.json");

        Path broken = tmp.resolve("broken.json");
        Files.writeString(broken, "{\"schema\": \"ogi-report/1\", ");
        assertThat(run("import", broken.toString()).err()).contains("不是有效的 JSON");

        Path unknownKey = tmp.resolve("unknown.json");
        Files.writeString(unknownKey, ReportJson.write(report).replace("\"t3.r1.np\"", "\"t3.r1.xx\""));
        Run u = run("import", unknownKey.toString());
        assertThat(u.code()).isEqualTo(2);
        assertThat(u.err()).contains("t3.r1.xx").contains("不是 2021 版格式的单元格");

        Path negative = tmp.resolve("negative.json");
        Files.writeString(negative, ReportJson.write(report).replaceFirst("\"t3.r1.np\" : \\d+", "\"t3.r1.np\" : -4"));
        assertThat(run("import", negative.toString()).err()).contains("cells.t3.r1.np").contains("负数");

        Path letters = tmp.resolve("letters.json");
        Files.writeString(letters,
                ReportJson.write(report).replaceFirst("\"t3.r1.np\" : \\d+", "\"t3.r1.np\" : \"十二\""));
        assertThat(run("import", letters.toString()).err()).contains("“十二”不是数字");

        Path oldYear = tmp.resolve("old.json");
        Files.writeString(oldYear, ReportJson.write(report).replace("\"year\" : 2024", "\"year\" : 1999"));
        assertThat(run("import", oldYear.toString()).err()).contains("1999").contains("2008");

        Run farYear = run("import", reportFile.toString(), "--year", "2200");
        assertThat(farYear.code()).isEqualTo(2);
        assertThat(farYear.err()).contains("2200");

        Path doc = tmp.resolve("report.xyz");
        Files.writeString(doc, "x");
        assertThat(run("import", doc.toString()).err()).contains("不支持这种文件类型");

        assertThat(drafts()).as("nothing stored").isEmpty();
    }

    @Test
    void exportWritesTheExchangeFileAndRefusesToOverwriteUnlessForced() throws Exception {
        run("import", reportFile.toString());
        Path out = tmp.resolve("out.json");
        Run r = run("export", "--org", org(), "--year", "2024", "--format", "json", "--out", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已导出到");
        assertThat(Files.readString(out)).isEqualTo(ReportJson.write(report));

        Files.writeString(out, "keep me");
        Run refused = run("export", "--org", org(), "--year", "2024", "--format", "json", "--out", out.toString());
        assertThat(refused.code()).isEqualTo(2);
        assertThat(refused.err()).contains("已经存在").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("keep me");

        Run forced = run("export", "--org", org(), "--year", "2024", "--format", "json", "--out", out.toString(),
                "--force");
        assertThat(forced.code()).isZero();
        assertThat(Files.readString(out)).isEqualTo(ReportJson.write(report));
        try (var files = Files.list(tmp)) {
            assertThat(files.filter(p -> p.getFileName().toString().endsWith(".part"))).as("no temp left").isEmpty();
        }
    }

    @Test
    void exportOfBadInput() throws Exception {
        run("import", reportFile.toString());
        Path out = tmp.resolve("x.json");
        assertThat(run("export", "--org", "没有这个机关", "--year", "2024", "--format", "json", "--out", out.toString())
                .err()).contains("没有找到“没有这个机关”2024年的年报草稿");
        assertThat(run("export", "--org", org(), "--year", "2024", "--format", "pdf", "--out", out.toString())
                .err()).contains("不支持导出格式“pdf”");
        assertThat(run("export", "--org", org(), "--year", "2024", "--format", "json", "--out",
                tmp.resolve("no/such/dir/x.json").toString()).err()).contains("不存在");
        assertThat(run("export", "--org", org(), "--year", "20x4", "--format", "json", "--out", out.toString())
                .err()).contains("--year").contains("20x4");
        Path readOnly = tmp.resolve("ro.json");
        Files.writeString(readOnly, "old");
        readOnly.toFile().setWritable(false);
        Run ro = run("export", "--org", org(), "--year", "2024", "--format", "json", "--out", readOnly.toString(),
                "--force");
        assertThat(ro.code()).isEqualTo(2);
        assertThat(ro.err()).contains("只读");
        assertThat(Files.readString(readOnly)).isEqualTo("old");
        Run missing = run("export", "--org", org());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("缺少必填的参数").contains("--year").contains("--help");
        assertThat(out).doesNotExist();
    }

    @Test
    void validateAStoredDraftAndAFile() throws Exception {
        run("import", reportFile.toString());
        Run clean = run("validate", "--org", org(), "--year", "2024");
        assertThat(clean.code()).as("warnings and hints do not fail: " + clean.out() + clean.err()).isZero();
        assertThat(clean.out()).contains("共 0 个错误");

        Report broken = report.copy();
        broken.setCount("t3.r1.np", report.count("t3.r1.np") + 1);
        Path brokenFile = tmp.resolve("broken.json");
        Files.writeString(brokenFile, ReportJson.write(broken));
        Run fromFile = run("validate", brokenFile.toString());
        assertThat(fromFile.code()).isEqualTo(1);
        assertThat(fromFile.out()).contains("三、收到和处理政府信息公开申请情况").contains("[T3-01]")
                .contains("表三「自然人」列").contains("表三「总计」列").contains("相差 1").contains("共 2 个错误");

        Run json = run("validate", brokenFile.toString(), "--json");
        assertThat(json.code()).isEqualTo(1);
        JsonNode findings = new ObjectMapper().readTree(json.out()).get("findings");
        List<String> errors = new ArrayList<>();
        findings.forEach(f -> {
            if (f.get("severity").asText().equals("E")) {
                errors.add(f.get("id").asText());
            }
        });
        assertThat(errors).as("the 自然人 column, and so the 总计 column").containsExactly("T3-01:np", "T3-01:tot");
        assertThat(findings.get(0).get("rule").asText()).isEqualTo("T3-01");
        assertThat(findings.get(0).get("severity").asText()).isEqualTo("E");
        assertThat(findings.get(0).get("cells").get(0).asText()).isEqualTo("t3.r1.np");
        assertThat(findings.get(0).get("message").asText()).contains("相差 1");

        assertThat(run("validate").code()).isEqualTo(2);
        assertThat(run("validate", "--org", org(), "--year", "2023").err()).contains("没有找到");
    }

    @Test
    void historyListsRevisionsAndRestoresOne() throws Exception {
        run("import", reportFile.toString());
        Report changed = report.copy();
        changed.setText("s1.active", "第二稿");
        Path second = tmp.resolve("second.json");
        Files.writeString(second, ReportJson.write(changed));
        run("import", second.toString());
        Run h = run("history", "--org", org(), "--year", "2024");
        assertThat(h.code()).isZero();
        assertThat(h.out()).contains("导入 report.json").contains("导入 second.json").contains("（当前）");
        long first;
        try (Workspace ws = Workspace.open(data)) {
            first = ws.history(org(), 2024).get(1).id();
        }
        Run restore = run("history", "--org", org(), "--year", "2024", "--restore", Long.toString(first));
        assertThat(restore.code()).as(restore.err()).isZero();
        assertThat(restore.out()).contains("已恢复修订 #" + first);
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.require(org(), 2024)).isEqualTo(report);
            assertThat(ws.history(org(), 2024)).hasSize(3);
        }
        assertThat(run("history", "--org", org(), "--year", "2024", "--restore", "9999").err())
                .contains("没有编号为 9999 的修订");
    }

    @Test
    void backupAndRestore() throws Exception {
        run("import", reportFile.toString());
        Run b = run("backup");
        assertThat(b.code()).isZero();
        Path backup = Path.of(b.out().substring(b.out().indexOf("已备份到 ") + 5).strip());
        assertThat(backup).exists().hasFileName(backup.getFileName().toString());
        Report changed = report.copy();
        changed.setText("s1.active", "备份后的修改");
        Path second = tmp.resolve("second.json");
        Files.writeString(second, ReportJson.write(changed));
        run("import", second.toString());
        Run r = run("restore", backup.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("已从").contains("恢复");
        try (Workspace ws = Workspace.open(data)) {
            assertThat(ws.require(org(), 2024)).isEqualTo(report);
        }
        assertThat(run("restore", reportFile.toString()).err()).contains("不是政务公开年报助手的备份文件");
    }

    @Test
    void helpEverywhereVersionAndUsageErrors() {
        for (String cmd : List.of("list", "import", "export", "validate", "history", "backup", "restore")) {
            Run h = run(cmd, "--help");
            assertThat(h.code()).as(cmd).isZero();
            assertThat(h.out()).as(cmd).contains("用法：").contains("ogi-report " + cmd);
        }
        Run top = run("--help");
        assertThat(top.out()).contains("命令：").contains("list").contains("restore");
        Run v = run("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).contains("政务公开年报助手").contains("H2 2.4.240").contains("Java 17");
        Run unknown = run("frobnicate");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("无法识别的参数：frobnicate");
        assertThat(run().code()).as("no command after --data-dir").isEqualTo(2);
    }
}
