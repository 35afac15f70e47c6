package org.ogireport.io;

import java.util.List;
import org.ogireport.model.Report;

/** A report read from a file, with what the reader noticed and could carry on with (in the user's language). */
public record ImportResult(Report report, List<String> warnings) {

    public ImportResult {
        warnings = List.copyOf(warnings);
    }
}
