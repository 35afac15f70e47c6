package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.app.Workspace;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionCause;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.draft.TableSectionView;
import org.ogireport.ui.grid.ReportGrid;
import org.ogireport.util.UserException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window around the screens: starting a draft, autosave, closing, one undo history, the revisions. */
@ExtendWith(ApplicationExtension.class)
class DraftWindowTest {

    private static final String ORGAN = TestReports.ORGAN.name();

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    @Test
    void aNewDraftIsCreatedByKeyboardForLastYear(FxRobot robot) {
        ui.awaitIdle();
        int lastYear = java.time.LocalDate.now().getYear() - 1;
        assertThat(robot.lookup("#year").queryTextInputControl().getText()).isEqualTo(Integer.toString(lastYear));

        robot.clickOn("#organName").write("凤泉区科学技术局");
        robot.type(KeyCode.TAB); // to the kind of organ
        robot.type(KeyCode.DOWN, 7); // from none to the seventh kind, 县级人民政府部门
        assertThat(robot.lookup("#organKind").queryComboBox().getValue()).hasToString("COUNTY_DEPARTMENT");
        robot.type(KeyCode.ENTER); // the default button: 新建年报
        ui.awaitIdle();

        Report created = ui.workspace.load("凤泉区科学技术局", lastYear).orElseThrow();
        assertThat(created.organ().kind().label()).isEqualTo("县级人民政府部门");
        assertThat(((Stage) robot.window(0)).getTitle()).contains("凤泉区科学技术局").contains(lastYear + "年度")
                .contains("已保存");
        ListView<?> nav = robot.lookup(".nav").queryListView();
        assertThat(nav.getItems()).hasSize(8);
    }

    @Test
    void aMissingOrganNameIsSaidBesideTheForm(FxRobot robot) {
        ui.awaitIdle();
        robot.interact(() -> robot.lookup("#organName").queryTextInputControl().setText(""));
        robot.clickOn("#createButton");
        assertThat(robot.lookup("#message").queryLabeled().getText()).contains("请填写机关全称");
        assertThat(ui.workspace.listDrafts()).isEmpty();
    }

    /** How fast (the clerk is promised 2 s) is a figure of TypingLatencyBenchmark, not checked here. */
    @Test
    void anEditIsSavedWithoutAClick(FxRobot robot) throws Exception {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        robot.clickOn("#cell-t3-r1-np").write("42").type(KeyCode.ENTER);
        assertThat(((Stage) robot.window(0)).getTitle()).contains("未保存");

        // What a crash would leave: the store file as it is on disk, opened afresh (a copy: the window holds it).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> onDisk().map(r -> Long.valueOf(42).equals(r.count("t3.r1.np"))).orElse(false));
        assertThat(onDisk().orElseThrow().count("t3.r1.tot")).isEqualTo(42L);
        ui.awaitIdle();
        assertThat(((Stage) robot.window(0)).getTitle()).contains("已保存");
    }

    /** The draft as a copy of the store file holds it, or empty while the copy caught a write half done. */
    private Optional<Report> onDisk() throws IOException {
        Path copy = Files.createTempDirectory("ogi-ui-copy");
        try {
            Files.copy(ui.dir.resolve("ogi-report.mv.db"), copy.resolve("ogi-report.mv.db"));
            try (Workspace ws = Workspace.open(copy)) {
                return ws.load(ORGAN, 2024);
            } catch (UserException halfWritten) {
                return Optional.empty();
            }
        } finally {
            try (var files = Files.walk(copy)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    @Test
    void closingTheWindowSavesWhatWasTyped(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 1);
        robot.clickOn("#text-s1-active").write("本年度主动公开信息 120 条。");
        // Still inside the 1 s before the autosave: the close must write it.
        robot.interact(() -> robot.window(0).fireEvent(
                new WindowEvent(robot.window(0), WindowEvent.WINDOW_CLOSE_REQUEST)));
        assertThat(ui.workspace.load(ORGAN, 2024).orElseThrow().text("s1.active")).isEqualTo("本年度主动公开信息 120 条。");
    }

    @Test
    void aSaveThatFailsIsSaidAndTheWindowKeepsWhatWasTyped(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        robot.clickOn("#cell-t3-r1-np").write("8").type(KeyCode.ENTER);
        ui.workspace.close(); // the store fails from now on, as on a full or lost disk

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        ui.awaitIdle();
        assertThat(ui.failures).singleElement().asString().contains("数据库");
        assertThat(robot.lookup(".save-state").queryLabeled().getText()).contains("没有保存成功");
        assertThat(((Stage) robot.window(0)).getTitle()).contains("有未保存的修改");
        ui.failures.clear();

        Stage stage = (Stage) robot.window(0);
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class))
                .anySatisfy(label -> assertThat(label.getText()).contains("没有关闭").contains("数据库"));
        robot.clickOn("确定");
        assertThat(stage.isShowing()).isTrue();
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(8L);
    }

