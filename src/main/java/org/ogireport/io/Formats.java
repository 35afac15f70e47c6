package org.ogireport.io;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ogireport.io.docx.DocxWriter;
import org.ogireport.io.html.HtmlWriter;
import org.ogireport.io.read.HtmlReader;
import org.ogireport.io.read.OfficeReader;
import org.ogireport.io.read.PdfReader;
import org.ogireport.io.read.TextReader;
import org.ogireport.io.xlsx.XlsxWriter;

/** The file formats the app reads and writes. */
public final class Formats {

    private static final JsonFormat JSON = new JsonFormat();
    /** Word, Excel and WPS files are read by what they hold, whatever their extension says (OfficeReader). */
    private static final List<ReportReader> READERS = List.of(JSON, new OfficeReader(), new HtmlReader(),
            new PdfReader(), new TextReader());
    private static final List<ReportWriter> WRITERS = List.of(new DocxWriter(), new XlsxWriter(), new HtmlWriter(),
            JSON);

    private Formats() {
    }

    public static List<ReportWriter> writers() {
        return WRITERS;
    }

    public static Optional<ReportWriter> writer(String id) {
        return WRITERS.stream().filter(w -> w.id().equalsIgnoreCase(id)).findFirst();
    }

    public static List<ReportReader> readers() {
        return READERS;
    }

    /** The reader for a file, by its extension. */
    public static Optional<ReportReader> readerFor(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return READERS.stream().filter(r -> r.extensions().contains(ext)).findFirst();
    }

    /** The extensions of every readable format, e.g. for a file chooser. */
    public static List<String> readableExtensions() {
        return READERS.stream().flatMap(r -> r.extensions().stream()).sorted().toList();
    }
}
