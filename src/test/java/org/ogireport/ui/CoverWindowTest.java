package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.OrganKind;
import org.ogireport.testing.TestClock;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 封面与基本信息: the deadline (D-01) as the workspace says it today, following the organ's kind and a warning once
 * past; the 成文日期 and the heading style of the print, undone and saved like any other edit.
 */
@ExtendWith(ApplicationExtension.class)
class CoverWindowTest {

    private static final String ORGAN = TestReports.ORGAN.name();

    private final TestClock clock = new TestClock(); // 2025-01-10 in Beijing
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private Label deadline(FxRobot robot) {
        return robot.lookup("#deadline").queryAs(Label.class);
    }

    @Test
    void theDeadlineIsShownAsTheWorkspaceSaysItAndFollowsTheOrganKind(FxRobot robot) {
        ui.restart(robot, clock);
        ui.open(robot, TestReports.full(2024, 3));
        Label deadline = deadline(robot);
        assertThat(deadline.getText()).isEqualTo("报送期限 2025年1月31日（设区的市级人民政府的年报），还有 21 天")
                .isEqualTo(ui.workspace.deadlineToday(ui.session().report()));
        assertThat(deadline.getPseudoClassStates().toString()).doesNotContain("past");

        ComboBox<OrganKind> kind = robot.lookup("#organKind").queryComboBox();
        robot.interact(() -> kind.setValue(OrganKind.COUNTY_DEPARTMENT));
        assertThat(deadline.getText()).isEqualTo("报送期限 2025年1月31日（县级人民政府部门的年报），还有 21 天");
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(deadline.getText()).contains("（设区的市级人民政府的年报）");
    }

    @Test
    void aDeadlinePastIsAWarning(FxRobot robot) {
        clock.now = Instant.parse("2025-02-03T02:00:00Z");
        ui.restart(robot, clock);
        ui.open(robot, TestReports.full(2024, 3));
        Label deadline = deadline(robot);
        assertThat(deadline.getText()).isEqualTo("报送期限 2025年1月31日（设区的市级人民政府的年报），已过 3 天");
        assertThat(deadline.getPseudoClassStates().toString()).contains("past");
        // The draft left open another night: the cover, shown again, counts the day.
        clock.now = clock.now.plus(Duration.ofDays(1));
        ui.go(robot, 1);
        ui.go(robot, 0);
        assertThat(deadline(robot).getText()).endsWith("已过 4 天");
    }

    @Test
    void theDateOfIssueAndTheHeadingStyleAreEditsLikeAnyOther(FxRobot robot) throws Exception {
        ui.open(robot, TestReports.full(2024, 3));
        assertThat(robot.lookup("不填则以导出当天为成文日期。").tryQuery()).isPresent();
        DatePicker dated = robot.lookup("#dated").queryAs(DatePicker.class);
        assertThat(dated.getValue()).isNull();
        assertThat(dated.getPromptText()).contains("年").contains("月").contains("日");

        robot.clickOn(dated.getEditor()).write("2025-1-20").type(KeyCode.ENTER);
        assertThat(ui.session().report().dated()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(dated.getEditor().getText()).isEqualTo("2025年1月20日");

        ComboBox<HeadingStyle> style = robot.lookup("#headingStyle").queryComboBox();
        assertThat(style.getValue()).isEqualTo(HeadingStyle.OWN_LINE);
        robot.clickOn(style).clickOn("小标题接排在段首（楷体加粗，以句号结束）");
        assertThat(ui.session().report().headingStyle()).isEqualTo(HeadingStyle.RUN_IN);

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(ui.session().report().headingStyle()).isEqualTo(HeadingStyle.OWN_LINE);
        assertThat(style.getValue()).isEqualTo(HeadingStyle.OWN_LINE);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(ui.session().report().dated()).isNull();
        assertThat(dated.getValue()).isNull();
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(dated.getValue()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(style.getValue()).isEqualTo(HeadingStyle.RUN_IN);

        // Saved without a click, as every edit is.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ui.workspace.load(ORGAN, 2024).orElseThrow()
                .headingStyle() == HeadingStyle.RUN_IN);
        assertThat(ui.workspace.load(ORGAN, 2024).orElseThrow().dated()).isEqualTo(LocalDate.of(2025, 1, 20));

        // Not a date: said, and the date stays; blank: the day of export.
        robot.clickOn(dated.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("下周一").type(KeyCode.ENTER);
        assertThat(ui.session().report().dated()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(robot.lookup("#messages-s0").queryLabeled().getText()).contains("“下周一”不是日期");
        robot.clickOn(dated.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.BACK_SPACE).type(KeyCode.ENTER);
        assertThat(ui.session().report().dated()).isNull();
        ui.awaitIdle();
    }
}
