package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.draft.TableSectionView;
import org.ogireport.ui.grid.ReportGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Entering table 三 like a spreadsheet: live totals, live checks, paste, undo, full-width digits, bad input. */
@ExtendWith(ApplicationExtension.class)
class Table3EntryTest {

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private void openTable3(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        assertThat(ui.window.currentView()).isInstanceOf(TableSectionView.class);
    }

    /** Scrolls the cell into view (as the clerk would) and clicks it. */
    private void clickCell(FxRobot robot, String key) {
        ReportGrid grid = robot.lookup("#grid-t3-0").query();
        robot.interact(() -> grid.focusCell(key));
        robot.clickOn("#cell-" + key.replace('.', '-'));
    }

    @Test
    void typingShowsTheTotalsAndTheBalanceCheckAppearsAndDisappears(FxRobot robot) {
        openTable3(robot);
        clickCell(robot, "t3.r1.np");
        robot.write("3").type(KeyCode.ENTER);

        assertThat(ui.cellText(robot, "t3.r1.np")).isEqualTo("3");
        assertThat(ui.cellText(robot, "t3.r1.tot")).isEqualTo("3");
        assertThat(ui.ruleIds()).as("the column is being typed: the balance waits").doesNotContain("T3-01");
        WaitForAsyncUtils.sleep((long) TableSectionView.PAUSE.toMillis() + 500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(ui.ruleIds()).as("the clerk paused").contains("T3-01");
        assertThat(robot.lookup("#cell-t3-r1-np").queryAs(Label.class).getPseudoClassStates().toString())
                .contains("error");
        assertThat(robot.lookup("#findings").queryListView().getItems()).isNotEmpty();

        clickCell(robot, "t3.r4.np");
        robot.write("3").type(KeyCode.ENTER);

        assertThat(ui.cellText(robot, "t3.r4.tot")).isEqualTo("3");
        assertThat(ui.ruleIds()).doesNotContain("T3-01");
        assertThat(robot.lookup("#cell-t3-r1-np").queryAs(Label.class).getPseudoClassStates().toString())
                .doesNotContain("error");
    }

    @Test
    void aBalanceErrorShowsWhenTheClerkLeavesTheTableAndCountsOnce(FxRobot robot) {
        ui.open(robot, TestReports.full(2024, 3));
        ui.go(robot, 3);
        long published = ui.session().report().count("t3.r3_1.np");
        clickCell(robot, "t3.r3_1.np");
        robot.write(Long.toString(published + 1)).type(KeyCode.ENTER);
        assertThat(ui.ruleIds()).doesNotContain("T3-01");

        ui.go(robot, 4); // leaves the table
        assertThat(ui.ruleIds()).contains("T3-01");
        Label badge = robot.lookup(".nav .nav-badge").nth(3).queryAs(Label.class);
        assertThat(badge.getText()).startsWith("✖1");
        ui.go(robot, 3);
        assertThat(robot.lookup("#cell-t3-r3_1-np").queryAs(Label.class).getPseudoClassStates().toString())
                .contains("error");
        assertThat(robot.lookup("#cell-t3-r1-np").queryAs(Label.class).getPseudoClassStates().toString())
                .doesNotContain("error");
    }

    @Test
    void aPastedBlockFillsTheCellsAndOneUndoTakesItBack(FxRobot robot) {
        openTable3(robot);
        clickCell(robot, "t3.r1.np");
        String block = "1\t2\t3\t4\t5\t6\t21\r\n0\t0\t0\t0\t0\t0\t0\r\n1\t2\t3\t4\t5\t6\t21\r\n";
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(block);
            Clipboard.getSystemClipboard().setContent(content);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);

        assertThat(ui.cellText(robot, "t3.r1.oth")).isEqualTo("6");
        assertThat(ui.cellText(robot, "t3.r2.law")).isEqualTo("0");
        assertThat(ui.cellText(robot, "t3.r3_1.biz")).isEqualTo("2");
        assertThat(ui.cellText(robot, "t3.r3_1.tot")).isEqualTo("21");
        assertThat(ui.cellText(robot, "t3.r3_7.res")).isEqualTo("3");
        assertThat(ui.session().report().count("t3.r1.tot")).isEqualTo(21L);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        for (String key : new String[] {"t3.r1.np", "t3.r1.oth", "t3.r2.law", "t3.r3_1.biz", "t3.r1.tot"}) {
            assertThat(ui.cellText(robot, key)).as(key).isEmpty();
            assertThat(ui.session().report().isFilled(key)).as(key).isFalse();
        }

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(ui.cellText(robot, "t3.r1.oth")).isEqualTo("6");
    }

