package org.ogireport.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.ogireport.ui.draft.DraftView;

/**
 * The keys of the window that work wherever the focus is while a draft is shown: one undo history for cells and text
 * fields (caught at the scene, so that a text field's own undo does not split it), Ctrl+PageDown and Ctrl+PageUp
 * between the screens, F6 between the navigation list, the screen and the findings. The menus' own shortcuts are in
 * MainWindowView.fxml; they too are caught before the focused control sees them, because a text control owns some
 * of them itself (Ctrl+H deletes a character in JavaFX's text controls on Linux and Windows) and would otherwise
 * act on the clerk's text instead.
 */
final class WindowKeys {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    static final KeyCombination NEXT_SCREEN = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination PREVIOUS_SCREEN = new KeyCodeCombination(KeyCode.PAGE_UP,
            KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination NEXT_AREA = new KeyCodeCombination(KeyCode.F6);
    static final KeyCombination PREVIOUS_AREA = new KeyCodeCombination(KeyCode.F6, KeyCombination.SHIFT_DOWN);

    private WindowKeys() {
    }

    /**
     * @param shownDraft the draft view when it is shown, else null
     * @param menus      the menus whose shortcuts win over the focused control's own keys
     */
    static void install(Scene scene, Supplier<DraftView> shownDraft, MenuBar menus) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            DraftView draft = shownDraft.get();
            if (draft != null && handled(e, draft)) {
                e.consume();
            } else if (menuShortcut(e, menus, scene.getAccelerators())) {
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
        } else if (NEXT_AREA.match(e) || PREVIOUS_AREA.match(e)) {
            draft.cycleFocus(e.isShiftDown());
        } else {
            return false;
        }
        return true;
    }

    /**
     * Runs the menu command whose shortcut this is, before the focused control can take the key; true when the key
     * was a menu's. A disabled command takes its key all the same (Ctrl+H must not delete a character because there
     * is no draft to show the history of), except undo and redo, which a text field then does for its own text.
     */
    private static boolean menuShortcut(KeyEvent e, MenuBar menus, Map<KeyCombination, Runnable> accelerators) {
        Optional<MenuItem> item = menus.getMenus().stream().flatMap(m -> items(m).stream())
                .filter(i -> i.getAccelerator() != null && i.getAccelerator().match(e)).findFirst();
        if (item.isEmpty()) {
            return false;
        }
        if (item.get().isDisable()) {
            return !(UNDO.match(e) || REDO.match(e) || REDO_SHIFT.match(e));
        }
        // The scene's runnable is the menu's own (it toggles a check item before firing it).
        Runnable run = accelerators.get(item.get().getAccelerator());
        if (run != null) {
            run.run();
        } else {
            item.get().fire();
        }
        return true;
    }

    private static List<MenuItem> items(Menu menu) {
        List<MenuItem> all = new ArrayList<>();
        for (MenuItem i : menu.getItems()) {
            all.add(i);
            if (i instanceof Menu sub) {
                all.addAll(items(sub));
            }
        }
        return all;
    }
}
