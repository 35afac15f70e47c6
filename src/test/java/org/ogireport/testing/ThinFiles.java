package org.ogireport.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Section;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;

/**
 * Files that hold little or nothing of a report, to import over a complete draft (issue 10): built from the catalog,
 * for the organ of {@link TestReports} and 2024.
 */
public final class ThinFiles {

    /** The name of {@link #pageWithoutTheReport}'s file. */
    public static final String PAGE = "网页.html";
    /** The name of {@link #fewCells}'s file. */
    public static final String FEW = "几个数.json";

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

    /** An exchange file of the 2024 report, as published, with only its first few cells filled (each 1). */
    public static Path fewCells(Path folder, int cells) {
        Report few = new Report(FormatVersion.V2021, TestReports.ORGAN, 2024, ValueMode.AS_PUBLISHED);
        int left = cells;
        for (CellSpec c : few.catalog().cells()) {
            if (left-- > 0) {
                few.setValue(c.key(), BigDecimal.ONE);
            }
        }
        return write(folder.resolve(FEW), ReportJson.write(few));
    }

    private static Path write(Path file, String content) {
        try {
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
