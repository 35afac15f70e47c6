package org.ogireport.io;

import java.util.List;
import org.ogireport.model.Report;

/**
 * A report read from a file, with what the reader noticed and could carry on with (in the user's language).
 *
 * @param notFound the keys of the cells and texts the file did not give (a table, row, column or section that is
 *                 not there, or a cell that holds no number): a preview marks them, unlike cells printed blank
 */
public record ImportResult(Report report, List<String> warnings, List<String> notFound) {

    public ImportResult {
        warnings = List.copyOf(warnings);
        notFound = List.copyOf(notFound);
    }

    /** A file that gives every cell and text it has (an exchange file): nothing is missing from it. */
    public ImportResult(Report report, List<String> warnings) {
        this(report, warnings, List.of());
    }
}
