package org.ogireport.ui;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ogireport.app.DataLocation;
import org.ogireport.app.Workspace;

/** The JavaFX application: the main window over the data folder. */
public final class OgiApp extends Application {

    private TaskExecutor tasks;
    private volatile Workspace workspace;

    @Override
    public void start(Stage stage) {
        Path dir = GuiMain.dataDir();
        tasks = new TaskExecutor(DataLocation.logDir(dir), message -> Dialogs.error(stage, message));
        MainWindowView window = MainWindowView.show(stage, tasks);
        window.context().useFolderOpener(FolderOpener.of(getHostServices()));
        StartupProbe.windowShown();
        // The store is opened off the FX thread: the window appears at once.
        DataFolderOpening dataFolder = new DataFolderOpening(stage, tasks, dir, ws -> {
            workspace = ws;
            window.setWorkspace(ws);
            StartupProbe.dataOpened();
        }, Platform::exit);
        // The window opens it again after a restore from a backup (文件 → 从备份恢复).
        window.useDataFolder(dataFolder);
        dataFolder.open();
    }

    @Override
    public void stop() {
        tasks.close();
        if (workspace != null) {
            workspace.close();
        }
    }
}
