package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.model.Scope;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.grid.ReportGrid;
import org.ogireport.ui.start.StartView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An aggregate report (汇总年报) open in the draft editor: its tables are the sum of the units' reports, so they take
 * no typing, paste, delete or fill with 0, and say why; its prose is written as any other.
 */
@ExtendWith(ApplicationExtension.class)
class AggregateDraftWindowTest {

    private UiHarness ui;

    @TempDir
    Path out;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    @Test
    void anAggregatesTablesOnlyShowAndSayWhyWhileItsProseIsWritten(FxRobot robot) {
        Report aggregate = TestReports.full(2024, 3);
        aggregate.setScope(Scope.AGGREGATE);
        robot.interact(() -> ui.window.openDraft(aggregate, null));
        ui.awaitIdle();
        assertThat(robot.lookup("#deadline").queryAs(Label.class).getText())
                .contains("2025年3月10日（设区的市级人民政府的汇总年报）");

        ui.go(robot, 3);
        Label note = robot.lookup("#aggregateNote").queryAs(Label.class);
        assertThat(note.isVisible()).isTrue();
        assertThat(note.getText()).isEqualTo("这是汇总年报：表格是各单位年报之和，请在“汇总”中重新汇总，不能直接修改。");
        assertThat(robot.lookup("#fillZero").queryAs(Button.class).isDisabled()).isTrue();

        long before = ui.session().report().count("t3.r1.np");
        ReportGrid grid = robot.lookup("#grid-t3-0").query();
        robot.interact(() -> grid.focusCell("t3.r1.np"));
        robot.write("7").type(KeyCode.ENTER);
        robot.interact(() -> grid.focusCell("t3.r1.np"));
        robot.type(KeyCode.DELETE);
        robot.interact(() -> {
            ClipboardContent content = new ClipboardContent();
            content.putString("1\t2\n3\t4");
            Clipboard.getSystemClipboard().setContent(content);
            grid.focusCell("t3.r1.np");
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(before);
        assertThat(ui.session().editsProperty().get()).as("no edit of the tables").isZero();

        ui.go(robot, 1);
        robot.clickOn("#text-s1-active").write("汇总说明");
        assertThat(ui.session().report().text("s1.active")).contains("汇总说明");
        ui.awaitIdle();
    }

    @Test
    void theStartViewMarksAnAggregateAndOpensItNotTheOwnReportOfTheSameYear(FxRobot robot) throws IOException {
        Report own = TestReports.full(2024, 3);
        Report aggregate = TestReports.full(2024, 5);
        aggregate.setScope(Scope.AGGREGATE);
        ui.workspace.save(own, "测试");
        ui.workspace.save(aggregate, "测试");
        robot.interact(ui.window::showStart);
        ui.awaitIdle();
        ListView<DraftInfo> drafts = robot.lookup("#drafts").queryListView();
        List<String> rows = drafts.getItems().stream().map(StartView::describe).toList();
        assertThat(rows).hasSize(2).filteredOn(r -> r.contains("（汇总年报）")).singleElement().asString()
                .startsWith(own.organ().name() + "（汇总年报） · 2024年");

        int index = drafts.getItems().stream().map(DraftInfo::scope).toList().indexOf(Scope.AGGREGATE);
        robot.interact(() -> drafts.getSelectionModel().select(index));
        robot.clickOn("#openButton");
        ui.awaitIdle();
        assertThat(ui.session().report().scope()).isEqualTo(Scope.AGGREGATE);
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(aggregate.count("t3.r1.np"))
                .isNotEqualTo(own.count("t3.r1.np"));

        // What the window does with the open draft is done with the aggregate: its export, its history.
        Path target = out.resolve("汇总.json");
        ui.files.answers.add(target);
        ui.command(() -> ui.window.export("json"));
        ui.awaitIdle();
        ui.clickDialogButton(robot, "确定");
        Report exported = ReportJson.read(Files.readAllBytes(target), "汇总.json").report();
        assertThat(exported.scope()).isEqualTo(Scope.AGGREGATE);
        assertThat(exported.count("t3.r1.np")).isEqualTo(aggregate.count("t3.r1.np"));

        ui.workspace.save(own, "本机关的另一个修订");
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        ui.awaitIdle();
        ListView<RevisionInfo> history = robot.lookup("#revisions").queryListView();
        assertThat(history.getItems()).extracting(RevisionInfo::note).doesNotContain("本机关的另一个修订");
    }

    @Test
    void anOwnReportsTablesAreTypedAsEver(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        assertThat(robot.lookup("#aggregateNote").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#fillZero").queryAs(Button.class).isDisabled()).isFalse();
        robot.clickOn("#cell-t3-r1-np").write("7").type(KeyCode.ENTER);
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(7L);
    }
}
