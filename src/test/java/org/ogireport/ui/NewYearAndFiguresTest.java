package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 从上一年开始 carries last year over and marks the copied prose; 插入表格数字 writes what table 三 says. */
@ExtendWith(ApplicationExtension.class)
class NewYearAndFiguresTest {

    private static final String ORGAN = TestReports.ORGAN.name();
    private static final String[] APPLICANTS = {"np", "biz", "res", "ngo", "law", "oth"};

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private boolean carriedNoteShown(FxRobot robot, String textKey) {
        Node editor = robot.lookup("#text-" + textKey.replace('.', '-')).queryAs(TextArea.class).getParent();
        return robot.from(editor).lookup(".carried-note").queryLabeled().isVisible();
    }

    @Test
    void lastYearsDraftBeginsTheYearAndItsProseIsMarkedUntilRewritten(FxRobot robot) {
        int year = LocalDate.now().getYear() - 1; // what the dialog proposes
        Report last = TestReports.full(year - 1, 4);
        ui.workspace.save(last, "上年");
        ui.awaitIdle();

        robot.clickOn("#newYearButton");
        ui.awaitIdle();
        assertThat(robot.lookup("#newYear-year").queryTextInputControl().getText()).isEqualTo(String.valueOf(year));
        robot.clickOn("#newYear-begin");
        ui.awaitIdle();

        Report draft = ui.workspace.load(ORGAN, year).orElseThrow();
        for (String col : APPLICANTS) {
            assertThat(draft.count("t3.r2." + col)).as(col).isEqualTo(last.count("t3.r4." + col));
        }
        assertThat(ui.session().report().year()).isEqualTo(year);
        assertThat(ui.window.currentView().messages().getText()).contains("沿用上年");
        assertThat(ui.ruleIds()).contains("Y-03");

        ui.go(robot, 1);
        assertThat(carriedNoteShown(robot, "s1.active")).isTrue();
        assertThat(carriedNoteShown(robot, "s1.oversight")).isTrue();
        robot.clickOn("#text-s1-active").write("本年度");
        assertThat(carriedNoteShown(robot, "s1.active")).as("rewritten").isFalse();
        assertThat(carriedNoteShown(robot, "s1.oversight")).isTrue();
    }

    @Test
    void aYearWithoutItsYearBeforeIsRefusedInTheDialog(FxRobot robot) {
        ui.workspace.save(TestReports.full(2020, 4), "旧");
        ui.awaitIdle();
        robot.clickOn("#newYearButton");
        ui.awaitIdle();
        robot.interact(() -> robot.lookup("#newYear-year").queryTextInputControl().setText("2023"));
        robot.clickOn("#newYear-begin");
        assertThat(robot.lookup("#newYear-error").queryLabeled().getText()).contains("没有 2022 年的年报");
        ui.clickDialogButton(robot, "取消");
        assertThat(ui.workspace.listDrafts()).hasSize(1);
    }

    @Test
    void theInsertedSentenceStatesTable3AndTheProseRulesThenPass(FxRobot robot) {
        Report report = TestReports.full(2024, 5);
        report.setText("s1.on_request", "全年共受理政府信息公开申请999件。");
        ui.open(robot, report);
        assertThat(ui.ruleIds()).contains("X-01");

        ui.go(robot, 1);
        TextArea area = robot.lookup("#text-s1-on_request").queryAs(TextArea.class);
        robot.interact(area::clear);
        robot.clickOn("#insert-figures");

        Report r = ui.session().report();
        long received = r.count("t3.r1.tot");
        long carriedIn = r.count("t3.r2.tot");
        String expected = "全年共受理政府信息公开申请" + received + "件，"
                + (carriedIn != 0 ? "上年结转" + carriedIn + "件；" : "")
                + "办结" + r.count("t3.r3_7.tot") + "件，结转下年度" + r.count("t3.r4.tot") + "件。";
        assertThat(area.getText()).isEqualTo(expected);
        assertThat(r.text("s1.on_request")).isEqualTo(expected);
        assertThat(ui.ruleIds()).doesNotContain("X-01", "X-02");

        // The same sentence over other numbers is caught: the rules do read it.
        robot.interact(() -> area.setText(expected.replace("受理政府信息公开申请" + received, "受理政府信息公开申请"
                + (received + 1)).replace("办结" + r.count("t3.r3_7.tot"), "办结" + (r.count("t3.r3_7.tot") + 1))));
        assertThat(ui.ruleIds()).contains("X-01", "X-02");
    }

    @Test
    void theHelperSaysWhatIsMissingWhileTable3IsEmpty(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 1);
        robot.clickOn("#insert-figures");
        assertThat(ui.session().report().text("s1.on_request")).isEmpty();
        assertThat(ui.window.currentView().messages().isError()).isTrue();
        assertThat(ui.window.currentView().messages().getText()).contains("表三");
    }
}
