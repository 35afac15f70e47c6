package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.app.Workspace;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window opened on a damaged store: the clerk is told once, with the newest backup, and chooses to restore it,
 * to begin anew, or to quit; the damaged file is kept whichever he chooses.
 */
@ExtendWith(ApplicationExtension.class)
class DamagedDataWindowTest {

    private Path dir;
    private Path newest;
    private TaskExecutor tasks;
    private MainWindowView window;
    private final List<Workspace> opened = new CopyOnWriteArrayList<>();
    private final AtomicBoolean quit = new AtomicBoolean();

    @Start
    void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("ogi-damaged");
        try (Workspace ws = Workspace.open(dir)) {
            ws.save(TestReports.full(2024, 1), "保存");
        }
        Path db = dir.resolve("ogi-report.mv.db");
        Files.write(db, Arrays.copyOf(Files.readAllBytes(db), 8192));
        newest = Workspace.backups(dir).get(0);
        tasks = new TaskExecutor(dir.resolve("logs"), message -> { });
        window = MainWindowView.show(stage, tasks);
        new DataFolderOpening(stage, tasks, dir, ws -> {
            opened.add(ws);
            window.setWorkspace(ws);
        }, () -> quit.set(true)).open();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        opened.forEach(Workspace::close);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theNewestBackupIsOfferedAndRestored(FxRobot robot) throws Exception {
        String said = dialogText(robot);
        assertThat(said).contains("已损坏", newest.toString());
        click(robot, "恢复最新的备份");
        assertThat(dialogText(robot)).contains("已从", "1 份年报");
        click(robot, "确定");
        assertThat(opened).hasSize(1);
        ListView<?> drafts = robot.lookup("#drafts").queryListView();
        assertThat(drafts.getItems()).hasSize(1);
        assertThat(damagedFiles()).hasSize(1);
        assertThat(quit).isFalse();
    }

    @Test
    void theClerkMayBeginAnewAndTheDamagedFileStays(FxRobot robot) throws Exception {
        click(robot, "从空白开始");
        assertThat(opened).hasSize(1);
        assertThat(opened.get(0).listDrafts()).isEmpty();
        assertThat(damagedFiles()).hasSize(1);
    }

    @Test
    void quittingLeavesEverythingAsItIs(FxRobot robot) throws Exception {
        click(robot, "退出");
        assertThat(quit).isTrue();
        assertThat(opened).isEmpty();
        assertThat(damagedFiles()).hasSize(1);
        assertThat(dir.resolve("ogi-report.mv.db")).doesNotExist();
    }

    private List<Path> damagedFiles() throws Exception {
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().contains(".damaged-")).toList();
        }
    }

    private String dialogText(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        return String.join("\n", robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
    }

    private void click(FxRobot robot, String text) throws Exception {
        dialogText(robot);
        Button button = robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().replace("_", "").startsWith(text)).findFirst().orElseThrow();
        robot.clickOn(button);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tasks::isIdle);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
