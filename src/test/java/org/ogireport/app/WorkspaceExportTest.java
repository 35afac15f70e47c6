package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.i18n.Messages;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TestClock;
import org.ogireport.util.UserException;

/** The export use case: final copy or draft, refusal with the errors named, and files written whole or not at all. */
class WorkspaceExportTest {

    @TempDir
    Path dataDir;
    @TempDir
    Path out;

    private Workspace ws;
    private final Report clean = Huaian2024.report();
    private final String organ = Huaian2024.ORGAN.name();
    private final int year = Huaian2024.YEAR;

    @BeforeEach
    void open() {
        ws = Workspace.open(dataDir);
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** The Huai'an report with 自然人 of 本年新收 one too many: T3-01 (r1 + r2 = r3_7 + r4) fails in that column. */
    private Report withError() {
        Report r = clean.copy();
        String key = r.catalog().cellsOf("t3").get(0).key();
        r.setCount(key, r.count(key) + 1);
        return r;
    }

    private ExportRequest request(String format, Path target, boolean draft, boolean overwrite) {
        return new ExportRequest(organ, year, format, target, draft, overwrite);
    }

    /** D-01: Huai'an's 2024 report (a city government's own) is due on 31 January 2025, Beijing time. */
    @Test
    void anExportAfterTheDeadlineSaysSoInItsSummaryNotInTheFile() throws IOException {
        ws.close();
        TestClock clock = new TestClock();
        ws = Workspace.open(dataDir, clock);
        ws.save(clean, "test");
        clock.now = Instant.parse("2025-01-30T02:00:00Z");
        assertThat(ws.deadlineToday(clean)).isEqualTo("报送期限 2025年1月31日（设区的市级人民政府的年报），还有 1 天");
        assertThat(ws.export(request("docx", out.resolve("a.docx"), false, false), ExportProgress.NONE).isLate())
                .isFalse();
        clock.now = Instant.parse("2025-01-31T15:59:00Z");
        assertThat(ws.deadlineToday(clean)).endsWith("今天截止");
        ExportOutcome lastDay = ws.export(request("docx", out.resolve("b.docx"), false, false), ExportProgress.NONE);
        assertThat(lastDay.isLate()).isFalse();
        assertThat(lastDay.lateNote()).isNull();
        clock.now = Instant.parse("2025-01-31T16:00:00Z");
        assertThat(ws.deadlineToday(clean)).endsWith("已过 1 天");
        Path target = out.resolve("c.docx");
        ExportOutcome late = ws.export(request("docx", target, false, false), ExportProgress.NONE);
        assertThat(late.isLate()).isTrue();
        assertThat(late.lateNote()).contains("已过报送期限", "2025年1月31日", "1 天");
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", String::concat);
            assertThat(text).contains("淮安市人民政府").doesNotContain("报送期限", "已过");
        }
    }

