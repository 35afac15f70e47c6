package org.ogireport.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Assumptions;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.ReportWriter;
import org.ogireport.model.Report;

/**
 * An Office file as LibreOffice prints it: converted to PDF and read back with PDFBox, page by page, with where
 * every character is. Tests that use it are skipped where LibreOffice ({@code soffice}) is not installed.
 */
public final class OfficeRender {

    /** The text of one printed page, its size in points and where its characters are. */
    public record Page(String text, float width, float height, List<TextPosition> positions) {
    }

    private OfficeRender() {
    }

    /** Skips the calling test unless LibreOffice is installed. */
    public static void assumeInstalled() {
        Assumptions.assumeTrue(onPath("soffice"), "skipped: LibreOffice (soffice) is not installed");
    }

    /**
     * The pages of a report written by a writer (the final copy, dated 20 January 2025), as printed; skips the
     * calling test where LibreOffice is not installed.
     */
    public static List<Page> pages(ReportWriter writer, Report report, Path dir)
            throws IOException, InterruptedException {
        assumeInstalled();
        Path file = dir.resolve("report." + writer.extension());
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(report, ExportOptions.finalCopy(LocalDate.of(2025, 1, 20)), out);
        }
        return pages(file, dir);
    }

    /** Converts a file to PDF in {@code dir} (with its own LibreOffice profile there) and reads its pages. */
    public static List<Page> pages(Path file, Path dir) throws IOException, InterruptedException {
        String name = file.getFileName().toString();
        Path log = dir.resolve(name + ".log");
        Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", dir.toString(), file.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished in time").isTrue();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        assertThat(pdf).as("LibreOffice wrote the PDF: " + Files.readString(log)).exists();
        return read(pdf);
    }

    private static List<Page> read(Path pdf) throws IOException {
        List<Page> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                List<TextPosition> positions = new ArrayList<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition text) {
                        positions.add(text);
                        super.processTextPosition(text);
                    }
                };
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                var box = doc.getPage(i - 1).getMediaBox();
                out.add(new Page(stripper.getText(doc), box.getWidth(), box.getHeight(), positions));
            }
        }
        return out;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String d : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(d, command))) {
                return true;
            }
        }
        return false;
    }
}
