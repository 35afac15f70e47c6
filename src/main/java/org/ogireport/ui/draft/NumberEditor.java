package org.ogireport.ui.draft;

import java.math.BigDecimal;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import org.ogireport.format.NumberField;
import org.ogireport.rules.Severity;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.draft.Change.NumberChange;

/**
 * A number of the prose sections (the 信息处理费 in 元): typed like a table cell (full-width digits accepted), written
 * into the draft on Enter or when the field is left; a wrong entry stays in the field with the message beside it.
 */
final class NumberEditor extends HBox {

    private final NumberField field;
    private final DraftSession session;
    private final MessageBar messages;
    private final TextField input = new TextField();

    NumberEditor(NumberField field, DraftSession session, MessageBar messages) {
        this.field = field;
        this.session = session;
        this.messages = messages;
        getStyleClass().add("number-editor");
        setAlignment(Pos.BASELINE_LEFT);
        setSpacing(8);
        Label label = new Label(field.label());
        label.getStyleClass().add("prose-heading");
        label.setLabelFor(input);
        input.setId("number-" + field.key().replace('.', '-'));
        input.setAlignment(Pos.CENTER_RIGHT);
        input.setPrefColumnCount(12);
        input.setAccessibleText(field.label());
        input.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                commit();
            }
        });
        input.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commit();
            }
        });
        getChildren().addAll(label, input);
        session.addListener(changes -> {
            if (changes.stream().anyMatch(c -> c instanceof NumberChange n && n.key().equals(field.key()))) {
                show();
            }
            Severity mark = session.mark(field.key());
            input.pseudoClassStateChanged(ProseEditor.ERROR, mark == Severity.E);
            input.pseudoClassStateChanged(ProseEditor.WARNING, mark == Severity.W);
        });
        show();
    }

    String key() {
        return field.key();
    }

    TextField input() {
        return input;
    }

    private void show() {
        BigDecimal v = session.report().number(field.key());
        input.setText(v == null ? "" : v.toPlainString());
        input.pseudoClassStateChanged(ProseEditor.ERROR, false);
    }

    /** Writes the field into the draft; false (with the message shown) when it is not a valid amount. */
    boolean commit() {
        String error = session.setNumberText(field.key(), input.getText());
        input.pseudoClassStateChanged(ProseEditor.ERROR, error != null);
        if (error != null) {
            messages.error(error);
            return false;
        }
        messages.clear();
        show();
        return true;
    }
}
