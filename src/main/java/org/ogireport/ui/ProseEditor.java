package org.ogireport.ui;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;

/**
 * One prose field of the report: its heading as it will print (（一）主动公开情况), a multi-line editor, the character
 * count, and the open findings on it right below (red for an error, amber for a warning).
 */
final class ProseEditor extends VBox {

    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final TextField field;
    private final DraftSession session;
    private final TextArea area = new TextArea();
    private final Label count = new Label();
    private final Label problems = new Label();
    private boolean syncing;

    ProseEditor(TextField field, DraftSession session) {
        this.field = field;
        this.session = session;
        getStyleClass().add("prose-editor");
        Label heading = new Label(field.heading() != null ? field.heading() : field.label());
        heading.getStyleClass().add("prose-heading");
        heading.setLabelFor(area);
        heading.setWrapText(true);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        count.getStyleClass().add("prose-count");
        HBox top = new HBox(8, heading, gap, count);
        top.setAlignment(Pos.BASELINE_LEFT);

        area.setId("text-" + field.key().replace('.', '-'));
        area.setWrapText(true);
        area.setPrefRowCount(5);
        area.setAccessibleText(heading.getText());
        area.setText(session.report().text(field.key()));
        area.textProperty().addListener((o, before, now) -> {
            if (!syncing) {
                session.setText(field.key(), now);
            }
            showCount();
        });
        area.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                session.sealTyping();
            }
        });
        problems.getStyleClass().add("field-problems");
        problems.setWrapText(true);
        getChildren().addAll(top, area, problems);
        session.addListener(keys -> {
            if (keys.contains(field.key())) {
                sync();
            }
            showFindings();
        });
        showCount();
        showFindings();
    }

    String key() {
        return field.key();
    }

    TextArea area() {
        return area;
    }

    /** Shows the draft's text after an undo or redo, keeping the caret near where it was. */
    private void sync() {
        String text = session.report().text(field.key());
        if (area.getText().equals(text) || area.getText().isBlank() && text.isEmpty()) {
            return;
        }
        int caret = area.getCaretPosition();
        syncing = true;
        try {
            area.setText(text);
            area.positionCaret(Math.min(caret, text.length()));
        } finally {
            syncing = false;
        }
    }

    private void showCount() {
        String text = area.getText();
        long chars = text.codePoints().filter(c -> !Character.isWhitespace(c)).count();
        count.setText(Messages.get("ui.prose.count", chars));
    }

    private void showFindings() {
        List<Finding> open = session.findingsAt(field.key()).stream().filter(session::isOpen).toList();
        Severity mark = session.mark(field.key());
        area.pseudoClassStateChanged(ERROR, mark == Severity.E);
        area.pseudoClassStateChanged(WARNING, mark == Severity.W);
        problems.pseudoClassStateChanged(ERROR, mark == Severity.E);
        String text = String.join("\n", open.stream().map(f -> f.rule() + " " + f.message()).toList());
        problems.setText(text);
        problems.setVisible(!text.isEmpty());
        problems.setManaged(!text.isEmpty());
    }
}
