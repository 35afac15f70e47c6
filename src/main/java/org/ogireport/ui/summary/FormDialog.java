package org.ogireport.ui.summary;

import java.util.Optional;
import java.util.function.Supplier;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.Dialogs;

/** The small forms of the 汇总 (which government and year, a unit, a pasted list): checked before they close. */
final class FormDialog {

    static final double CONTENT_WIDTH = 560;

    private FormDialog() {
    }

    /** The line under a form that says what is wrong; hidden while nothing is. */
    static Label errorLabel() {
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setPrefWidth(CONTENT_WIDTH);
        error.setMinHeight(Region.USE_PREF_SIZE);
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        return error;
    }

    /** A row of a form: the label (its mnemonic focuses the field) and the field. */
    static void addRow(GridPane form, String labelKey, Node field) {
        Label label = new Label(Messages.get(labelKey));
        label.setMnemonicParsing(true);
        label.setLabelFor(field);
        label.setMinWidth(Label.USE_PREF_SIZE);
        form.addRow(form.getRowCount(), label, field);
    }

    /** A text of some lines under or over a field: as wide as the form, as high as its lines. */
    static Label note(String text, String style) {
        Label note = new Label(text);
        note.setWrapText(true);
        note.setPrefWidth(CONTENT_WIDTH);
        note.setMinHeight(Region.USE_PREF_SIZE);
        if (style != null) {
            note.getStyleClass().add(style);
        }
        return note;
    }

    static GridPane form() {
        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        return form;
    }

    /**
     * Shows a form; its action button keeps the dialog open while {@code problem} says what is wrong.
     *
     * @param first the field that has the focus first
     * @return present when the clerk took the action
     */
    static Optional<Boolean> ask(Window owner, String header, Node content, String action, Label error,
                                 Supplier<Optional<String>> problem, Node first) {
        Dialog<Boolean> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(Messages.get("app.name"));
        dialog.setHeaderText(header);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(action, ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok,
                new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        Dialogs.style(dialog, owner);
        dialog.getDialogPane().lookupButton(ok).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> wrong = problem.get();
            error.setText(wrong.orElse(""));
            if (wrong.isPresent()) {
                e.consume();
                // A dialog keeps its size: it grows to show the message whole.
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setResultConverter(b -> b == ok ? Boolean.TRUE : null);
        dialog.setOnShown(e -> first.requestFocus());
        return dialog.showAndWait();
    }
}
