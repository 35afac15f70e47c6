package org.ogireport.ui.draft;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.ogireport.format.TextField;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.Scrolling;
import org.ogireport.ui.draft.Change.FieldChange;

/**
 * The controller of one screen of the open draft (its FXML names it): it fills the screen from its
 * {@link SectionViewModel} and lets the draft view put the cursor on a cell or field.
 */
public abstract class SectionView {

    @FXML
    protected BorderPane root;
    @FXML
    protected Label heading;
    @FXML
    private Label hint;

    protected SectionViewModel model;
    protected Navigator navigator;
    protected final MessageBar messages = new MessageBar();
    protected final List<ProseEditor> proseEditors = new ArrayList<>();

    /** Fills the screen; called once, after the FXML is loaded. */
    final void init(SectionViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        heading.setText(model.heading());
        hint.setText(model.hint());
        messages.setId("messages-" + model.key());
        build();
    }

    protected abstract void build();

    public Node root() {
        return root;
    }

    public MessageBar messages() {
        return messages;
    }

    /** Puts the cursor on the cell or field with this key; false when the screen does not have it. */
    public final boolean focus(String key) {
        ready();
        return focusKey(key);
    }

    /** Moves the focus to the screen's first field (the clerk switched to it by keyboard). */
    public final void focusFirst() {
        ready();
        focusFirstField();
    }

    /**
     * Creates the skins of a screen just shown: a ScrollPane's content joins the scene only then, and a node
     * outside the scene cannot take the focus.
     */
    private void ready() {
        root.applyCss();
        root.layout();
    }

    /** Adds an editor for each prose field of the screen, under its printed heading. */
    protected final void addProseEditors(VBox body) {
        for (TextField t : model.texts()) {
            ProseEditor editor = new ProseEditor(t, model.session(), messages);
            proseEditors.add(editor);
            body.getChildren().add(editor);
        }
    }

    /** Focuses the prose field with this key; false when the screen does not have it. */
    protected final boolean focusProse(String key) {
        for (ProseEditor e : proseEditors) {
            if (e.key().equals(key)) {
                e.area().requestFocus();
                Scrolling.ensureVisible(e);
                return true;
            }
        }
        return false;
    }

    protected abstract boolean focusKey(String key);

    protected abstract void focusFirstField();

    /** Puts the cursor where an undo or redo changed the screen. */
    final void reveal(Change change) {
        ready();
        revealChange(change);
    }

    /** Focuses the cell or field of a change; a screen with other values (the cover's organ kind) adds those. */
    protected void revealChange(Change change) {
        if (change instanceof FieldChange field) {
            focusKey(field.key());
        }
    }

    /** Writes what is typed in a cell editor that is still open (before saving or closing). */
    void commitEdits() {
    }

    /** Closes a cell editor without writing it; false when none was open. */
    boolean cancelEdit() {
        return false;
    }
}
