package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.Labeled;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.ImportOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.model.Report;
import org.ogireport.testing.TestClock;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.TaskExecutor.Progress;
import org.ogireport.ui.draft.TableSectionView;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 导出, 校验报告 and 关于: the final copy refused with its errors named and the draft written instead, the folder
 * remembered across a restart, the check report, the versions for support.
 */
@ExtendWith(ApplicationExtension.class)
class ExportWindowTest {

    private static final String ORGAN = TestReports.ORGAN.name();

    @TempDir
    Path out;

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    /** A full report with one error: 自然人 of 本年新收 one too many (T3-01). */
    private static Report withError() {
        Report r = TestReports.full(2024, 7);
        r.setCount("t3.r1.np", r.count("t3.r1.np") + 1);
        return r;
    }

    @Test
    void aFinalCopyWithAnErrorIsRefusedNamingItAndTheDraftIsWrittenInstead(FxRobot robot) {
        ui.open(robot, withError());
        List<Progress> progress = new CopyOnWriteArrayList<>();
        ui.tasks.progressProperty().addListener((o, was, now) -> progress.add(now));
        StatusBar status = robot.lookup(".status-bar").queryAs(StatusBar.class);
        List<String> shown = new CopyOnWriteArrayList<>();
        status.progressProperty().addListener((o, was, now) -> shown.add(now + " " + status.getText()));
        Path target = out.resolve("年报.docx");
        ui.files.answers.add(target);

        robot.press(KeyCode.CONTROL).type(KeyCode.E).release(KeyCode.CONTROL); // 导出 → Word
        ui.awaitIdle();
        assertThat(ui.files.proposed).containsExactly(ORGAN + "2024年政府信息公开工作年度报告.docx");
        assertThat(ui.dialogText(robot)).contains("不能导出正式文件").contains("T3-01").contains("自然人");
        assertThat(target).doesNotExist();

        ui.clickDialogButton(robot, "导出草稿");
        assertThat(target).exists();
        assertThat(ui.dialogText(robot)).contains("已导出草稿").contains("草稿").contains(out.toString());
        assertThat(progress).as("the progress shown, then cleared").isNotEmpty().last().isNull();
        assertThat(progress).filteredOn(p -> p != null).anySatisfy(p -> assertThat(p.step()).contains("DOCX"));
        assertThat(shown).as("the status bar shows the steps with a progress, then nothing")
                .anySatisfy(line -> assertThat(line).doesNotStartWith("0.0 ").contains("DOCX"))
                .last().isEqualTo("0.0 ");
        ImportOutcome back = Workspace.preview(target, null, null);
        assertThat(back.report().organ().name()).isEqualTo(ORGAN);
        assertThat(back.report().count("t3.r1.np")).isEqualTo(ui.session().report().count("t3.r1.np"));

        ui.clickDialogButton(robot, "打开所在文件夹");
        assertThat(ui.foldersOpened).containsExactly(out);
        assertThat(FolderOpener.of(null).open(out)).as("no desktop: the folder is named instead").isFalse();
    }

    @Test
    void goingToTheErrorShowsItsCell(FxRobot robot) {
        ui.open(robot, withError());
        ui.files.answers.add(out.resolve("年报.html"));
        ui.command(() -> ui.window.export("html"));
        ui.awaitIdle();
        ui.clickDialogButton(robot, "去修改");
        assertThat(ui.window.currentView()).isInstanceOf(TableSectionView.class);
        assertThat(out.resolve("年报.html")).doesNotExist();
    }

    @Test
    void theLastFolderIsWhereTheNextFileDialogStartsAlsoAfterARestart(FxRobot robot) throws Exception {
        ui.open(robot, TestReports.full(2024, 3));
        Path folder = Files.createDirectories(out.resolve("报送"));
        ui.files.answers.add(folder.resolve("年报.json"));
        ui.command(() -> ui.window.export("json"));
        ui.awaitIdle();
        assertThat(folder.resolve("年报.json")).exists();
        assertThat(ui.dialogText(robot)).contains("已导出");
        ui.clickDialogButton(robot, "确定");
        assertThat(ui.files.startedIn.get(0)).isNotEqualTo(folder);

        ui.restart(robot);
        ui.open(robot, TestReports.full(2024, 3));
        ui.command(() -> ui.window.export("xlsx")); // cancelled in the dialog: no answer queued
        ui.awaitIdle();
        assertThat(ui.files.startedIn).last().isEqualTo(folder);
        assertThat(ui.files.proposed).last().asString().endsWith("年政府信息公开工作年度报告.xlsx");
    }

    @Test
    void theCheckReportIsWrittenFromTheChecksPage(FxRobot robot) throws Exception {
        ui.open(robot, withError());
        ui.go(robot, 7);
        Path target = out.resolve("校验报告.html");
        ui.files.answers.add(target);
        robot.clickOn("#checkReportButton");
        ui.awaitIdle();
        assertThat(ui.files.proposed).singleElement().asString().endsWith("年报校验报告.docx");
        assertThat(Files.readString(target)).contains("T3-01").contains(ORGAN);
        assertThat(ui.dialogText(robot)).contains("校验报告");
        ui.clickDialogButton(robot, "确定");
    }

    /** D-01: an export after the deadline says so when it is done, and the file does not. */
    @Test
    void anExportAfterTheDeadlineSaysSoInItsMessageNotInTheFile(FxRobot robot) throws Exception {
        TestClock clock = new TestClock();
        clock.now = Instant.parse("2025-02-03T02:00:00Z");
        ui.restart(robot, clock);
        ui.open(robot, TestReports.full(2024, 3));
        Path late = out.resolve("迟了.html");
        ui.files.answers.add(late);
        ui.command(() -> ui.window.export("html"));
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("已导出")
                .contains("导出时已过报送期限（2025年1月31日，设区的市级人民政府的年报）3 天：请尽快报送并公开。");
        assertThat(Files.readString(late)).doesNotContain("报送期限");
        ui.clickDialogButton(robot, "确定");

        clock.now = Instant.parse("2025-01-31T02:00:00Z"); // the last day is in time
        ui.files.answers.add(out.resolve("按时.html"));
        ui.command(() -> ui.window.export("html"));
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("已导出").doesNotContain("报送期限");
        ui.clickDialogButton(robot, "确定");
    }

    @Test
    void aboutShowsTheVersionsAndCopiesThem(FxRobot robot) {
        ui.awaitIdle();
        assertThat(((Stage) robot.window(0)).getIcons()).hasSize(4);
        ui.command(ui.window::showAbout);
        String shown = String.join("\n", robot.lookup("#about-lines .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertThat(shown).contains("H2 " + Workspace.engineVersion())
                .contains(System.getProperty("java.version")).contains(System.getProperty("java.vendor"))
                .contains(System.getProperty("javafx.runtime.version"))
                .contains(ui.dir.toString()).contains(ui.dir.resolve("logs").toString());
        robot.clickOn("#about-copy");
        String copied = clipboard(robot);
        assertThat(copied).contains("政务公开年报助手").contains("H2 " + Workspace.engineVersion());
        ui.clickDialogButton(robot, "关闭");
    }

    private static String clipboard(FxRobot robot) {
        String[] text = new String[1];
        robot.interact(() -> text[0] = Clipboard.getSystemClipboard().getString());
        return text[0];
    }
}
