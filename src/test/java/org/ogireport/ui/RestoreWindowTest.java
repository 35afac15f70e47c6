package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.BackupInfo;
import org.ogireport.app.Workspace;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 文件 → 从备份恢复: the backups listed newest first; restoring one brings back the data as it was (the data it replaced
 * kept as a backup itself, the open draft saved first), in the window, without a command line; a file that is no
 * sound backup changes nothing; 立即备份 adds one to the list.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWindowTest {

    private static final String ORGAN = TestReports.ORGAN.name();

    @TempDir
    Path folder;

    private UiHarness ui;
    private final Report before = TestReports.full(2024, 1);
    private final Report changed = TestReports.full(2024, 2);

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    @Test
    void aBackupBringsBackTheDataAsItWasAndKeepsWhatItReplaced(FxRobot robot) throws Exception {
        ui.workspace.save(before, "备份之前");
        Path backup = ui.workspace.backup();
        ui.workspace.save(changed, "备份之后改的");
        ui.workspace.save(TestReports.full(2023, 3), "备份之后新建的");
        ui.open(robot, changed);

        openBackups(robot);
        ListView<BackupInfo> list = backupList(robot);
        assertThat(list.getItems()).extracting(BackupInfo::file).contains(backup);
        assertThat(rows(robot)).anySatisfy(row -> assertThat(row)
                .matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}　　手动备份　　\\d+(\\.\\d)? (B|KB)"));
        robot.interact(() -> list.getSelectionModel().select(list.getItems().stream()
                .filter(b -> b.file().equals(backup)).findFirst().orElseThrow()));
        robot.clickOn("#restoreButton");
        assertThat(ui.dialogText(robot)).contains(backup.getFileName().toString(), "手动备份", "另存为一份备份",
                "打开的年报先保存");
        ui.clickDialogButton(robot, "恢复");
        ui.awaitIdle();

        assertThat(ui.failures).isEmpty();
        assertThat(ui.window.model()).isNotNull();
        assertThat(ui.session()).as("no draft open: the start view").isNull();
        assertThat(ui.workspace.listDrafts()).extracting(DraftInfo::year).containsExactly(2024);
        assertThat(ui.workspace.require(ORGAN, 2024)).isEqualTo(before);
        String notice = robot.lookup("#startNotice").queryLabeled().getText();
        assertThat(notice).contains(backup.getFileName().toString(), "1 份年报", "恢复之前的数据已另存为备份");

        // The data the restore replaced is a backup of its own, listed as such, and holds both drafts.
        List<BackupInfo> backups = Workspace.backupList(ui.dir);
        BackupInfo kept = backups.get(0);
        assertThat(kept.kind()).isEqualTo(BackupInfo.Kind.BEFORE_RESTORE);
        assertThat(notice).contains(kept.file().getFileName().toString());
        Path elsewhere = folder.resolve("elsewhere");
        Workspace.restore(elsewhere, kept.file());
        try (Workspace ws = Workspace.open(elsewhere)) {
            assertThat(ws.listDrafts()).hasSize(2);
            assertThat(ws.require(ORGAN, 2024)).isEqualTo(changed);
        }
    }

    @Test
    void aDamagedBackupIsRefusedAndNothingChanges(FxRobot robot) throws Exception {
        ui.workspace.save(before, "备份之前");
        Path sound = ui.workspace.backup();
        ui.workspace.save(changed, "之后");
        byte[] bytes = Files.readAllBytes(sound);
        for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
            bytes[i] ^= 0x5a;
        }
        Path damaged = Files.write(folder.resolve("坏的备份.zip"), bytes);
        List<BackupInfo> backupsBefore = Workspace.backupList(ui.dir);
        ui.open(robot, changed);

        openBackups(robot);
        ui.files.answers.add(damaged);
        robot.clickOn("#chooseFileButton");
        assertThat(ui.dialogText(robot)).contains(damaged.toString());
        ui.clickDialogButton(robot, "恢复");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains(damaged.toString(), "没有恢复任何内容", "原有数据没有改动");
        ui.clickDialogButton(robot, "确定");
        ui.awaitIdle();

        assertThat(ui.window.model()).as("the data opened again").isNotNull();
        assertThat(ui.workspace.require(ORGAN, 2024)).isEqualTo(changed);
        assertThat(Workspace.backupList(ui.dir)).isEqualTo(backupsBefore);
    }

    @Test
    void notABackupAtAllIsRefused(FxRobot robot) throws Exception {
        ui.workspace.save(changed, "现有");
        Path notOne = Files.writeString(folder.resolve("说明.zip"), "这不是备份");
        List<BackupInfo> backupsBefore = Workspace.backupList(ui.dir);
        openBackups(robot);
        ui.files.answers.add(notOne);
        robot.clickOn("#chooseFileButton");
        ui.clickDialogButton(robot, "恢复");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("不是政务公开年报助手的备份文件", "原有数据没有改动");
        ui.clickDialogButton(robot, "确定");
        ui.awaitIdle();
        assertThat(ui.workspace.require(ORGAN, 2024)).isEqualTo(changed);
        assertThat(Workspace.backupList(ui.dir)).isEqualTo(backupsBefore);
    }

    @Test
    void aBackupOfAnEarlierVersionIsRestoredToo(FxRobot robot) throws Exception {
        Path legacy = folder.resolve("旧版本的备份.zip");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy-backup-h2-2.4.240.zip")) {
            Files.copy(in, legacy);
        }
        openBackups(robot);
        ui.files.answers.add(legacy);
        robot.clickOn("#chooseFileButton");
        ui.clickDialogButton(robot, "恢复");
        ui.awaitIdle();
        assertThat(ui.workspace.listDrafts()).hasSize(3);
        assertThat(robot.lookup("#startNotice").queryLabeled().getText()).contains("3 份年报", "没有另存备份");
        assertThat(robot.lookup("#drafts").queryListView().getItems()).hasSize(3);
    }

    @Test
    void backingUpNowAddsOneToTheList(FxRobot robot) throws IOException {
        ui.workspace.save(before, "备份之前");
        openBackups(robot);
        ListView<BackupInfo> list = backupList(robot);
        int listed = list.getItems().size();
        assertThat(listed).as("the day's automatic backup").isEqualTo(1);
        assertThat(rows(robot).get(0)).contains("自动备份");

        robot.clickOn("#backupNowButton");
        ui.awaitIdle();
        assertThat(list.getItems()).hasSize(listed + 1);
        BackupInfo made = list.getItems().get(0);
        assertThat(made.kind()).isEqualTo(BackupInfo.Kind.MANUAL);
        assertThat(list.getSelectionModel().getSelectedItem()).isEqualTo(made);
        assertThat(robot.lookup("#backupDone").queryLabeled().getText()).contains(made.file().getFileName()
                .toString());
    }

    private void openBackups(FxRobot robot) {
        ui.command(ui.window::restoreBackup);
        ui.awaitIdle();
    }

    @SuppressWarnings("unchecked")
    private static ListView<BackupInfo> backupList(FxRobot robot) {
        return robot.lookup("#backups").queryAs(ListView.class);
    }

    /** The lines the list shows. */
    private static List<String> rows(FxRobot robot) {
        return robot.lookup("#backups .list-cell").queryAllAs(ListCell.class).stream()
                .map(ListCell::getAccessibleText).filter(t -> t != null).toList();
    }
}
