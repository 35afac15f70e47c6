package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderStroke;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.draft.DraftSession;
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
        return robot.lookup("#grid-t3-0 .grid-label").match(n -> ((Label) ((StackPane) n)
                .getChildren().get(0)).getText().equals(text)).query();
    }

    private void sizeWindow(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            Stage stage = (Stage) ui.window.context().owner();
            stage.setWidth(width);
            stage.setHeight(height);
        });
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
        sizeWindow(robot, 960, 600);
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

    /** Errors and warnings in several sections: every badge is whole, and the list never scrolls sideways. */
    @Test
    void theNavigationBadgesFitWithErrorsAndWarningsAt1280By720(FxRobot robot) {
        sizeWindow(robot, 1280, 720);
        ui.open(robot, TestReports.full(2024, 3));
        ui.go(robot, 5);
        // The badges grow from ✔ while the window is shown, as the clerk's edits add errors and warnings.
        robot.interact(() -> {
            DraftSession s = ui.session();
            for (String col : new String[] {"np", "biz", "res", "ngo", "law", "oth"}) {
                s.setCellText("t3.r1." + col, Long.toString(s.report().count("t3.r1." + col) + 11)); // T3-01
                s.setCellText("t3.r3_3_" + (col.length() + 1) + "." + col, ""); // T3-04
                s.setCellText("t3.r3_4_1." + col, ""); // T3-04
            }
            for (int i = 0; i < 12; i++) {
                s.setCellText("t3.r3_5_" + (1 + i % 5) + ".np", Integer.toString(i + 1));
            }
            s.setText("s1.oversight", "");
            s.setText("s5.problems", "无");
        });
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> nav = robot.lookup(".nav").queryListView();
        Bounds list = nav.localToScene(nav.getLayoutBounds());
        for (Node bar : robot.lookup(".nav .scroll-bar").queryAll()) {
            boolean sideways = ((ScrollBar) bar).getOrientation() == Orientation.HORIZONTAL;
            assertThat(sideways && bar.isVisible()).as("a horizontal scroll bar in the navigation").isFalse();
        }
        int both = 0;
        for (Node n : robot.lookup(".nav .nav-badge").queryAll()) {
            Label badge = (Label) n;
            Bounds b = badge.localToScene(badge.getLayoutBounds());
            assertThat(b.getMaxX()).as(badge.getText()).isLessThanOrEqualTo(list.getMaxX() - 2);
            assertThat(badge.getWidth()).as(badge.getText()).isGreaterThanOrEqualTo(badge.prefWidth(-1) - 0.5);
            both += badge.getText().contains("✖") && badge.getText().contains("⚠") ? 1 : 0;
        }
        assertThat(both).as("sections with both errors and warnings").isPositive();
    }
}
