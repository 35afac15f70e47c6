package org.ogireport.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.RuleSet;
import org.ogireport.rules.Severity;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.draft.Change.CellChange;
import org.ogireport.ui.draft.Change.ExplanationChange;
import org.ogireport.ui.draft.Change.NumberChange;
import org.ogireport.ui.draft.Change.OrganKindChange;

/** Every edit of the window goes through the session: parsed, checked at once, undoable as one step. */
class DraftSessionTest {

    private final DraftSession session = new DraftSession(TestReports.empty(2024),
            r -> RuleSet.standard().check(r, null));

    @Test
    void aTypedNumberIsParsedLikeTheClerkWritesItAndTheTotalsFollow() {
        assertThat(session.setCellText("t3.r1.np", "１２")).isNull();
        assertThat(session.setCellText("t3.r1.biz", " 3 ")).isNull();

        assertThat(session.report().count("t3.r1.np")).isEqualTo(12L);
        assertThat(session.display("t3.r1.tot")).isEqualTo("15");
        assertThat(session.display("t3.r2.tot")).isEmpty(); // nothing typed in the row: empty, not 0
    }

    @Test
    void aWrongEntryIsRefusedWithThePlaceAndChangesNothing() {
        session.setCellText("t3.r1.np", "4");
        long edits = session.editsProperty().get();

        assertThat(session.setCellText("t3.r1.np", "abc")).contains("表三「本年新收」行「自然人」列").contains("“abc”不是数字");
        assertThat(session.setCellText("t3.r1.np", "-1")).contains("负数");
        assertThat(session.setCellText("t3.r1.np", "1.5")).contains("整数");
        assertThat(session.setCellText("t3.r1.tot", "9")).contains("自动计算");

        assertThat(session.report().count("t3.r1.np")).isEqualTo(4L);
        assertThat(session.editsProperty().get()).isEqualTo(edits);
    }

    @Test
    void theChecksRunAfterEveryEditAndMarkTheCells() {
        session.setCellText("t3.r1.np", "3");

        assertThat(session.findings()).extracting(f -> f.rule()).contains("T3-01");
        assertThat(session.mark("t3.r1.np")).isEqualTo(Severity.E);
        assertThat(session.counts("s3").errors()).isPositive();
        assertThat(session.totalCounts().errors()).isEqualTo(session.counts("s3").errors());

        session.setCellText("t3.r4.np", "3");
        assertThat(session.findings()).as("balanced: the blank cells are only warned about (T3-04)")
                .noneMatch(f -> f.severity() == Severity.E);
        assertThat(session.mark("t3.r1.np")).isNull();
    }

    @Test
    void aBlockIsOneUndoStepAndAFailingSumLeavesTheReportAsItWas() {
        Map<String, BigDecimal> block = new HashMap<>();
        block.put("t3.r1.np", BigDecimal.ONE);
        block.put("t3.r1.biz", BigDecimal.TEN);
        session.setCells(block);
        assertThat(session.display("t3.r1.tot")).isEqualTo("11");

        assertThat(session.undo()).extracting(c -> ((CellChange) c).key())
                .containsExactlyInAnyOrder("t3.r1.np", "t3.r1.biz");
        assertThat(session.report().isFilled("t3.r1.np")).isFalse();
        assertThat(session.report().isFilled("t3.r1.tot")).isFalse();
        session.redo();
        assertThat(session.display("t3.r1.tot")).isEqualTo("11");

        Map<String, BigDecimal> tooLarge = new HashMap<>();
        tooLarge.put("t3.r2.np", BigDecimal.valueOf(Long.MAX_VALUE));
        tooLarge.put("t3.r2.biz", BigDecimal.valueOf(Long.MAX_VALUE));
        assertThat(session.setCells(tooLarge)).contains("超出");
        assertThat(session.report().isFilled("t3.r2.np")).isFalse();
        assertThat(session.report().isFilled("t3.r2.biz")).isFalse();
    }

    @Test
    void typingInOneFieldIsOneUndoStepUntilTheClerkLeavesIt() {
        session.setText("s1.active", "全");
        session.setText("s1.active", "全年");
        session.setText("s1.active", "全年公开");
        session.sealTyping();
        session.setText("s1.active", "全年公开 12 条");

        session.undo();
        assertThat(session.report().text("s1.active")).isEqualTo("全年公开");
        session.undo();
        assertThat(session.report().text("s1.active")).isEmpty();
        assertThat(session.canUndoProperty().get()).isFalse();
    }

