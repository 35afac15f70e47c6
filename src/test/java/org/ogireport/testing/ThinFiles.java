package org.ogireport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Section;

/**
 * Files that hold little or nothing of a report, to import over a complete draft (issue 10): built from the catalog,
 * for the organ of {@link TestReports} and 2024.
 */
public final class ThinFiles {

    /** The name of {@link #pageWithoutTheReport}'s file. */
    public static final String PAGE = "网页.html";

    private ThinFiles() {
    }

    /**
     * A web page that names the report in its title and lists its sections, but holds none of it (a page that
     * links to the report): it gives no cell and no text.
     */
    public static Path pageWithoutTheReport(Path folder, String organName) {
        FormatCatalog catalog = FormatCatalog.of(FormatVersion.V2021);
        StringBuilder html = new StringBuilder("<html><body><h1>").append(catalog.title(organName, 2024))
                .append("</h1><ul>");
        for (Section s : catalog.sections()) {
            html.append("<li>").append(s.heading()).append("</li>");
        }
        return write(folder.resolve(PAGE), html.append("</ul></body></html>").toString());
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
