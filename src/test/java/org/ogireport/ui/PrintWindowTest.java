package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 打印: the report set on A4 pages as the Word file, shown first, then sent through the print dialog. */
@ExtendWith(ApplicationExtension.class)
class PrintWindowTest {

    private static final double MM = 72 / 25.4;

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private static List<String> texts(Node page) {
        return ((Pane) page).getChildren().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .toList();
    }

    @Test
    void ctrlPShowsThePagesAsTheWordFileSetsThemAndPrintsThem(FxRobot robot) {
        ui.open(robot, TestReports.full(2024, 3));
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        ui.awaitIdle();

        List<Node> pages = List.copyOf(robot.lookup(".printed-page").queryAll());
        assertThat(pages).hasSizeGreaterThanOrEqualTo(4);
        assertThat(texts(pages.get(0))).contains("测试市人民政府", "2024年政府信息公开工作年度报告", "— 1 —");
        assertThat(texts(pages.get(1))).contains("— 2 —");
        String all = String.join("\n", pages.stream().flatMap(p -> texts(p).stream()).toList());
        assertThat(all).contains("三、收到和处理政府信息公开申请情况", "（本列数据的勾稽关系为", "第二十条第（一）项",
                "六、其他需要报告的事项").doesNotContain("草稿");
        for (Node page : pages) {
            assertThat(page.getLayoutBounds().getWidth()).isCloseTo(210 * MM, Offset.offset(1.0));
            for (Node n : ((Pane) page).getChildren()) {
                Bounds b = n.getBoundsInParent();
                assertThat(b.getMinX()).as(n.toString()).isGreaterThanOrEqualTo(28 * MM - 1);
                assertThat(b.getMaxX()).as(n.toString()).isLessThanOrEqualTo((28 + 156) * MM + 1);
                boolean pageNumber = n instanceof Text t && t.getText().startsWith("—");
                // The text block ends 225 mm below its top; only the page number, 7 mm lower, stands below it.
                double bottom = (37 + 225) * MM + (pageNumber ? 7 * MM + 22 : 0);
                assertThat(b.getMaxY()).as(n.toString()).isLessThanOrEqualTo(bottom);
            }
        }

        robot.clickOn("#printButton");
        assertThat(ui.printed).singleElement().satisfies(p -> assertThat(p).hasSameSizeAs(pages));
        assertThat(robot.lookup(".message-bar").queryLabeled().getText()).contains("已送往打印机");
    }

    @Test
    void aReportWithErrorsPrintsAsADraftMarkedOnEveryPage(FxRobot robot) {
        Report report = TestReports.full(2024, 3);
        report.setCount("t3.r1.np", report.count("t3.r1.np") + 1);
        ui.open(robot, report);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        ui.awaitIdle();
        assertThat(robot.lookup(".section-hint").queryAllAs(Labeled.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("草稿"));
        for (Node page : robot.lookup(".printed-page").queryAll()) {
            assertThat(texts(page)).contains("草稿");
        }
    }

    @Test
    void aRunInHeadingPrintsInBoldKaitiAtTheStartOfItsParagraph(FxRobot robot) {
        Report report = TestReports.full(2024, 3);
        report.setHeadingStyle(HeadingStyle.RUN_IN);
        ui.open(robot, report);
        robot.press(KeyCode.CONTROL).type(KeyCode.P).release(KeyCode.CONTROL);
        ui.awaitIdle();

        List<TextFlow> runIns = robot.lookup(".printed-page").queryAll().stream()
                .flatMap(p -> ((Pane) p).getChildren().stream()).filter(TextFlow.class::isInstance)
                .map(TextFlow.class::cast).toList();
        assertThat(runIns).isNotEmpty().allSatisfy(flow -> {
            Text heading = (Text) flow.getChildren().get(0);
            Text text = (Text) flow.getChildren().get(1);
            assertThat(heading.getText()).matches("\u3000\u3000（[一二三四五]）.+。");
            assertThat(heading.getFont().getStyle()).containsIgnoringCase("bold");
            assertThat(text.getFont().getStyle()).doesNotContainIgnoringCase("bold");
            assertThat(flow.getBoundsInParent().getMaxX()).isLessThanOrEqualTo((28 + 156) * MM + 1);
        });
        assertThat(runIns.get(0).getChildren()).extracting(n -> ((Text) n).getText()).first().asString()
                .contains("（一）");
    }
}
