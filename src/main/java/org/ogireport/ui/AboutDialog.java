package org.ogireport.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.ogireport.app.DataLocation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.util.AppVersion;

/**
 * 关于: the version of the app and of what it runs on, and where its data and log files are — what support asks
 * for, with a button that copies it all.
 */
final class AboutDialog {

    /** One line of the dialog: what, and its value. */
    record Line(String name, String value) {
    }

    private AboutDialog() {
    }

    /** @param dataDir the data folder, or null while it is being opened */
    static List<Line> lines(Path dataDir) {
        String notYet = Messages.get("ui.about.notOpen");
        return List.of(
                new Line(Messages.get("ui.about.version"), AppVersion.get()),
                new Line(Messages.get("ui.about.data"), dataDir == null ? notYet : dataDir.toString()),
                new Line(Messages.get("ui.about.logs"),
                        dataDir == null ? notYet : DataLocation.logDir(dataDir).toString()),
                new Line(Messages.get("ui.about.database"), "H2 " + Workspace.engineVersion()),
                new Line("Java", System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"),
                new Line("JavaFX", String.valueOf(System.getProperty("javafx.runtime.version"))),
                new Line(Messages.get("ui.about.system"), System.getProperty("os.name") + " "
                        + System.getProperty("os.version") + " " + System.getProperty("os.arch")));
    }

    /** The lines as support wants them pasted: the app's name first, then one "name：value" a line. */
    static String text(List<Line> lines) {
        StringBuilder sb = new StringBuilder(Messages.get("app.name"));
        lines.forEach(l -> sb.append('\n').append(Messages.get("ui.about.line", l.name(), l.value())));
        return sb.toString();
    }

    static void show(Window owner, Path dataDir) {
        List<Line> lines = lines(dataDir);
        GridPane grid = new GridPane();
        grid.setId("about-lines");
        grid.setHgap(14);
        grid.setVgap(8);
        for (int i = 0; i < lines.size(); i++) {
            Label name = new Label(lines.get(i).name());
            name.getStyleClass().add("about-name");
            name.setMinWidth(Label.USE_PREF_SIZE);
            Label value = new Label(lines.get(i).value());
            value.setWrapText(true);
            value.setMaxWidth(460);
            grid.addRow(i, name, value);
        }
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("ui.menu.about"));
        dialog.setHeaderText(Messages.get("app.name"));
        dialog.getDialogPane().setContent(grid);
        ButtonType copy = new ButtonType(Messages.get("ui.about.copy"), ButtonBar.ButtonData.LEFT);
        ButtonType close = new ButtonType(Messages.get("ui.about.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(copy, close);
        Dialogs.style(dialog, owner);
        Button copyButton = (Button) dialog.getDialogPane().lookupButton(copy);
        copyButton.setId("about-copy");
        // Copying keeps the dialog open and says it is done.
        copyButton.addEventFilter(ActionEvent.ACTION, e -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text(lines));
            Clipboard.getSystemClipboard().setContent(content);
            copyButton.setText(Messages.get("ui.about.copied"));
            e.consume();
        });
        dialog.showAndWait();
    }
}
