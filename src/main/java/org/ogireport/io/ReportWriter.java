package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import org.ogireport.model.Report;

/** Writes reports as one kind of file. */
public interface ReportWriter {

    /** The format id used on the command line ({@code json}, {@code docx} …). */
    String id();

    /** The file name extension, without the dot: the id unless the format says otherwise. */
    default String extension() {
        return id();
    }

    /**
     * Whether the file is a copy for submission or publication, refused while the report has errors. The exchange
     * file is not: it moves a draft between machines as it is, its status included.
     */
    default boolean isPublication() {
        return true;
    }

    /**
     * Loads what writing needs (libraries, their XML schemas) so that a first write soon after is fast; called
     * from a background thread while the app does other work. Does nothing by default.
     */
    default void prepare() {
    }

    /** Writes the final copy, dated today. */
    default void write(Report report, OutputStream out) throws IOException {
        write(report, ExportOptions.finalCopy(LocalDate.now()), out);
    }

    /** Writes the report; a format that cannot show a draft mark or a date ignores them. */
    void write(Report report, ExportOptions options, OutputStream out) throws IOException;
}
