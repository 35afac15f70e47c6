package org.ogireport.ui;

import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.ogireport.ui.draft.DraftView;

/**
 * The keys of the window that work wherever the focus is while a draft is shown: one undo history for cells and text
 * fields (caught at the scene, so that a text field's own undo does not split it), Ctrl+PageDown and Ctrl+PageUp
 * between the screens, F6 between the navigation list, the screen and the findings. The menus' own shortcuts are in
 * MainWindowView.fxml.
 */
final class WindowKeys {

    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEXT_SCREEN = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_SCREEN = new KeyCodeCombination(KeyCode.PAGE_UP,
            KeyCombination.SHORTCUT_DOWN);

    private WindowKeys() {
    }

    /** @param shownDraft the draft view when it is shown, else null */
    static void install(Scene scene, Supplier<DraftView> shownDraft) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            DraftView draft = shownDraft.get();
            if (draft != null && handled(e, draft)) {
                e.consume();
            }
        });
    }

    private static boolean handled(KeyEvent e, DraftView draft) {
        if (UNDO.match(e)) {
            draft.undo();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            draft.redo();
        } else if (NEXT_SCREEN.match(e) || PREVIOUS_SCREEN.match(e)) {
            draft.nextScreen(NEXT_SCREEN.match(e));
        } else if (e.getCode() == KeyCode.F6) {
            draft.cycleFocus(e.isShiftDown());
        } else {
            return false;
        }
        return true;
    }
}
