package org.ogireport.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;

/**
 * The main window. In this first version it shows the drafts in the data folder; the section screens come with
 * the data-entry issue.
 */
public final class MainWindowController {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @FXML
    private ListView<String> drafts;
    @FXML
    private Label status;

    @FXML
    private void initialize() {
        status.setText(Messages.get("ui.opening"));
        drafts.setPlaceholder(new Label(Messages.get("ui.noDrafts")));
    }

    void setWorkspace(Workspace workspace) {
        drafts.getItems().setAll(workspace.listDrafts().stream().map(MainWindowController::describe).toList());
        status.setText(Messages.get("ui.dataDir", workspace.dataDir()));
    }

    private static String describe(DraftInfo d) {
        return Messages.get("ui.draftRow", d.organName(), d.year(), d.errors(), d.warnings(),
                TIME.format(d.updatedAt().atZoneSameInstant(ZoneId.systemDefault())));
    }
}
