package org.ogireport.ui.files;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.ogireport.app.BackupInfo;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.MessageBar;

/**
 * 从备份恢复: the backups of the data folder, newest first (when, why, how big), restoring the one selected or
 * another file (the caller asks first), and 立即备份.
 */
public final class BackupsView {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @FXML
    private Region root;
    @FXML
    private Label hint;
    @FXML
    private ListView<BackupInfo> backups;
    @FXML
    private Button restoreButton;
    @FXML
    private MessageBar done;

    private BackupsViewModel model;
    private Consumer<BackupInfo> restore;
    private Runnable chooseFile;
    private Runnable back;

    /**
     * @param restore    restores a backup listed (the caller asks first)
     * @param chooseFile restores a backup chosen in a file dialog
     * @param back       returns to what was shown before
     */
    void init(BackupsViewModel model, Consumer<BackupInfo> restore, Runnable chooseFile, Runnable back) {
        this.model = model;
        this.restore = restore;
        this.chooseFile = chooseFile;
        this.back = back;
        hint.setText(Messages.get("ui.backups.hint", model.dataDir().resolve("backups"), Workspace.KEEP_BACKUPS));
        backups.setItems(model.backups());
        backups.setPlaceholder(new Label(Messages.get("ui.backups.none")));
        backups.setCellFactory(l -> new ListCell<>() {
            private final Label time = column(130);
            private final Label kind = column(300);
            private final Label size = column(80);
            private final HBox row = new HBox(16, time, kind, size);

            @Override
            protected void updateItem(BackupInfo b, boolean empty) {
                super.updateItem(b, empty);
                if (empty || b == null) {
                    setGraphic(null);
                    setAccessibleText(null);
                    return;
                }
                time.setText(TIME.format(b.made()));
                kind.setText(kind(b));
                size.setText(size(b.size()));
                size.setAlignment(Pos.CENTER_RIGHT);
                setGraphic(row);
                setAccessibleText(describe(b));
            }
        });
        restoreButton.disableProperty().bind(Bindings.isNull(backups.getSelectionModel().selectedItemProperty()));
        backups.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                restore();
                e.consume();
            }
        });
        backups.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                restore();
            }
        });
        model.doneProperty().addListener((o, was, now) -> done.info(now));
    }

    /** A column of the list: as wide for every row. */
    private static Label column(double width) {
        Label l = new Label();
        l.setMinWidth(width);
        l.setPrefWidth(width);
        return l;
    }

    /** A backup in a line: when (local time), why, how big. */
    static String describe(BackupInfo b) {
        return Messages.get("ui.backups.row", TIME.format(b.made()), kind(b), size(b.size()));
    }

    static String kind(BackupInfo b) {
        return switch (b.kind()) {
            case DAILY -> Messages.get("ui.backups.kind.daily");
            case MANUAL -> Messages.get("ui.backups.kind.manual");
            case BEFORE_RESTORE -> Messages.get("ui.backups.kind.beforeRestore");
            case BEFORE_MIGRATION -> Messages.get("ui.backups.kind.beforeMigration", b.schemaAfter());
            case OTHER -> Messages.get("ui.backups.kind.other");
        };
    }

    /** A size as a clerk reads it: 812 B, 35.2 KB, 1.4 MB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    Region root() {
        return root;
    }

    /** The newest backup selected and focused, so that Enter restores it after asking. */
    void focusFirst() {
        if (!backups.getItems().isEmpty() && backups.getSelectionModel().isEmpty()) {
            backups.getSelectionModel().select(0);
        }
        backups.requestFocus();
    }

    void select(Path file) {
        backups.getItems().stream().filter(b -> b.file().equals(file)).findFirst().ifPresent(b -> {
            backups.getSelectionModel().select(b);
            backups.scrollTo(b);
        });
    }

    @FXML
    private void restore() {
        BackupInfo b = backups.getSelectionModel().getSelectedItem();
        if (b != null) {
            restore.accept(b);
        }
    }

    @FXML
    private void chooseFile() {
        chooseFile.run();
    }

    @FXML
    private void backupNow() {
        model.backupNow(this::select);
    }

    @FXML
    private void back() {
        back.run();
    }
}
