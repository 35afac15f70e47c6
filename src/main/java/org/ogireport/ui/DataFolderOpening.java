package org.ogireport.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.control.Alert;
import javafx.stage.Window;
import org.ogireport.app.DataFolderDamaged;
import org.ogireport.app.RestoreOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;

/**
 * Opens the data folder for the window, off the FX thread. When its store is damaged (kept aside as it was) the
 * clerk chooses: restore the newest backup, begin anew, or quit; a read-only folder is said once at the start;
 * any other failure is shown and the app quits.
 */
final class DataFolderOpening {

    /** The store opened, or why it could not be: damaged, with the newest backup. */
    private record Opened(Workspace workspace, DataFolderDamaged damaged) {
    }

    private final Window owner;
    private final TaskExecutor tasks;
    private final Path dir;
    private final Consumer<Workspace> opened;
    private final Runnable quit;

    /**
     * @param opened gets the workspace on the FX thread
     * @param quit   ends the app when the folder cannot be used
     */
    DataFolderOpening(Window owner, TaskExecutor tasks, Path dir, Consumer<Workspace> opened, Runnable quit) {
        this.owner = owner;
        this.tasks = tasks;
        this.dir = dir;
        this.opened = opened;
        this.quit = quit;
    }

    void open() {
        tasks.run(Messages.get("ui.action.openData"), () -> {
            try {
                return new Opened(Workspace.open(dir), null);
            } catch (DataFolderDamaged damaged) {
                return new Opened(null, damaged);
            }
        }, o -> {
            if (o.workspace() != null) {
                opened.accept(o.workspace());
                if (o.workspace().isReadOnly()) {
                    Dialogs.info(owner, Messages.get("ui.readOnly.header"), Messages.get("ui.readOnly.text", dir));
                }
            } else {
                offerRecovery(o.damaged());
            }
        }, this::failed);
    }

    private void offerRecovery(DataFolderDamaged damaged) {
        if (!damaged.movedAside()) {
            failed(damaged.getMessage());
            return;
        }
        List<String> actions = new ArrayList<>();
        damaged.newestBackup().ifPresent(b -> actions.add(Messages.get("ui.damaged.restore")));
        actions.add(Messages.get("ui.damaged.anew"));
        int choice = Dialogs.choose(owner, Alert.AlertType.ERROR, Messages.get("ui.damaged.header"),
                damaged.getMessage(), actions, Messages.get("ui.damaged.quit"));
        if (choice < 0) {
            quit.run();
        } else if (damaged.newestBackup().isPresent() && choice == 0) {
            Path backup = damaged.newestBackup().get();
            restore(backup, () -> { }, r -> Dialogs.info(owner, Messages.get("ui.damaged.restoredHeader"),
                    Messages.get("ui.damaged.restored", backup, r.drafts(), r.revisions(), damaged.keptAt())),
                    this::failed);
        } else {
            open();
        }
    }

    /**
     * Replaces the data with a backup and opens the folder again on the restored data, off the FX thread and shown
     * in the status bar. The store must not be open in the window: {@code close} runs first on the background
     * thread, after the work queued before (the window closes its workspace there).
     *
     * @param restored gets what was restored, on the FX thread, after the workspace was handed on
     * @param refused  gets the clerk's message when the backup was refused or the restore failed (nothing changed)
     */
    void restore(Path backup, Runnable close, Consumer<RestoreOutcome> restored, Consumer<String> refused) {
        tasks.runShowingProgress(Messages.get("ui.action.restoreBackup"), progress -> {
            close.run();
            RestoreOutcome r = Workspace.restore(dir, backup);
            return new Restored(Workspace.open(dir), r);
        }, r -> {
            opened.accept(r.workspace());
            restored.accept(r.outcome());
        }, refused);
    }

    /**
     * After a restore the backup was refused: says why (nothing was changed) and opens the folder again as it was.
     */
    void refusedThenReopen(String message) {
        Dialogs.error(owner, message);
        open();
    }

    private record Restored(Workspace workspace, RestoreOutcome outcome) {
    }

    private void failed(String message) {
        Dialogs.error(owner, message);
        quit.run();
    }
}
