package org.ogireport.ui;

import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * The line beside a screen's fields where the result of the clerk's last action is said: an input error in red
 * (with the place and what is expected), a done in plain text. It stays until the next action.
 */
public final class MessageBar extends Label {

    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");

    public MessageBar() {
        getStyleClass().add("message-bar");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        setManaged(false);
        setVisible(false);
    }

    public void error(String text) {
        show(text, true);
    }

    public void info(String text) {
        show(text, false);
    }

    public void clear() {
        show(null, false);
    }

    private void show(String text, boolean error) {
        setText(text);
        pseudoClassStateChanged(ERROR, error);
        boolean shown = text != null && !text.isEmpty();
        setVisible(shown);
        setManaged(shown);
    }

    public boolean isError() {
        return getPseudoClassStates().contains(ERROR) && isVisible();
    }
}
