package org.ogireport.ui;

import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Tab in a text box moves to the next field, as in every form the clerk knows, instead of typing a tab into the
 * report; Shift+Tab moves back; Ctrl+Tab types a tab where one is really wanted.
 */
public final class TextKeys {

    /** The text of the Ctrl+Tab this class sends, to tell it from the clerk's. */
    private static final String MOVING = "ogi-move-on";

    private TextKeys() {
    }

    /** Makes Tab and Shift+Tab leave a multi-line text box, and Ctrl+Tab type a tab in it. */
    public static void tabMovesOn(TextArea area) {
        area.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() != KeyCode.TAB || e.isAltDown() || e.isMetaDown() || e.getSource() != area
                    || MOVING.equals(e.getText())) {
                return;
            }
            e.consume();
            if (e.isControlDown()) {
                if (!e.isShiftDown() && area.isEditable()) {
                    area.replaceSelection("\t");
                }
                return;
            }
            // A text area moves the focus on Ctrl+Tab (its own key binding; JavaFX has no public call for it).
            area.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", MOVING, KeyCode.TAB, e.isShiftDown(), true, false,
                    false));
        });
    }
}
