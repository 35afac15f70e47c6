package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.testing.UnitReports;

/** The compiling office's work on the command line: units, collect, status, review, aggregate, export, outputs. */
class SummaryCommandsTest {

    private static final String COUNTY = "淮安市洪泽区人民政府";

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private String[] compiler(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--for", COUNTY, "--year", "2024"));
        return all.toArray(String[]::new);
    }

    @Test
    void aCountysCompilerCollectsChecksReturnsSumsAndWritesTheWorkbook() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("收件"));
        List<Report> units = new ArrayList<>();
        String[] formats = {"docx", "json", "xlsx", "html"};
        for (int i = 0; i < 4; i++) {
            Report r = UnitReports.of("洪泽区第" + (i + 1) + "局", OrganKind.COUNTY_DEPARTMENT, 2024, i);
            units.add(r);
            UnitReports.write(r, formats[i], inbox.resolve(r.organ().name() + "." + formats[i]));
        }
        Files.writeString(tmp.resolve("名单.csv"), "序号,单位名称,联系人\n1,洪泽区第1局,张三\n2,高良涧街道,李四\n");

        Run imported = run(compiler("units", "import", tmp.resolve("名单.csv").toString()));
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("新增 2 个");
        Run dry = run(compiler("collect", inbox.toString(), "--dry-run"));
        assertThat(dry.out()).contains("试运行");
        assertThat(run(compiler("status")).out()).contains("已报送 0 个");

        Run collected = run(compiler("collect", inbox.toString()));
        assertThat(collected.code()).as(collected.out() + collected.err()).isZero();
        assertThat(collected.out()).contains("存入 4 个").contains("新加入名单");
        Run status = run(compiler("status"));
        assertThat(status.out()).contains("5 个单位，已报送 4 个").contains("高良涧街道 · 未报送");

        Run returned = run(compiler("review", "--unit", "洪泽区第2局", "--return", "表三第一列不平衡"));
        assertThat(returned.code()).isZero();
        Run feedback = run(compiler("feedback", "--out", tmp.resolve("反馈单.docx").toString()));
        assertThat(feedback.code()).as(feedback.err()).isZero();
        try (InputStream in = Files.newInputStream(tmp.resolve("反馈单.docx"));
             XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText()).contains("洪泽区第2局", "表三第一列不平衡", COUNTY);
        }

        Run summed = run(compiler("aggregate"));
        assertThat(summed.code()).as(summed.out() + summed.err()).isZero();
        assertThat(summed.out()).contains("计入 3 个单位").contains("洪泽区第2局（退回）");
        List<Report> counted = List.of(units.get(0), units.get(2), units.get(3));

        Path json = tmp.resolve("汇总.json");
        Run export = run("export", "--org", COUNTY, "--year", "2024", "--scope", "aggregate", "--format", "json",
                "--out", json.toString(), "--draft");
        assertThat(export.code()).as(export.err()).isZero();
        Report aggregate = ReportJson.read(Files.readAllBytes(json), "汇总.json").report();
        assertThat(aggregate.scope()).isEqualTo(Scope.AGGREGATE);
        assertThat(aggregate.components()).hasSize(3);
        assertThat(aggregate.count("t3.r1.np")).isEqualTo(UnitReports.sum(counted, "t3.r1.np").longValueExact());
        assertThat(run("validate", "--org", COUNTY, "--year", "2024", "--scope", "aggregate").out())
                .doesNotContain("A-0");

        Path book = tmp.resolve("汇总表.xlsx");
        assertThat(run(compiler("summary", "--out", book.toString())).code()).isZero();
        try (InputStream in = Files.newInputStream(book); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet t3 = wb.getSheetAt(1);
            Row total = t3.getRow(t3.getLastRowNum());
            int checked = 0;
            for (Cell c : total) {
                if (c.getCellType() == CellType.FORMULA) {
                    assertThat(c.getCellFormula()).startsWith("SUM(");
                    checked++;
                }
            }
            assertThat(checked).as("a SUM for every cell of table 三").isEqualTo(aggregate.catalog()
                    .cellsOf(org.ogireport.format.TableId.T3).size());
            Cell firstTotal = total.getCell(3);
            assertThat(firstTotal.getNumericCellValue()).as("the cached value")
                    .isEqualTo(aggregate.value(aggregate.catalog().cellsOf(org.ogireport.format.TableId.T3).get(0)
                            .key()).doubleValue());
            assertThat(wb.getSheet("报送情况").getLastRowNum()).isEqualTo(5);
        }
        Path page = tmp.resolve("集中公布.html");
        assertThat(run(compiler("summary", "--out", page.toString())).code()).isZero();
        assertThat(Files.readString(page)).contains("集中公布_files/001.html", "高良涧街道（未报送）");
        assertThat(tmp.resolve("集中公布_files/aggregate.html")).exists();
    }

    @Test
    void unsureAndConflictingFilesExitTwoNamingThem() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("收件"));
        Report a = UnitReports.of("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 2024, 1);
        UnitReports.write(a, "json", inbox.resolve("a.json"));
        UnitReports.write(a, "docx", inbox.resolve("b.docx"));
        Run collected = run(compiler("collect", inbox.toString()));
        assertThat(collected.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(collected.out()).contains("a.json", "b.docx", "--take-newest");
        assertThat(run(compiler("collect", inbox.toString(), "--take-newest")).out()).contains("存入 1 个");
        Run noSum = run(compiler("aggregate", "--kind", "county-government"));
        assertThat(noSum.code()).isZero();
    }
}
