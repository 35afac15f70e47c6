package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The findings panel of the window: a hint that asks for the reason (Y-04) is explained as a warning is. */
@ExtendWith(ApplicationExtension.class)
class FindingsWindowTest {

    private static final String KEY = "t2.license.decisions";

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    /** The finding's box in the findings panel, found by its rule id. */
    private static Node findingBox(FxRobot robot, String rule) {
        return robot.lookup("#findings .finding").queryAll().stream()
                .filter(box -> robot.from(box).lookup(".finding-head").queryAllAs(Labeled.class).stream()
                        .anyMatch(head -> head.getText().contains(rule)))
                .findFirst().orElseThrow(() -> new AssertionError("no " + rule + " in the findings panel"));
    }

    @Test
    void aJumpOfAKeyTotalAsksForItsReasonWhichIsGivenInThePanel(FxRobot robot) {
        Report lastYear = TestReports.full(2023, 3);
        lastYear.setCount(KEY, 100L);
        ui.workspace.save(lastYear, "测试");
        Report thisYear = TestReports.full(2024, 3);
        thisYear.setCount(KEY, 1000L);
        ui.open(robot, thisYear);
        Finding jump = ui.session().findings().stream().filter(f -> f.rule().equals("Y-04")).findFirst()
                .orElseThrow(() -> new AssertionError("no Y-04 among " + ui.ruleIds()));
        assertThat(jump.severity()).isEqualTo(Severity.I);

        ListView<Finding> panel = robot.lookup("#findings").queryListView();
        robot.interact(() -> panel.scrollTo(jump));
        Node box = findingBox(robot, "Y-04");
        Hyperlink explain = robot.from(box).lookup(".hyperlink").queryAs(Hyperlink.class);
        assertThat(explain.isVisible()).as("说明原因… offered for Y-04").isTrue();
        assertThat(explain.getText()).isEqualTo("说明原因…");
        robot.clickOn(explain);
        robot.clickOn("#explanation-text").write("本年开展行政审批专项清理，集中作出许可决定。");
        robot.clickOn("保存说明");

        assertThat(ui.session().report().explanation(jump.id())).isEqualTo("本年开展行政审批专项清理，集中作出许可决定。");
        assertThat(robot.lookup("原因：本年开展行政审批专项清理，集中作出许可决定。").tryQuery()).isPresent();
        ui.awaitIdle();
    }
}
