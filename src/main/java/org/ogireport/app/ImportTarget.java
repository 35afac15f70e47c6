package org.ogireport.app;

/**
 * The draft an import would go into (its organ and year), as it is before the import is stored.
 *
 * @param exists    whether the organ has a draft of that year
 * @param identical whether that draft holds exactly what was read: storing it would change nothing
 * @param cells     the draft's table cells that hold a value (0 when there is no draft)
 * @param texts     its prose fields that hold text
 */
public record ImportTarget(boolean exists, boolean identical, int cells, int texts) {

    /** No draft of that organ and year yet: the import becomes it. */
    static final ImportTarget NONE = new ImportTarget(false, false, 0, 0);

    /**
     * Whether replacing this draft with what was read would lose most of it: the import gives fewer than half as
     * many filled cells and texts, counted together, as the draft holds. A report read well gives nearly all of a
     * complete draft (a copy that lost a small table or some prose stays above half); a page that held little or
     * nothing of a report, or a copy without table 三 (175 of the 200 cells), falls far below. Such a replacement
     * needs the clerk's confirmation: a warning dialog in the window, {@code --replace} on the command line.
     */
    public boolean losesMuchTo(ImportOutcome read) {
        return exists && !identical && 2 * (read.cellsRead() + read.textsRead()) < cells + texts;
    }
}