    @Test
    void aBlockThatDoesNotFitIsRefusedWithAMessage(FxRobot robot) {
        openTable3(robot);
        clickCell(robot, "t3.r4.biz");
        robot.interact(() -> ((ReportGrid) robot.lookup("#grid-t3-0").query()).paste("1\t2\n3\t4\n"));

        String message = ui.window.currentView().messages().getText();
        assertThat(message).contains("2 行 2 列").contains("结转下年度").contains("没有粘贴");
        assertThat(ui.window.currentView().messages().isError()).isTrue();
        assertThat(ui.session().report().isFilled("t3.r4.biz")).isFalse();
    }

    @Test
    void fullWidthDigitsAreNumbers(FxRobot robot) {
        openTable3(robot);
        clickCell(robot, "t3.r2.np");
        robot.write("１２").type(KeyCode.ENTER);

        assertThat(ui.cellText(robot, "t3.r2.np")).isEqualTo("12");
        assertThat(ui.session().report().count("t3.r2.np")).isEqualTo(12L);
    }

    @Test
    void lettersAreRefusedWithAMessageAndNothingIsStored(FxRobot robot) {
        openTable3(robot);
        clickCell(robot, "t3.r2.np");
        robot.write("abc").type(KeyCode.ENTER);

        MessageBar messages = ui.window.currentView().messages();
        assertThat(messages.isError()).isTrue();
        assertThat(messages.getText()).contains("表三「上年结转」行「自然人」列").contains("“abc”不是数字");
        assertThat(ui.session().report().isFilled("t3.r2.np")).isFalse();

        robot.type(KeyCode.ESCAPE);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        ui.awaitIdle();
        assertThat(ui.cellText(robot, "t3.r2.np")).isEmpty();
        assertThat(ui.workspace.load(TestReports.ORGAN.name(), 2024).orElseThrow().isFilled("t3.r2.np")).isFalse();
    }

    @Test
    void theKeyboardMovesLikeASpreadsheetAndSkipsTheComputedCells(FxRobot robot) {
        openTable3(robot);
        clickCell(robot, "t3.r1.np");
        robot.write("1").type(KeyCode.TAB).write("2").type(KeyCode.TAB);
        assertThat(ui.cellText(robot, "t3.r1.np")).isEqualTo("1");
        assertThat(ui.cellText(robot, "t3.r1.biz")).isEqualTo("2");

        // Tab at the end of the typed cells of a row wraps to the next row, over the computed 总计.
        clickCell(robot, "t3.r1.oth");
        robot.type(KeyCode.TAB).write("5").type(KeyCode.ENTER);
        assertThat(ui.cellText(robot, "t3.r2.np")).isEqualTo("5");

        // Enter goes down the column, over the computed （七）总计 row, and from the last row to the next column.
        clickCell(robot, "t3.r3_6_3.np");
        robot.type(KeyCode.ENTER).write("7").type(KeyCode.ENTER);
        assertThat(ui.cellText(robot, "t3.r4.np")).isEqualTo("7");
        ReportGrid grid = robot.lookup("#grid-t3-0").query();
        assertThat(grid.cursorKey()).isEqualTo("t3.r1.biz");

        robot.type(KeyCode.DOWN).type(KeyCode.DOWN).type(KeyCode.RIGHT).type(KeyCode.LEFT);
        assertThat(grid.cursorKey()).isEqualTo("t3.r3_1.biz");
        robot.type(KeyCode.UP).type(KeyCode.UP).type(KeyCode.DELETE);
        assertThat(ui.cellText(robot, "t3.r1.biz")).isEmpty();

        // Typing on a computed cell is refused with a message.
        clickCell(robot, "t3.r1.tot");
        robot.write("9");
        assertThat(ui.window.currentView().messages().getText()).contains("自动计算");
        assertThat(ui.cellText(robot, "t3.r1.tot")).isEqualTo("1");

        // Ctrl+PageDown goes to the next screen.
        robot.press(KeyCode.CONTROL).type(KeyCode.PAGE_DOWN).release(KeyCode.CONTROL);
        assertThat(ui.window.currentView().root().lookup("#grid-t4-0")).isNotNull();
    }
}
