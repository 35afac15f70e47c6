package org.ogireport.app;

import java.nio.file.Path;
import java.util.List;
import org.ogireport.rules.Finding;

/**
 * What an export wrote.
 *
 * @param file                the file written
 * @param draftNote           why the file is a draft (it says so on every page), or null for the final copy
 * @param unexplainedWarnings the warnings without a written explanation: the export went ahead, but the clerk
 *                            should look at them before filing
 * @param lateNote            that the report was exported after its deadline (D-01), for the export's summary (the
 *                            file itself does not say so), or null when it is in time
 */
public record ExportOutcome(Path file, String draftNote, List<Finding> unexplainedWarnings, String lateNote) {

    public ExportOutcome {
        unexplainedWarnings = List.copyOf(unexplainedWarnings);
    }

    public boolean isDraft() {
        return draftNote != null;
    }

    /** Whether it was written after the report's deadline. */
    public boolean isLate() {
        return lateNote != null;
    }
}
