package org.ogireport.ui.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import org.ogireport.app.BackupInfo;
import org.ogireport.app.RestoreOutcome;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;

/**
 * 文件 → 从备份恢复…: the backups of the data folder in the window's place ({@link BackupsView}), newest first;
 * restoring one, or another backup file, after the clerk has read what happens; 立即备份. The restore itself is the
 * window's (the store is closed while it is swapped, then opened on the restored data).
 */
public final class RestoreCommand {

    /** Backups of ours and of earlier versions (an H2 script, zipped) are zip files. */
    static final String EXTENSION = "zip";

    private final WindowContext window;

    public RestoreCommand(WindowContext window) {
        this.window = window;
    }

    public void start() {
        if (window.workspace().isReadOnly()) {
            return;
        }
        BackupsViewModel model = new BackupsViewModel(window);
        BackupsView view = ViewLoader.load(BackupsView.class);
        view.init(model, this::restore, () -> chooseFile(), window::back);
        window.showAside(view.root());
        model.refresh(list -> view.focusFirst());
        Platform.runLater(view::focusFirst);
    }

    /** 选择其他备份文件…: a backup kept elsewhere (a USB stick, another computer's data folder). */
    private void chooseFile() {
        FileType backups = new FileType(Messages.get("ui.backups.fileType"), EXTENSION);
        window.files().open(window.owner(), Messages.get("ui.backups.chooserTitle"), List.of(backups),
                window.startFolder()).ifPresent(file -> {
                    window.rememberFolder(file.toAbsolutePath().getParent());
                    restore(file, file.toString(), describeFile(file));
                });
    }

    private void restore(BackupInfo backup) {
        restore(backup.file(), backup.file().getFileName().toString(), Messages.get("ui.backups.described",
                BackupsView.TIME.format(backup.made()), BackupsView.kind(backup), BackupsView.size(backup.size())));
    }

    /**
     * Asks, saying plainly what happens, then has the window restore.
     *
     * @param named the file as the clerk knows it (a backup listed by its name, another by its path)
     */
    private void restore(Path file, String named, String described) {
        if (!Dialogs.confirm(window.owner(), Messages.get("ui.backups.confirmTitle"),
                Messages.get("ui.backups.confirm", named, described), Messages.get("ui.backups.restore"))) {
            return;
        }
        window.restoreData(file, outcome -> said(file, outcome));
    }

    static String said(Path file, RestoreOutcome r) {
        return r.previousData().map(before -> Messages.get("ui.backups.restored", file.getFileName(), r.drafts(),
                        r.revisions(), before.getFileName()))
                .orElseGet(() -> Messages.get("ui.backups.restoredOverNothing", file.getFileName(), r.drafts(),
                        r.revisions()));
    }

    /** A file chosen: when it was last written (its name may say nothing). */
    private static String describeFile(Path file) {
        try {
            LocalDateTime written = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
                    ZoneId.systemDefault());
            return Messages.get("ui.backups.chosenFile", BackupsView.TIME.format(written),
                    BackupsView.size(Files.size(file)));
        } catch (IOException e) {
            return Messages.get("ui.backups.chosenFileUnknown");
        }
    }
}
