package org.ogireport.app;

import java.util.List;
import org.ogireport.model.Report;

/**
 * What an import read and did.
 *
 * @param cellsRead        the table cells that hold a value
 * @param textsRead        the prose fields that hold text
 * @param stored           whether it was stored (false for a dry run)
 * @param replacedExisting whether it became (for a dry run: would become) the new state of a draft that existed
 *                         (whose old state stays a revision)
 * @param revisionId       the revision it was stored as (when unchanged: the draft's current one), or 0
 * @param notFound         the keys of the cells and texts the file did not give (see
 *                         {@link org.ogireport.io.ImportResult#notFound()})
 * @param unchanged        whether the draft already held exactly what was read (for a dry run: would), so that
 *                         nothing was stored and no revision added
 */
public record ImportOutcome(Report report, List<String> warnings, int cellsRead, int textsRead, boolean stored,
                            boolean replacedExisting, long revisionId, List<String> notFound, boolean unchanged) {

    public ImportOutcome {
        warnings = List.copyOf(warnings);
        notFound = List.copyOf(notFound);
    }

    public ImportOutcome(Report report, List<String> warnings, int cellsRead, int textsRead, boolean stored,
                         boolean replacedExisting, long revisionId, List<String> notFound) {
        this(report, warnings, cellsRead, textsRead, stored, replacedExisting, revisionId, notFound, false);
    }

    public ImportOutcome(Report report, List<String> warnings, int cellsRead, int textsRead, boolean stored,
                         boolean replacedExisting, long revisionId) {
        this(report, warnings, cellsRead, textsRead, stored, replacedExisting, revisionId, List.of());
    }

    /** What was read, with what storing it did (or, for a dry run, would do). */
    ImportOutcome as(boolean stored, boolean replacedExisting, long revisionId, boolean unchanged) {
        return new ImportOutcome(report, warnings, cellsRead, textsRead, stored, replacedExisting, revisionId, notFound,
                unchanged);
    }
}
