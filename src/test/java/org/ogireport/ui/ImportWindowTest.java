package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.ExportProgress;
import org.ogireport.app.ExportRequest;
import org.ogireport.app.Workspace;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.Samples;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.ThinFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 导入已有年报: the file is previewed before anything is stored, the organ and year can be corrected there, and an
 * existing draft is replaced or kept only as the clerk says.
 */
@ExtendWith(ApplicationExtension.class)
class ImportWindowTest {

    private static final String ORGAN = TestReports.ORGAN.name();

    @TempDir
    Path folder;
    @TempDir
    Path elsewhere;

    private UiHarness ui;
    private final Report current = TestReports.full(2024, 1);
    private final Report other = TestReports.full(2024, 2);

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    /** The other report as a file of a format, written by another data folder (as another office would). */
    private Path fileOfOther(String format) {
        Path file = folder.resolve("别处的年报." + format);
        try (Workspace ws = Workspace.open(elsewhere)) {
            ws.save(other, "别处");
            ws.export(new ExportRequest(ORGAN, 2024, format, file, false, false), ExportProgress.NONE);
        }
        return file;
    }

    /** Picks the file from the start view and waits for its preview. */
    private void importFromStartView(FxRobot robot, Path file) {
        ui.awaitIdle();
        ui.files.answers.add(file);
        robot.clickOn("#importButton");
        ui.awaitIdle();
        assertThat(robot.lookup("#storeButton").tryQuery()).as("the preview").isPresent();
    }

