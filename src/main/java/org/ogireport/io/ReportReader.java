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

    /**
     * Reads a report, filed under the given organ and year where the file does not name them itself (a blank form,
     * a title lost in a copy). Files that always name them ignore the hints; the caller files the report under
     * them anyway.
     *
     * @param organName the organ's full name, or null
     * @param year      the year, or null
     */
    default ImportResult read(Path file, String organName, Integer year) {
        return read(file);
    }
}
