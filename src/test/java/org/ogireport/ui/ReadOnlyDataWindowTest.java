package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.app.Workspace;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.TmpfsMount;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window on a read-only data folder says so once, then shows the reports it holds. */
@ExtendWith(ApplicationExtension.class)
class ReadOnlyDataWindowTest {

    private TmpfsMount disk;
    private Path data;
    private TaskExecutor tasks;
    private final List<Workspace> opened = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) throws Exception {
        disk = TmpfsMount.mount(Files.createTempDirectory("ogi-ro"), "size=10m");
        data = disk.dir().resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            ws.save(TestReports.full(2024, 1), "保存");
        }
        disk.remountReadOnly();
        tasks = new TaskExecutor(Files.createTempDirectory("ogi-ro-logs"), message -> { });
        MainWindowView window = MainWindowView.show(stage, tasks);
        DataFolderOpening opening = new DataFolderOpening(stage, tasks, data, ws -> {
            opened.add(ws);
            window.setWorkspace(ws);
        }, () -> { });
        window.useDataFolder(opening);
        opening.open();
    }

    @AfterEach
    void close() throws Exception {
        tasks.close();
        opened.forEach(Workspace::close);
        disk.close();
    }

    @Test
    void theClerkIsToldOnceAndSeesTheReports(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup(".dialog-pane").queryAll().isEmpty());
        String said = String.join("\n", robot.lookup(".dialog-pane .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertThat(said).contains("只读", data.toString(), "导出");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryAs(Button.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).singleElement().satisfies(ws -> {
            assertThat(ws.isReadOnly()).isTrue();
            assertThat(ws.listDrafts()).hasSize(1);
        });
        assertThat(robot.lookup("#drafts").queryListView().getItems()).hasSize(1);
        // A restore would write: 从备份恢复 cannot be chosen.
        MenuBar menus = robot.lookup(".menu-bar").queryAs(MenuBar.class);
        assertThat(menus.getMenus().get(0).getItems()).filteredOn(i -> i.getText() != null
                && i.getText().startsWith("从备份恢复")).singleElement().satisfies(i -> assertThat(i.isDisable()).isTrue());
    }
}
