package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Optional;

/** Writes a 校验报告 as one kind of file. */
public interface CheckReportWriter {

    /** The format id used on the command line ({@code docx}, {@code html}). */
    String id();

    /** The file name extension, without the dot. */
    String extension();

    void write(CheckReport report, OutputStream out) throws IOException;

    static List<CheckReportWriter> all() {
        return List.of(new CheckReportDocx(), new CheckReportHtml());
    }

    /** The writer of a format id, or of a file name's extension (.htm counts as html). */
    static Optional<CheckReportWriter> forId(String id) {
        String wanted = id.equalsIgnoreCase("htm") ? "html" : id;
        return all().stream().filter(w -> w.id().equalsIgnoreCase(wanted)).findFirst();
    }
}
