package org.ogireport.ui;

import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;

/**
 * The controller of one screen of the open draft (its FXML names it): it fills the screen from its
 * {@link SectionViewModel} and lets the main window put the cursor on a cell or field.
 */
abstract class SectionView {

    @FXML
    protected BorderPane root;
    @FXML
    protected Label heading;

    protected SectionViewModel model;
    protected Navigator navigator;
    protected final MessageBar messages = new MessageBar();

    /** Fills the screen; called once, after the FXML is loaded. */
    final void init(SectionViewModel model, Navigator navigator) {
        this.model = model;
        this.navigator = navigator;
        heading.setText(model.heading());
        messages.setId("messages-" + model.key());
        build();
    }

    protected abstract void build();

    Node root() {
        return root;
    }

    MessageBar messages() {
        return messages;
    }

    /** Puts the cursor on the cell or field with this key; false when the screen does not have it. */
    final boolean focus(String key) {
        ready();
        return focusKey(key);
    }

    /** Moves the focus to the screen's first field (the clerk switched to it by keyboard). */
    final void focusFirst() {
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

    protected abstract boolean focusKey(String key);

    protected abstract void focusFirstField();

    /** Writes what is typed in a cell editor that is still open (before saving or closing). */
    void commitEdits() {
    }

    /** Closes a cell editor without writing it; false when none was open. */
    boolean cancelEdit() {
        return false;
    }
}
