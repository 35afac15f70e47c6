package org.ogireport.ui.draft;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ogireport.format.TextField;
import org.ogireport.format.TextKey;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;
import org.ogireport.ui.CharacterCount;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.RuleWords;
import org.ogireport.ui.TextKeys;
import org.ogireport.ui.draft.Change.TextChange;

/**
 * One prose field of the report: its heading as it will print (（一）主动公开情况), a multi-line editor, the character
 * count, and the open findings on it right below (red for an error, amber for a warning). A text still as last year's
 * is marked for rewriting; 一（二） has the 插入表格数字 helper.
 */
final class ProseEditor extends VBox {

    static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final TextField field;
    private final DraftSession session;
    private final MessageBar messages;
    private final TextArea area = new TextArea();
    private final Label count = new Label();
    private final Label carried = new Label(Messages.get("ui.prose.carried"));
    private final Label problems = new Label();
    /** What the rules of the findings shown check, one tooltip kept (making one is not cheap, on every keystroke). */
    private final Tooltip ruleWords = new Tooltip();
    private boolean syncing;

    /**
     * @param messages where the result of the helper is said
     */
    ProseEditor(TextField field, DraftSession session, MessageBar messages) {
        this.field = field;
        this.session = session;
        this.messages = messages;
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
        if (field.id() == TextKey.ON_REQUEST) {
            Button insert = new Button(Messages.get("ui.insert.button"));
            insert.setId("insert-figures");
            insert.getStyleClass().add("small-button");
            insert.setOnAction(e -> insertFigures());
            top.getChildren().add(2, insert);
        }
        carried.getStyleClass().add("carried-note");
        carried.setWrapText(true);

        area.setId("text-" + field.key().replace('.', '-'));
        area.setWrapText(true);
        area.setPrefRowCount(5);
        TextKeys.tabMovesOn(area);
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
        getChildren().addAll(top, carried, area, problems);
        session.addListener(changes -> {
            if (changes.stream().anyMatch(c -> c instanceof TextChange t && t.key().equals(field.key()))) {
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

    /**
     * Inserts the sentence of table 三's counts where the caret is, as one step of the undo history; says what is
     * missing while the table is not filled.
     */
    void insertFigures() {
        String sentence = TableSentence.of(session.report());
        if (sentence == null) {
            messages.error(Messages.get("ui.insert.incomplete"));
            return;
        }
        session.sealTyping();
        area.insertText(area.getCaretPosition(), sentence);
        session.sealTyping();
        area.requestFocus();
        messages.info(Messages.get("ui.insert.done"));
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
        count.setText(CharacterCount.describe(area.getText()));
    }

    private void showFindings() {
        boolean lastYears = session.isCarried(field.key());
        carried.setVisible(lastYears);
        carried.setManaged(lastYears);
        List<Finding> open = session.findingsAt(field.key()).stream().filter(session::isOpen).toList();
        Severity mark = session.mark(field.key());
        area.pseudoClassStateChanged(ERROR, mark == Severity.E);
        area.pseudoClassStateChanged(WARNING, mark == Severity.W);
        problems.pseudoClassStateChanged(ERROR, mark == Severity.E);
        String text = String.join("\n", open.stream().map(f -> f.rule() + " " + f.message()).toList());
        problems.setText(text);
        String words = String.join("\n", open.stream().map(Finding::rule).distinct().map(RuleWords::of)
                .filter(w -> !w.isEmpty()).toList());
        ruleWords.setText(words);
        problems.setTooltip(words.isEmpty() ? null : ruleWords);
        problems.setVisible(!text.isEmpty());
        problems.setManaged(!text.isEmpty());
    }
}
