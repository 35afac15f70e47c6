package org.ogireport.ui.files;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.RevisionInfo;

/** 修订历史: every saved state of the draft, newest first, and restoring one (after the clerk confirms). */
public final class HistoryView {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    @FXML
    private Region root;
    @FXML
    private Label heading;
    @FXML
    private Label hint;
    @FXML
    private ListView<RevisionInfo> revisions;
    @FXML
    private Button restoreButton;

    private Consumer<RevisionInfo> restore;
    private Runnable back;

    /**
     * @param restore restores a revision (the caller asks for confirmation)
     * @param back    returns to the draft
     */
    void init(String title, List<RevisionInfo> list, Consumer<RevisionInfo> restore, Runnable back) {
        this.restore = restore;
        this.back = back;
        heading.setText(title);
        hint.setText(Messages.get("ui.history.hint", Workspace.KEEP_AUTOSAVES));
        revisions.getItems().setAll(list);
        revisions.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(RevisionInfo r, boolean empty) {
                super.updateItem(r, empty);
                setText(empty || r == null ? null : describe(r));
            }
        });
        restoreButton.disableProperty().bind(Bindings.createBooleanBinding(() -> {
            RevisionInfo r = revisions.getSelectionModel().getSelectedItem();
            return r == null || r.current();
        }, revisions.getSelectionModel().selectedItemProperty()));
        revisions.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !restoreButton.isDisabled()) {
                restore();
                e.consume();
            }
        });
        if (!list.isEmpty()) {
            revisions.getSelectionModel().select(0);
        }
    }

    /** A revision in two lines: its number, time and cause; what changed since the one before. */
    static String describe(RevisionInfo r) {
        String time = TIME.format(r.savedAt().atZoneSameInstant(ZoneId.systemDefault()));
        String head = Messages.get(r.current() ? "ui.history.rowCurrent" : "ui.history.row", r.id(), time, r.note());
        return r.summary() == null || r.summary().isEmpty() ? head
                : head + "\n" + Messages.get("ui.history.changed", r.summary());
    }

    Region root() {
        return root;
    }

    void focusFirst() {
        revisions.requestFocus();
    }

    @FXML
    private void restore() {
        RevisionInfo r = revisions.getSelectionModel().getSelectedItem();
        if (r != null && !r.current()) {
            restore.accept(r);
        }
    }

    @FXML
    private void back() {
        back.run();
    }
}
