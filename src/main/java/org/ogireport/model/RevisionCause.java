package org.ogireport.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * What made a revision of a draft. Autosaves are the window's saving without a click: one revision per stretch of
 * typing, the old ones pruned; every other cause is a point the clerk may want back, and is kept.
 */
public enum RevisionCause {
    /** Saved without a click while the clerk typed. */
    AUTOSAVE("autosave"),
    /** Saved when the clerk closed the draft (back to the start view, or quitting). */
    CLOSE("close"),
    /** Saved because the clerk asked (Ctrl+S, the command line), or a new draft. */
    SAVE("save"),
    /** A report read from a file. */
    IMPORT("import"),
    /** An earlier revision made current again. */
    RESTORE("restore"),
    /** The draft begun (again) from the year before. */
    NEW_YEAR("new-year");

    private final String id;

    RevisionCause(String id) {
        this.id = id;
    }

    /** How the store writes it. */
    public String id() {
        return id;
    }

    /** Whether it is kept however old: all but autosaves. */
    public boolean isKept() {
        return this != AUTOSAVE;
    }

    public static Optional<RevisionCause> fromId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