    @Test
    void undoAndRedoWorkAcrossCellsAndTextFields(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 1);
        robot.clickOn("#text-s1-active").write("全年主动公开");
        ui.go(robot, 3);
        robot.clickOn("#cell-t3-r1-np").write("5").type(KeyCode.ENTER);
        ui.go(robot, 5);
        robot.clickOn("#text-s5-problems").write("问题");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(ui.session().report().text("s5.problems")).isEmpty();
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(ui.session().report().isFilled("t3.r1.np")).isFalse();
        assertThat(ui.window.currentView()).isInstanceOf(TableSectionView.class); // shows where the undo was
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        assertThat(ui.session().report().text("s1.active")).isEmpty();
        TextArea area = robot.lookup("#text-s1-active").queryAs(TextArea.class);
        assertThat(area.getText()).isEmpty();

        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(area.getText()).isEqualTo("全年主动公开");
        robot.press(KeyCode.CONTROL).type(KeyCode.Y).release(KeyCode.CONTROL);
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(5L);
    }

    @Test
    void anEarlierRevisionIsRestoredAfterConfirmation(FxRobot robot) {
        Report report = TestReports.empty(2024);
        report.setCount("t3.r1.np", 1L);
        ui.workspace.save(report, "第一次");
        ui.open(robot, TestReports.empty(2024)); // saved as the newer revision, then opened
        long first = ui.workspace.history(ORGAN, 2024).get(1).id();

        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        ui.awaitIdle();
        ListView<RevisionInfo> revisions = robot.lookup("#revisions").queryListView();
        assertThat(revisions.getItems()).extracting(RevisionInfo::id).contains(first);
        robot.interact(() -> revisions.getSelectionModel().select(
                revisions.getItems().stream().filter(r -> r.id() == first).findFirst().orElseThrow()));
        robot.clickOn("#restoreButton");
        robot.clickOn("恢复"); // the confirmation names the revision; its button says what it does
        ui.awaitIdle();

        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(1L);
        assertThat(ui.workspace.load(ORGAN, 2024).orElseThrow().count("t3.r1.np")).isEqualTo(1L);
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(3);
    }

    @Test
    void afterCtrlSTheStatusBarSaysWhatBecameOfTheSave(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        robot.clickOn("#cell-t3-r1-np").write("6").type(KeyCode.ENTER);
        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        ui.awaitIdle();
        long current = ui.workspace.history(ORGAN, 2024).get(0).id();
        String state = robot.lookup(".save-state").queryLabeled().getText();
        assertThat(state).contains("已保存为修订 #" + current).doesNotContain("自动");

        robot.press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        ui.awaitIdle();
        assertThat(robot.lookup(".save-state").queryLabeled().getText()).contains("没有新的修改")
                .contains("#" + current);
    }

    /** Two sittings, each closed: two revisions with their cause and what changed, not one merged. */
    @Test
    void eachClosingOfTheDraftLeavesARevisionWithItsCauseAndWhatChanged(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        for (String cell : List.of("t3.r1.np", "t3.r2.np")) {
            ui.go(robot, 3);
            ReportGrid grid = robot.lookup("#grid-t3-0").query();
            robot.interact(() -> grid.focusCell(cell));
            robot.write("5").type(KeyCode.ENTER);
            robot.press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL); // back to the start view
            ui.awaitIdle();
            robot.type(KeyCode.ENTER); // the draft opened last, offered first
            ui.awaitIdle();
        }
        robot.press(KeyCode.CONTROL).type(KeyCode.H).release(KeyCode.CONTROL);
        ui.awaitIdle();
        ListView<RevisionInfo> revisions = robot.lookup("#revisions").queryListView();
        assertThat(revisions.getItems()).extracting(RevisionInfo::cause).startsWith(RevisionCause.CLOSE,
                RevisionCause.CLOSE);
        assertThat(revisions.getItems().get(0).summary()).isEqualTo("表三 1 格");
        String shown = robot.lookup("#revisions .list-cell").queryLabeled().getText();
        assertThat(shown).contains("关闭时保存").contains("改动：表三 1 格");
    }

    @Test
    void afterARestartTheDraftOpenedLastIsOneKeyAway(FxRobot robot) {
        Report older = TestReports.empty(2023);
        ui.workspace.save(older, "测试");
        ui.open(robot, TestReports.empty(2024)); // the newest
        robot.interact(ui.window::showStart);
        ui.awaitIdle();
        ListView<DraftInfo> drafts = robot.lookup("#drafts").queryListView();
        robot.interact(() -> drafts.getSelectionModel().select(drafts.getItems().stream()
                .filter(d -> d.year() == 2023).findFirst().orElseThrow()));
        robot.clickOn("#openButton");
        ui.awaitIdle();
        ui.restart(robot);

        assertThat(robot.lookup("#continueButton").queryLabeled().getText()).contains(ORGAN).contains("2023");
        robot.type(KeyCode.ENTER);
        ui.awaitIdle();
        assertThat(ui.session().report().year()).isEqualTo(2023);
    }
}