    @Test
    void theFinalCopyOfACleanReportIsWrittenAndProgressIsReported() throws IOException {
        ws.save(clean, "test");
        Path target = out.resolve("年报.docx");
        List<Double> progress = new ArrayList<>();
        ExportOutcome outcome = ws.export(request("docx", target, false, false), (done, step) -> {
            assertThat(step).isNotBlank();
            progress.add(done);
        });
        assertThat(outcome.isDraft()).isFalse();
        assertThat(outcome.file()).isEqualTo(target);
        assertThat(progress).isSorted().startsWith(0.0).endsWith(1.0);
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getHeaderList()).isEmpty();
            assertThat(doc.getTables()).hasSize(3);
        }
        assertThat(filesIn(out)).containsExactly("年报.docx");
    }

    @Test
    void theFinalCopyIsRefusedWhileErrorsRemainAndTheMessageNamesThem() throws IOException {
        ws.save(withError(), "test");
        Path target = out.resolve("年报.docx");
        assertThatThrownBy(() -> ws.export(request("docx", target, false, false), ExportProgress.NONE))
                .isInstanceOfSatisfying(ExportRefused.class, e -> {
                    assertThat(e.errors()).extracting(Finding::rule).containsExactly("T3-01", "T3-01");
                    // the 自然人 column and, through it, the 总计 column
                    assertThat(e.getMessage()).contains(organ, "2024", "2 个错误", "[T3-01]", "自然人", "草稿");
                });
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aDraftIsWrittenDespiteErrorsAndSaysWhyOnEveryPage() throws IOException {
        ws.save(withError(), "test");
        Path target = out.resolve("草稿.docx");
        ExportOutcome outcome = ws.export(request("docx", target, true, false), ExportProgress.NONE);
        assertThat(outcome.isDraft()).isTrue();
        assertThat(outcome.draftNote()).contains("2 个错误", "T3-01");
        try (InputStream in = Files.newInputStream(target); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getHeaderFooterPolicy().getDefaultHeader().getText()).contains("草稿");
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains(outcome.draftNote()));
        }
    }

    @Test
    void aDraftOfACleanReportSaysItWasAskedFor() {
        ws.save(clean, "test");
        ExportOutcome outcome = ws.export(request("html", out.resolve("a.html"), true, false), ExportProgress.NONE);
        assertThat(outcome.draftNote()).isEqualTo("按要求导出的草稿，不得报送");
    }

    @Test
    void theExportIsDatedByTheWorkspacesClock(@TempDir Path otherData) throws IOException {
        try (Workspace dated = Workspace.open(otherData, new TestClock())) {
            dated.save(clean, "test");
            Path target = out.resolve("dated.html");
            dated.export(request("html", target, false, false), ExportProgress.NONE);
            assertThat(Files.readString(target)).contains(Messages.get("export.doc.date", 2025, 1, 10));
        }
    }

    @Test
    void everyFormatIsWrittenAndTheJsonReadsBackToTheSameReport() throws IOException {
        ws.save(clean, "test");
        for (String format : List.of("docx", "xlsx", "html", "json")) {
            Path target = out.resolve("report." + format);
            ws.export(request(format, target, false, false), ExportProgress.NONE);
            assertThat(Files.size(target)).as(format).isPositive();
        }
        Report back = ReportJson.read(Files.readAllBytes(out.resolve("report.json")), "report.json").report();
        assertThat(back).isEqualTo(clean);
    }

    @Test
    void anExistingFileIsKeptUnlessOverwritingIsAskedFor() throws IOException {
        ws.save(clean, "test");
        Path target = out.resolve("年报.xlsx");
        Files.writeString(target, "the clerk's own file");
        assertThatThrownBy(() -> ws.export(request("xlsx", target, false, false), ExportProgress.NONE))
                .isInstanceOf(UserException.class).hasMessageContaining(target.toString())
                .hasMessageContaining("--force");
        assertThat(Files.readString(target)).isEqualTo("the clerk's own file");

        ws.export(request("xlsx", target, false, true), ExportProgress.NONE);
        assertThat(Files.readAllBytes(target)).startsWith('P', 'K');
        assertThat(filesIn(out)).containsExactly("年报.xlsx");
    }

    @Test
    void aReadOnlyFileIsNotReplaced() throws IOException {
        ws.save(clean, "test");
        Path target = out.resolve("年报.html");
        Files.writeString(target, "published");
        assertThat(target.toFile().setReadOnly()).isTrue();
        assertThatThrownBy(() -> ws.export(request("html", target, false, true), ExportProgress.NONE))
                .isInstanceOf(UserException.class).hasMessageContaining("只读").hasMessageContaining(target.toString());
        assertThat(Files.readString(target)).isEqualTo("published");
        assertThat(filesIn(out)).containsExactly("年报.html");
    }

    @Test
    void aFileNameThatDoesNotFitTheFormatOrAnUnknownFormatIsRefused() throws IOException {
        ws.save(clean, "test");
        assertThatThrownBy(() -> ws.export(request("docx", out.resolve("年报.xlsx"), false, false),
                ExportProgress.NONE)).isInstanceOf(UserException.class).hasMessageContaining(".docx");
        assertThatThrownBy(() -> ws.export(request("pdf", out.resolve("年报.pdf"), false, false),
                ExportProgress.NONE)).isInstanceOf(UserException.class)
                .hasMessageContaining("pdf").hasMessageContaining("docx、xlsx、html、json");
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void aMissingDraftIsNamed() {
        assertThatThrownBy(() -> ws.export(request("docx", out.resolve("a.docx"), false, false),
                ExportProgress.NONE)).isInstanceOf(UserException.class).hasMessageContaining(organ);
    }

    private static List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
