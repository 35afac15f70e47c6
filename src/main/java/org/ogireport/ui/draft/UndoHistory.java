package org.ogireport.ui.draft;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.ogireport.ui.draft.Change.TextChange;

/**
 * The window's one undo/redo history, across table cells and text fields. Typing in one text field coalesces
 * into one step until the clerk pauses, leaves the field or edits something else, so that Ctrl+Z undoes a
 * phrase, not a character.
 */
final class UndoHistory {

    /** What one undo step reverts. */
    record Step(List<Change> changes, boolean typing, long at) {

        Step {
            changes = List.copyOf(changes);
        }
    }

    static final int LIMIT = 500;
    /** A pause in typing longer than this starts a new undo step. */
    static final long TYPING_PAUSE_MS = 1500;

    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();
    private boolean sealed = true;

    /** Records a step; a typing step continues the previous one when it is the same field typed without pause. */
    void record(Step step) {
        redo.clear();
        Step last = undo.peek();
        if (step.typing() && !sealed && last != null && last.typing() && step.at() - last.at() < TYPING_PAUSE_MS
                && last.changes().get(0) instanceof TextChange first
                && step.changes().get(0) instanceof TextChange now && first.key().equals(now.key())) {
            undo.pop();
            undo.push(new Step(List.of(first.continuedBy(now)), true, step.at()));
        } else {
            undo.push(step);
            if (undo.size() > LIMIT) {
                undo.removeLast();
            }
        }
        sealed = !step.typing();
    }

    /** Ends the current typing step: the next keystroke starts a new one. */
    void seal() {
        sealed = true;
    }

    Step popUndo() {
        sealed = true;
        Step s = undo.poll();
        if (s != null) {
            redo.push(s);
        }
        return s;
    }

    Step popRedo() {
        sealed = true;
        Step s = redo.poll();
        if (s != null) {
            undo.push(s);
        }
        return s;
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }
}
