package org.ogireport.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireport.i18n.Messages;

/** Every dialog of the window, in Chinese, with the window's style: errors, confirmations, the 出错说明. */
public final class Dialogs {

    private Dialogs() {
    }

    public static void error(Window owner, String message) {
        Alert alert = alert(owner, Alert.AlertType.ERROR, Messages.get("ui.dialog.errorTitle"), message);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    public static void info(Window owner, String header, String message) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, header, message);
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.showAndWait();
    }

    /** 键盘操作: every key of the window, by place, in two columns (keys, what they do). */
    public static void keys(Window owner, List<KeysHelp.Group> groups) {
        Alert alert = alert(owner, Alert.AlertType.INFORMATION, Messages.get("ui.keys.title"), "");
        alert.getButtonTypes().setAll(new ButtonType(Messages.get("ui.dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        GridPane grid = new GridPane();
        grid.setId("keys-help");
        grid.setHgap(14);
        grid.setVgap(3);
        int row = 0;
        for (KeysHelp.Group g : groups) {
            Label title = new Label(g.title());
            title.getStyleClass().add("keys-group");
            grid.add(title, 0, row++, 2, 1);
            for (KeysHelp.Entry e : g.entries()) {
                Label keys = new Label(e.keys());
                keys.getStyleClass().add("keys-keys");
                keys.setMinWidth(Region.USE_PREF_SIZE);
                Label what = new Label(e.what());
                what.setWrapText(true);
                grid.add(keys, 0, row);
                grid.add(what, 1, row++);
            }
        }
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(420);
        scroll.setPrefViewportWidth(620);
        alert.getDialogPane().setContent(scroll);
        alert.setResizable(true);
        alert.showAndWait();
    }

    /** Asks once before a destructive action, naming what will change; true when the clerk agrees. */
    public static boolean confirm(Window owner, String header, String message, String action) {
        Alert alert = alert(owner, Alert.AlertType.CONFIRMATION, header, message);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        alert.getButtonTypes().setAll(ok, cancel);
        return alert.showAndWait().filter(ok::equals).isPresent();
    }

    /**
     * Offers a choice of actions.
     *
     * @param actions the buttons, in this order; none is the default, as one may replace something
     * @param close   the button that does none of them (取消, 确定): the default one, that Enter presses
     * @return the index of the action chosen, or -1 for the close button or the window closed
     */
    public static int choose(Window owner, Alert.AlertType type, String header, String message, List<String> actions,
                      String close) {
        Alert alert = alert(owner, type, header, message);
        List<ButtonType> buttons = actions.stream().map(a -> new ButtonType(a, ButtonBar.ButtonData.OTHER)).toList();
        alert.getButtonTypes().setAll(buttons);
        alert.getButtonTypes().add(new ButtonType(close, ButtonBar.ButtonData.CANCEL_CLOSE));
        // Each button as wide as its words: one long action would otherwise widen them all.
        alert.getButtonTypes().forEach(b -> ButtonBar.setButtonUniformSize(alert.getDialogPane().lookupButton(b),
                false));
        // The buttons stay in the order given, whatever the platform's order of button kinds.
        ButtonBar bar = (ButtonBar) alert.getDialogPane().lookup(".button-bar");
        if (bar != null) {
            bar.setButtonOrder(ButtonBar.BUTTON_ORDER_NONE);
        }
        // The focus starts on the button that changes nothing: Space on a focused action would take it.
        Node closeButton = alert.getDialogPane().lookupButton(alert.getButtonTypes().get(actions.size()));
        if (closeButton instanceof Button button) {
            button.setDefaultButton(true);
        }
        alert.setOnShown(e -> Platform.runLater(closeButton::requestFocus)); // after the dialog's own initial focus
        return alert.showAndWait().map(buttons::indexOf).orElse(-1);
    }

    /** Says a file was written and offers to open its folder; names the folder when the desktop cannot. */
    public static void fileWritten(Window owner, FolderOpener folders, String header, String message, Path file) {
        int choice = choose(owner, Alert.AlertType.INFORMATION, header, message,
                List.of(Messages.get("ui.export.openFolder")), Messages.get("ui.dialog.ok"));
        if (choice == 0 && !folders.open(file.getParent())) {
            info(owner, Messages.get("ui.export.noDesktopTitle"),
                    Messages.get("ui.export.noDesktop", file.getParent()));
        }
    }

    /**
     * Asks for the written explanation of a warning (出错说明).
     *
     * @return the text (empty to remove the explanation), or nothing when the clerk cancels
     */
    public static Optional<String> explanation(Window owner, String findingText, String current) {
        return askText(owner, new TextRequest(Messages.get("ui.explain.title"), findingText,
                Messages.get("ui.explain.prompt"), current, Messages.get("ui.explain.save"), "explanation-text"));
    }

    /**
     * What a text dialog asks.
     *
     * @param title   the dialog's title
     * @param header  what it is about
     * @param prompt  what to write, above the field
     * @param current the text to start from (may be null)
     * @param action  the button that takes the text
     * @param fieldId the id of the text field (the tests type into it)
     */
    public record TextRequest(String title, String header, String prompt, String current, String action,
                              String fieldId) {
    }

    /**
     * Asks for a text of a few lines (an explanation, the reason of a return).
     *
     * @return the text as typed (maybe empty), or nothing when the clerk cancels
     */
    public static Optional<String> askText(Window owner, TextRequest request) {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(request.title());
        dialog.setHeaderText(request.header());
        Label label = new Label(request.prompt());
        label.setWrapText(true);
        TextArea text = new TextArea(request.current() == null ? "" : request.current());
        text.setId(request.fieldId());
        text.setWrapText(true);
        text.setPrefRowCount(4);
        TextKeys.tabMovesOn(text);
        label.setLabelFor(text);
        dialog.getDialogPane().setContent(new VBox(8, label, text));
        dialog.getDialogPane().setPrefWidth(520);
        ButtonType ok = new ButtonType(request.action(), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        style(dialog, owner);
        dialog.setResultConverter(b -> b == ok ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }

    /**
     * Asks for the password of a role on the shared inbox, masked; it is handed to the connection and never kept
     * nor written.
     *
     * @return the password, or nothing when the clerk cancels
     */
    public static Optional<char[]> password(Window owner, String server, String role) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("app.name"));
        dialog.setHeaderText(Messages.get("ui.server.password.header", server, role));
        Label label = new Label(Messages.get("ui.server.password.prompt"));
        label.setWrapText(true);
        label.setMnemonicParsing(true);
        PasswordField field = new PasswordField();
        field.setId("server-password");
        label.setLabelFor(field);
        Label note = new Label(Messages.get("ui.server.password.note"));
        note.setWrapText(true);
        note.getStyleClass().add("section-hint");
        note.setPrefWidth(420);
        note.setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setContent(new VBox(8, label, field, note));
        ButtonType ok = new ButtonType(Messages.get("ui.server.password.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        style(dialog, owner);
        dialog.setResultConverter(b -> b == ok ? field.getText().toCharArray() : null);
        dialog.setOnShown(e -> field.requestFocus());
        Optional<char[]> typed = dialog.showAndWait();
        field.clear();
        return typed;
    }

    private static Alert alert(Window owner, Alert.AlertType type, String header, String message) {
        Alert alert = new Alert(type);
        alert.initOwner(owner);
        alert.setTitle(Messages.get("app.name"));
        alert.setHeaderText(header);
        Label content = new Label(message);
        content.setWrapText(true);
        // A dialog takes its content's preferred width: without this a long message makes it as wide as the screen.
        content.setPrefWidth(520);
        content.setMaxWidth(520);
        alert.getDialogPane().setContent(content);
        style(alert, owner);
        return alert;
    }

    public static void style(Dialog<?> dialog, Window owner) {
        if (owner != null && owner.getScene() != null) {
            dialog.getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
        }
        if (owner instanceof Stage stage && dialog.getDialogPane().getScene().getWindow() instanceof Stage own) {
            own.getIcons().setAll(stage.getIcons());
        }
    }
}