    @Test
    void anExchangeFileIsPreviewedAndKeptBesideTheCurrentDraftAsARevision(FxRobot robot) {
        ui.workspace.save(current, "保存");
        importFromStartView(robot, fileOfOther("json"));

        assertThat(robot.lookup(".section-title").queryLabeled().getText()).contains("别处的年报.json");
        assertThat(robot.lookup("#organName").queryTextInputControl().getText()).isEqualTo(ORGAN);
        assertThat(robot.lookup("#year").queryTextInputControl().getText()).isEqualTo("2024");
        assertThat(robot.lookup("#import-notes .label").queryLabeled().getText()).contains("全部内容都已读到");
        TabPane tabs = robot.lookup("#tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(2)); // 表三
        assertThat(ui.cellText(robot, "t3.r1.np")).isEqualTo(other.count("t3.r1.np").toString());
        assertThat(ui.workspace.history(ORGAN, 2024)).as("nothing stored before the clerk confirms").hasSize(1);

        robot.clickOn("#storeButton");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("已经存在").contains("替换现有草稿").contains("保留现有草稿");
        ui.clickDialogButton(robot, "保留现有草稿");

        assertThat(ui.workspace.load(ORGAN, 2024)).contains(current);
        List<RevisionInfo> history = ui.workspace.history(ORGAN, 2024);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).current()).isFalse();
        assertThat(history.get(0).note()).contains("别处的年报.json");
        assertThat(ui.session().report()).as("the current draft is open").isEqualTo(current);
        assertThat(ui.window.currentView().messages().getText()).contains("修订 #" + history.get(0).id());
    }

    @Test
    void aWordFileReplacesTheDraftOnceTheYearEnteredIsValid(FxRobot robot) throws IOException {
        ui.workspace.save(current, "保存");
        importFromStartView(robot, fileOfOther("docx"));

        robot.interact(() -> robot.lookup("#year").queryTextInputControl().setText("二〇二四年"));
        robot.clickOn("#storeButton");
        assertThat(robot.lookup("#message").queryLabeled().getText()).contains("年度").contains("二〇二四年");
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(1);

        robot.interact(() -> robot.lookup("#year").queryTextInputControl().setText("2024"));
        robot.clickOn("#storeButton");
        ui.awaitIdle();
        ui.clickDialogButton(robot, "替换现有草稿");

        Report stored = ui.workspace.load(ORGAN, 2024).orElseThrow();
        assertThat(stored.count("t3.r1.np")).isEqualTo(other.count("t3.r1.np"));
        assertThat(stored.text("s1.active")).isEqualTo(other.text("s1.active"));
        List<RevisionInfo> history = ui.workspace.history(ORGAN, 2024);
        assertThat(history).hasSize(2);
        assertThat(history.get(0).current()).isTrue();
        assertThat(ui.session().report().count("t3.r1.np")).isEqualTo(other.count("t3.r1.np"));
    }

    @Test
    void aCopyWithoutItsTitleIsFiledUnderTheOrganAndYearTheClerkEnters(FxRobot robot) throws IOException {
        List<String> lines = Files.readAllLines(Samples.require("fengquan-science-bureau-2024.txt"));
        Path untitled = Files.write(folder.resolve("网页复制.txt"),
                lines.stream().filter(l -> !l.contains("年政府信息公开工作年度报告")).toList());
        importFromStartView(robot, untitled);

        assertThat(robot.lookup("#message").queryLabeled().getText()).contains("没有找到年报的标题");
        assertThat(robot.lookup("#organName").queryTextInputControl().getText()).isEmpty();
        robot.clickOn("#storeButton");
        assertThat(robot.lookup("#message").queryLabeled().getText()).contains("请填写机关全称");
        assertThat(ui.workspace.listDrafts()).isEmpty();

        robot.clickOn("#organName").write("凤泉区科学技术局");
        robot.interact(() -> robot.lookup("#year").queryTextInputControl().setText("2024"));
        robot.clickOn("#storeButton");
        ui.awaitIdle();
        Report stored = ui.workspace.load("凤泉区科学技术局", 2024).orElseThrow();
        assertThat(stored.text("s6.text")).contains("无政府信息公开收费项目");
    }

    @Test
    void replacingTheDraftWithLessThanHalfOfItIsAskedWithBothCountsAndCancelIsTheDefault(FxRobot robot) {
        ui.workspace.save(current, "保存");
        Path few = ThinFiles.fewCells(folder, 5);
        int texts = current.texts().size();

        importFromStartView(robot, few);
        robot.clickOn("#storeButton");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("导入的内容不到“" + ORGAN + "”2024年现有草稿的一半")
                .contains("现有草稿有 200 个表格单元格、" + texts + " 段文字")
                .contains("“" + ThinFiles.FEW + "”只读到 5 个单元格、0 段文字");
        Button byDefault = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(Button::isDefaultButton).findFirst().orElseThrow();
        assertThat(byDefault.getText()).as("the default changes nothing").isEqualTo("取消");
        ui.clickDialogButton(robot, "取消");
        assertThat(ui.workspace.load(ORGAN, 2024)).contains(current);
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(1);
        assertThat(robot.lookup("#storeButton").tryQuery()).as("still the preview").isPresent();

        robot.clickOn("#storeButton");
        ui.awaitIdle();
        ui.clickDialogButton(robot, "保留现有草稿");
        assertThat(ui.workspace.load(ORGAN, 2024)).contains(current);
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(2).first().extracting(RevisionInfo::current)
                .isEqualTo(false);

        robot.interact(ui.window::showStart);
        importFromStartView(robot, few);
        robot.clickOn("#storeButton");
        ui.awaitIdle();
        ui.clickDialogButton(robot, "仍然替换现有草稿");
        Report stored = ui.workspace.load(ORGAN, 2024).orElseThrow();
        assertThat(stored.catalog().cells()).filteredOn(c -> stored.isFilled(c.key())).hasSize(5);
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(3).first().extracting(RevisionInfo::current)
                .isEqualTo(true);
        assertThat(ui.session().report()).isEqualTo(stored);
    }

    @Test
    void aPageThatGivesNothingOfAReportIsRefusedWithoutAPreview(FxRobot robot) {
        ui.workspace.save(current, "保存");
        for (String organ : List.of(ORGAN, "")) { // with its title, and without (filed under the clerk's organ)
            ui.awaitIdle();
            ui.files.answers.add(ThinFiles.pageWithoutTheReport(folder, organ));
            robot.clickOn("#importButton");
            ui.awaitIdle();

            assertThat(ui.failures).as(organ).singleElement().asString()
                    .contains("“" + ThinFiles.PAGE + "”中没有读到年报的内容");
            ui.failures.clear();
            assertThat(robot.lookup("#storeButton").tryQuery()).as("no preview to store from").isEmpty();
        }
        assertThat(ui.workspace.load(ORGAN, 2024)).contains(current);
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(1);
    }

    @Test
    void importingWhatTheDraftHoldsSaysNothingChangedWithoutAsking(FxRobot robot) {
        ui.workspace.save(current, "保存");
        Path same = folder.resolve("同一份.json");
        ui.workspace.export(ORGAN, 2024, "json", same, false);

        importFromStartView(robot, same);
        robot.clickOn("#storeButton");
        ui.awaitIdle();

        assertThat(robot.lookup(".dialog-pane").tryQuery()).as("nothing to ask").isEmpty();
        assertThat(ui.window.currentView().messages().getText()).contains("内容相同，没有改动")
                .contains("没有增加修订");
        assertThat(ui.workspace.history(ORGAN, 2024)).hasSize(1);
        assertThat(ui.session().report()).isEqualTo(current);
    }

    @Test
    void anOrganNameLongerThanTheLimitIsRefusedInThePreviewForm(FxRobot robot) {
        importFromStartView(robot, fileOfOther("json"));
        robot.interact(() -> robot.lookup("#organName").queryTextInputControl().setText("某".repeat(100_000)));
        robot.clickOn("#storeButton");
        ui.awaitIdle();
        assertThat(robot.lookup("#message").queryLabeled().getText())
                .contains("填写的机关全称有 100000 个字，超过了机关全称最多 200 个字的限制");
        assertThat(ui.workspace.listDrafts()).isEmpty();
    }

    @Test
    void cancellingThePreviewStoresNothing(FxRobot robot) {
        importFromStartView(robot, fileOfOther("json"));
        robot.clickOn("#cancelButton");
        ui.awaitIdle();
        assertThat(ui.workspace.listDrafts()).isEmpty();
        assertThat(robot.lookup("#drafts").tryQuery()).as("back on the start view").isPresent();
    }
}
