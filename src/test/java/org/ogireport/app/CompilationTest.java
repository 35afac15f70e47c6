package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.format.CellSpec;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.rules.Finding;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/** The 汇总 use cases on a county of a few units: collect, board, review, sum, and. */
class CompilationTest {

    static final Organ COUNTY = new Organ("淮安市洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT);

    @TempDir
    Path tmp;
    Workspace ws;
    Compilation c;
    Path inbox;

    @BeforeEach
    void open() throws Exception {
        ws = Workspace.open(tmp.resolve("data"));
        c = ws.compilation(COUNTY, 2024);
        inbox = Files.createDirectories(tmp.resolve("inbox"));
    }

    @AfterEach
    void close() {
        ws.close();
    }

    /** A unit's complete report without errors: no 规章, which a county's departments and 乡镇 cannot make. */
    static Report unitReport(String name, OrganKind kind, long seed) {
        Report r = TestReports.full(2024, seed).copyAs(new Organ(name, kind), 2024);
        for (CellSpec cell : r.catalog().cellsOf(org.ogireport.format.TableId.T2)) {
            if (cell.row().equals(r.catalog().published().regulations())) {
                r.setValue(cell.key(), BigDecimal.ZERO);
            }
        }
        return r;
    }

    /** Writes a unit's report as another office would: through this app's exports, in another data folder. */
    Path send(Report report, String format) {
        Path file = inbox.resolve(report.organ().name() + "." + format);
        try (Workspace other = Workspace.open(tmp.resolve("sender-" + report.organ().name().hashCode()))) {
            other.save(report, "保存");
            other.export(new ExportRequest(report.organ().name(), report.year(), report.scope(), format, file, true,
                    true), ExportProgress.NONE);
        }
        return file;
    }

    static BigDecimal sum(List<Report> reports, String key) {
        BigDecimal s = null;
        for (Report r : reports) {
            BigDecimal v = r.value(key);
            if (v != null) {
                s = s == null ? v : s.add(v);
            }
        }
        return s;
    }

    @Test
    void aFolderOfReportsIsCollectedSummedAndTheSumIsExact() {
        List<Report> sent = List.of(unitReport("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1),
                unitReport("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 2),
                unitReport("高良涧街道办事处", OrganKind.TOWNSHIP, 3));
        send(sent.get(0), "docx");
        send(sent.get(1), "json");
        send(sent.get(2), "xlsx");
        for (Report r : sent) {
            assertThat(Workspace.validateAlone(r)).noneMatch(f -> f.severity() == org.ogireport.rules.Severity.E);
        }

        List<CollectedFile> files = c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE,
                () -> false);

        assertThat(files).extracting(CollectedFile::outcome).containsOnly(Outcome.STORED);
        assertThat(files).allMatch(CollectedFile::unitAdded);
        assertThat(c.units()).extracting(Unit::relation).containsExactlyInAnyOrder(UnitRelation.DEPARTMENT,
                UnitRelation.DEPARTMENT, UnitRelation.TOWNSHIP);
        Compilation.Summed summed = c.aggregate();
        Report agg = summed.aggregate();
        assertThat(agg.scope()).isEqualTo(Scope.AGGREGATE);
        assertThat(agg.components()).hasSize(3);
        for (CellSpec cell : agg.catalog().cells()) {
            BigDecimal expected = sum(sent, cell.key());
            BigDecimal actual = agg.value(cell.key());
            assertThat(actual == null ? null : actual.stripTrailingZeros())
                    .as(cell.key()).isEqualTo(expected == null ? null : expected.stripTrailingZeros());
        }
        assertThat(ws.load(c.aggregateKey())).contains(agg);
        assertThat(ws.load(COUNTY.name(), 2024)).as("the government's own report is another").isEmpty();
        assertThat(ws.validate(agg)).noneMatch(f -> f.rule().startsWith("A-"));
    }

    @Test
    void aResubmissionReplacesTheCountedReportAndAReturnedUnitIsLeftOutUntilItSendsAgain() throws Exception {
        Report first = unitReport("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1);
        Report other = unitReport("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 2);
        send(first, "json");
        send(other, "json");
        c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
        Unit education = c.match("洪泽区教育局").unit().orElseThrow();

        c.review(education, Verdict.RETURNED, "表三第一列不平衡");
        assertThat(c.board()).filteredOn(s -> s.unit().equals(education)).singleElement()
                .satisfies(s -> assertThat(s.state()).isEqualTo(UnitStatus.State.RETURNED));
        assertThat(c.aggregate().leftOut()).containsKey("洪泽区教育局");

        Report corrected = first.copy();
        corrected.setCount("t3.r1.np", corrected.count("t3.r1.np") + 1);
        corrected.setCount("t3.r3_1.np", corrected.count("t3.r3_1.np") + 1);
        Files.delete(inbox.resolve("洪泽区财政局.json"));
        send(corrected, "json");
        List<CollectedFile> again = c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE,
                () -> false);
        assertThat(again).extracting(CollectedFile::outcome).containsExactly(Outcome.RESUBMITTED);
        Report agg = c.aggregate().aggregate();
        assertThat(agg.count("t3.r1.np")).isEqualTo(corrected.count("t3.r1.np") + other.count("t3.r1.np"));
        assertThat(c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false))
                .extracting(CollectedFile::outcome).containsExactly(Outcome.UNCHANGED);
    }

    @Test
    void filesThatAreNotThisAggregatesAreListedWithTheReasonAndNothingIsStored() throws Exception {
        send(unitReport("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1).copyAs(
                new Organ("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT), 2023), "json");
        Files.writeString(inbox.resolve("说明.txt"), "请查收。");
        List<CollectedFile> files = c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE,
                () -> false);
        assertThat(files).extracting(CollectedFile::outcome).containsOnly(Outcome.REFUSED);
        assertThat(files).anySatisfy(f -> assertThat(f.reason()).contains("2023", "2024"));
        assertThat(c.units()).isEmpty();
    }

    @Test
    void anUnsureNameIsAskedAndTwoFilesForOneUnitWaitForTheClerk() {
        c.addUnit(Unit.of("洪泽区科学技术局", OrganKind.COUNTY_DEPARTMENT, UnitRelation.DEPARTMENT));
        Path unsure = send(unitReport("洪泽区科技局", OrganKind.COUNTY_DEPARTMENT, 4), "json");
        List<CollectedFile> first = c.collect(List.of(unsure), CollectOptions.defaults(), CollectProgress.NONE,
                () -> false);
        assertThat(first).singleElement().satisfies(f -> {
            assertThat(f.outcome()).isEqualTo(Outcome.UNSURE);
            assertThat(f.candidates()).containsExactly("洪泽区科学技术局");
        });
        List<CollectedFile> answered = c.collect(List.of(unsure),
                new CollectOptions(false, false, Map.of(unsure, "洪泽区科学技术局"), false), CollectProgress.NONE, () -> false);
        assertThat(answered).singleElement().satisfies(f -> assertThat(f.unit()).isEqualTo("洪泽区科学技术局"));

        Path a = send(unitReport("淮安市洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 5), "json");
        Path b = send(unitReport("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 6), "docx");
        List<CollectedFile> two = c.collect(List.of(a, b), CollectOptions.defaults(), CollectProgress.NONE,
                () -> false);
        assertThat(two).extracting(CollectedFile::outcome).containsOnly(Outcome.CONFLICT);
        List<CollectedFile> newest = c.collect(List.of(a, b), new CollectOptions(false, true, Map.of(), false),
                CollectProgress.NONE, () -> false);
        assertThat(newest).extracting(CollectedFile::outcome).containsExactlyInAnyOrder(Outcome.STORED,
                Outcome.CONFLICT);
    }

    @Test
    void aggregateRulesBiteOnCraftedCasesAndNothingIsSummedFromNothing() {
        assertThatThrownBy(() -> c.aggregate()).isInstanceOf(UserException.class).hasMessageContaining("没有");
        send(unitReport("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1), "json");
        send(unitReport("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 2), "json");
        c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
        Report agg = c.aggregate().aggregate();
        assertThat(rules(agg)).isEmpty();

        Report edited = agg.copy();
        edited.setCount("t3.r1.np", edited.count("t3.r1.np") + 5);
        assertThat(rules(edited)).containsExactly("A-01");

        Unit finance = c.match("洪泽区财政局").unit().orElseThrow();
        c.updateUnit(new Unit(finance.id(), finance.name(), finance.kind(), UnitRelation.VERTICAL, "", ""));
        assertThat(rules(agg)).contains("A-02");
    }

    @Test
    void anAggregateKeepsItsScopeAndComponentsThroughWordExcelAndJson() {
        send(unitReport("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1), "json");
        send(unitReport("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 2), "json");
        c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
        Report agg = c.aggregate().aggregate();
        for (String format : List.of("json", "docx", "xlsx")) {
            Path file = tmp.resolve("汇总." + format);
            ws.export(new ExportRequest(COUNTY.name(), 2024, Scope.AGGREGATE, format, file, true, true),
                    ExportProgress.NONE);
            Report back = Workspace.preview(file, null, null).report();
            assertThat(back.scope()).as(format).isEqualTo(Scope.AGGREGATE);
            assertThat(back.components()).as(format).isEqualTo(agg.components());
        }
    }

    private List<String> rules(Report aggregate) {
        List<String> out = new ArrayList<>();
        for (Finding f : ws.validate(aggregate)) {
            if (f.rule().startsWith("A-")) {
                out.add(f.rule());
            }
        }
        return out;
    }
}
