package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderStroke;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.grid.ReportGrid;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** How the tables read: headers that stay in view, "not filled" drawn apart from 0. */
@ExtendWith(ApplicationExtension.class)
class TableLookTest {

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    /** The label of the grid whose text is this one. */
    private static Node label(FxRobot robot, String text) {
        return robot.lookup("#grid-t3-0 .grid-label").match(n -> ((Label) ((javafx.scene.layout.StackPane) n)
                .getChildren().get(0)).getText().equals(text)).query();
    }

    private static Bounds inView(FxRobot robot, Node node) {
        ScrollPane pane = Scrolling.enclosingPane(node);
        Bounds view = pane.localToScene(pane.getLayoutBounds());
        Bounds b = node.localToScene(node.getBoundsInLocal());
        assertThat(b.getMinY()).as("top of " + node).isGreaterThanOrEqualTo(view.getMinY() - 1);
        assertThat(b.getMaxY()).as("bottom of " + node).isLessThanOrEqualTo(view.getMaxY() + 1);
        assertThat(b.getMinX()).as("left of " + node).isGreaterThanOrEqualTo(view.getMinX() - 1);
        return b;
    }

    @Test
    void table3sHeadersStayInViewAtTheBottomAndItsRowLabelsWhenScrolledSideways(FxRobot robot) {
        robot.interact(() -> {
            Stage stage = (Stage) ui.window.context().owner();
            stage.setWidth(960);
            stage.setHeight(600);
        });
        ui.open(robot, TestReports.full(2024, 3));
        ui.go(robot, 3);
        ReportGrid grid = robot.lookup("#grid-t3-0").query();
        robot.interact(() -> grid.focusCell("t3.r4.oth"));
        WaitForAsyncUtils.waitForFxEvents();
        ScrollPane pane = Scrolling.enclosingPane(grid);
        assertThat(pane.getVvalue()).isGreaterThan(0.5);

        Bounds header = inView(robot, label(robot, "法人或其他组织"));
        Bounds cell = robot.lookup("#cell-t3-r4-oth").query().localToScene(
                robot.lookup("#cell-t3-r4-oth").query().getBoundsInLocal());
        assertThat(cell.getMinY()).as("the cell below the header").isGreaterThanOrEqualTo(header.getMaxY() - 1);

        robot.interact(() -> pane.setHvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        inView(robot, label(robot, "四、结转下年度继续办理"));
    }

    @Test
    void aCellNotFilledIsDrawnDashedAndAZeroIsNot(FxRobot robot) {
        Report report = TestReports.empty(2024);
        report.setCount("t3.r1.np", 0L);
        ui.open(robot, report);
        ui.go(robot, 3);
        assertThat(dashed(robot.lookup("#cell-t3-r1-biz").queryAs(Label.class))).isTrue();
        assertThat(dashed(robot.lookup("#cell-t3-r1-np").queryAs(Label.class))).isFalse();
        assertThat(dashed(robot.lookup(".legend-unfilled").queryAs(Label.class))).isTrue();
    }

    private static boolean dashed(Label cell) {
        return cell.getBorder() != null && cell.getBorder().getStrokes().stream().map(BorderStroke::getTopStyle)
                .anyMatch(style -> !style.getDashArray().isEmpty());
    }
}