    @Test
    void theListenersHearWhatChanged() {
        List<List<Change>> heard = new ArrayList<>();
        session.addListener(heard::add);
        session.setOrganKind(OrganKind.TOWNSHIP);
        session.setNumberText("s6.fee_yuan", "１，２００．５");

        assertThat(heard).hasSize(2);
        assertThat(heard.get(0)).containsExactly(new OrganKindChange(TestReports.ORGAN.kind(), OrganKind.TOWNSHIP));
        assertThat(heard.get(1)).singleElement().isInstanceOfSatisfying(NumberChange.class, n -> {
            assertThat(n.key()).isEqualTo("s6.fee_yuan");
            assertThat(n.before()).isNull();
            assertThat(n.after()).isEqualByComparingTo("1200.5");
        });
        assertThat(session.sectionOf(heard.get(0).get(0))).contains("s0");
        assertThat(session.sectionOf(heard.get(1).get(0))).contains("s6");
        assertThat(session.sectionOf(new ExplanationChange("T3-04:t3", null, "说明"))).as("shown in the findings")
                .isEmpty();
        assertThat(session.report().organ().kind()).isEqualTo(OrganKind.TOWNSHIP);
        assertThat(session.report().number("s6.fee_yuan")).isEqualByComparingTo("1200.5");
        assertThat(session.sectionOf("s6.fee_yuan")).isEqualTo("s6");
        assertThat(session.sectionOf("t2.reg.issued")).isEqualTo("s2");
        assertThat(session.sectionOf("s0.preamble")).isEqualTo("s0");
    }

    @Test
    void fillingEmptyCellsWithZeroTouchesOnlyTheTypedEmptyOnes() {
        session.setCellText("t3.r1.np", "2");
        int filled = session.fillEmptyWithZero("t3");

        assertThat(filled).isEqualTo(25 * 6 - 6 - 1); // the six applicant columns, less （七）总计 and the typed cell
        assertThat(session.report().count("t3.r1.np")).isEqualTo(2L);
        assertThat(session.display("t3.r3_7.np")).isEqualTo("0");
        session.undo();
        assertThat(session.report().isFilled("t3.r2.np")).isFalse();
    }

    @Test
    void aBalanceErrorMarksTheCellTheClerkChangedAndItsEchoInTheTotalIsNotCounted() {
        DraftSession full = new DraftSession(TestReports.full(2024, 3), r -> RuleSet.standard().check(r, null));
        long published = full.report().count("t3.r3_1.np");
        full.setCellText("t3.r3_1.np", Long.toString(published + 1));

        Finding column = finding(full, "T3-01:np");
        Finding total = finding(full, "T3-01:tot");
        assertThat(column.cells()).doesNotContain("t3.r3_1.np"); // the rule names the equation's cells
        assertThat(full.markedCells(column)).containsExactly("t3.r3_1.np");
        assertThat(full.mark("t3.r3_1.np")).isEqualTo(Severity.E);
        assertThat(full.mark("t3.r1.np")).isNull();
        assertThat(full.mark("t3.r3_7.np")).isNull();
        assertThat(full.isEcho(total)).isTrue();
        assertThat(full.counts("s3").errors()).as("one mistake, one error").isEqualTo(1);

        // A second edit in the same column comes first, the earlier one stays marked.
        full.setCellText("t3.r1.np", Long.toString(full.report().count("t3.r1.np") + 5));
        assertThat(full.markedCells(finding(full, "T3-01:np"))).containsExactly("t3.r1.np", "t3.r3_1.np");
    }

    @Test
    void aFindingPresentWhenTheDraftOpensMarksTheTypedCellsItNames() {
        Report report = TestReports.full(2024, 3);
        report.setCount("t3.r4.biz", report.count("t3.r4.biz") + 1);
        DraftSession opened = new DraftSession(report, r -> RuleSet.standard().check(r, null));
        assertThat(opened.markedCells(finding(opened, "T3-01:biz")))
                .containsExactly("t3.r1.biz", "t3.r2.biz", "t3.r4.biz");
    }

    @Test
    void whileTheClerkTypesInATableItsNewBalanceErrorsWaitButAOneCellProblemShowsAtOnce() {
        session.holdNewFindings("t3");
        session.setCellText("t3.r1.np", "3");
        assertThat(session.allFindings()).extracting(Finding::rule).contains("T3-01");
        assertThat(session.findings()).extracting(Finding::rule).doesNotContain("T3-01");
        assertThat(session.mark("t3.r1.np")).isNull();

        session.showHeldFindings(); // the clerk paused
        assertThat(session.findings()).extracting(Finding::rule).contains("T3-01");
        session.setCellText("t3.r1.biz", "2");
        assertThat(session.findings()).as("shown once, it stays shown while he types on").extracting(Finding::id)
                .contains("T3-01:np").doesNotContain("T3-01:biz");

        session.holdNewFindings("t2");
        session.setCellText("t2.fees.amount_wan", "1.2345678"); // below a fen: written in 元?
        assertThat(session.findings()).extracting(Finding::rule).contains("T2-02");
        session.stopHolding("t2");
        assertThat(session.findings()).containsExactlyInAnyOrderElementsOf(session.allFindings());
    }

    private static Finding finding(DraftSession s, String id) {
        return s.findings().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + id + " in " + s.findings()));
    }
}
