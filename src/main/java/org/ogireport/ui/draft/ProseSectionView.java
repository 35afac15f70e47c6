package org.ogireport.ui.draft;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.ogireport.format.NumberField;
import org.ogireport.ui.Scrolling;

/**
 * The screen of a prose section (一, 五, 六): one editor per field of the catalog with its printed heading, and the
 * section's number fields (六's 信息处理费).
 */
public final class ProseSectionView extends SectionView {

    @FXML
    private VBox body;
    @FXML
    private ScrollPane scroll;

    private final List<NumberEditor> numbers = new ArrayList<>();

    @Override
    protected void build() {
        addProseEditors(body);
        for (NumberField n : model.numbers()) {
            NumberEditor editor = new NumberEditor(n, model.session(), messages);
            numbers.add(editor);
            body.getChildren().add(editor);
        }
        // A section with one or two fields (五, 六) gives each the room of a page.
        if (proseEditors.size() <= 2) {
            proseEditors.forEach(e -> e.area().setPrefRowCount(12));
        }
        root.setBottom(messages);
    }

    @Override
    protected boolean focusKey(String key) {
        if (focusProse(key)) {
            return true;
        }
        for (NumberEditor n : numbers) {
            if (n.key().equals(key)) {
                n.input().requestFocus();
                Scrolling.ensureVisible(n);
                return true;
            }
        }
        return false;
    }

    @Override
    protected void focusFirstField() {
        if (!proseEditors.isEmpty()) {
            proseEditors.get(0).area().requestFocus();
            scroll.setVvalue(0);
        }
    }

    @Override
    void commitEdits() {
        numbers.forEach(NumberEditor::commit);
    }
}
