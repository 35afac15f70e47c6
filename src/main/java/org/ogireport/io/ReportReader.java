package org.ogireport.io;

import java.nio.file.Path;
import java.util.Set;

/** Reads reports from one kind of file. */
public interface ReportReader {

    /** The file name extensions it reads, lower case, without the dot. */
    Set<String> extensions();

    /**
     * Reads a report.
     *
     * @throws org.ogireport.util.UserException when the file cannot be read as a report, saying why and where
     */
    ImportResult read(Path file);
}
