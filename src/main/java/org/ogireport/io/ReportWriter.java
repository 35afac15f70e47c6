package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import org.ogireport.model.Report;

/** Writes reports as one kind of file. */
public interface ReportWriter {

    /** The format id used on the command line ({@code json}, {@code docx} …). */
    String id();

    /** The file name extension, without the dot. */
    String extension();

    void write(Report report, OutputStream out) throws IOException;
}
