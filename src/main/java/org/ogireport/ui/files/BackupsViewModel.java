package org.ogireport.ui.files;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireport.app.BackupInfo;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.WindowContext;

/**
 * 从备份恢复: the backups of the data folder, newest first, and making one now (立即备份), on the background thread.
 */
final class BackupsViewModel {

    private final WindowContext window;
    private final Path dataDir;
    private final ObservableList<BackupInfo> backups = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper done = new ReadOnlyStringWrapper(this, "done", "");

    BackupsViewModel(WindowContext window) {
        this.window = window;
        this.dataDir = window.workspace().dataDir();
    }

    ObservableList<BackupInfo> backups() {
        return backups;
    }

    Path dataDir() {
        return dataDir;
    }

    /** What the last 立即备份 did, said beside the list; empty before. */
    ReadOnlyStringProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    /** Lists the backups again; {@code then} gets them on the FX thread. */
    void refresh(Consumer<List<BackupInfo>> then) {
        window.tasks().run(Messages.get("ui.action.listBackups"), () -> Workspace.backupList(dataDir), list -> {
            backups.setAll(list);
            then.accept(list);
        });
    }

    /**
     * 立即备份: the open draft is saved first (so that the backup holds what is on the screen), then a backup is
     * written and the list shown again; {@code made} gets the new file.
     */
    void backupNow(Consumer<Path> made) {
        if (!window.saveOpenDraft()) {
            return;
        }
        Workspace ws = window.workspace();
        window.tasks().runShowingProgress(Messages.get("ui.action.backup"), progress -> ws.backup(), file -> {
            done.set(Messages.get("ui.backups.made", file.getFileName()));
            refresh(list -> made.accept(file));
        });
    }
}
