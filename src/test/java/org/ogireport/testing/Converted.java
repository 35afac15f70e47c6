package org.ogireport.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.ogireport.exchange.ReportJson;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.docx.DocxWriter;
import org.ogireport.io.xlsx.XlsxWriter;
import org.ogireport.model.Report;

/**
 * Files other offices' programs save from our own exports: LibreOffice ({@code soffice --convert-to}) turns our
 * .docx into Word 97–2003 (.doc) and PDF, our .xlsx into Excel 97–2003 (.xls). Tests convert a fresh export where
 * LibreOffice is installed, and read the copies committed in {@code src/test/resources/fixtures/converted},
 * made the same way, everywhere. {@code main} makes those copies again (LibreOffice needed):
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.ogireport.testing.Converted \
 *     src/test/resources/fixtures/converted
 * </pre>
 */
public final class Converted {

    /** The report the fixtures show, as exchange JSON: what a fixture must read back as. */
    public static final String REPORT = "report-2024.json";
    /** {@link #REPORT} exported to Word by {@link DocxWriter}, saved as .doc by LibreOffice. */
    public static final String DOC = "report-2024.doc";
    /** {@link #REPORT} exported to Excel by {@link XlsxWriter}, saved as .xls by LibreOffice. */
    public static final String XLS = "report-2024.xls";
    /** {@link #REPORT} exported to Word, printed to PDF by LibreOffice: table 三 has a row with one blank cell. */
    public static final String PDF = "report-2024.pdf";
    /** The Huai'an 2024 report with its prose twice, exported to Word and saved as .doc: ten pages. */
    public static final String TEN_PAGES = "ten-pages-2024.doc";
    /** The cell {@link #source} leaves blank, in a row whose other six cells hold numbers. */
    public static final String BLANK_CELL = "t3.r3_3_4.biz";

    private static final String FOLDER = "/fixtures/converted/";
    private static final LocalDate EXPORTED = LocalDate.of(2025, 1, 20);
    private static final int TIMEOUT_SECONDS = 180;

    private Converted() {
    }

    /** The report the fixtures were made from (as {@link #REPORT} holds it). */
    public static Report report() {
        try {
            return ReportJson.read(Files.readAllBytes(fixture(REPORT)), REPORT).report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A committed fixture. */
    public static Path fixture(String name) {
        URL url = Converted.class.getResource(FOLDER + name);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + name);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The report of the fixtures: a full report with a sentence of prose in each field (three pages: small files),
     * whose 六 states the fee it holds (a printed report shows no other number field), with one cell of table 三
     * left blank.
     */
    public static Report source() {
        Report r = TestReports.full(2024, 15);
        r.catalog().texts().forEach(t -> r.setText(t.key(), "这是" + t.label() + "的内容。本机关认真贯彻落实条例。"));
        r.setText("s6.text", r.text("s6.text") + "\n本年度收取信息处理费3940元。");
        r.setNumber("s6.fee_yuan", new BigDecimal("3940"));
        r.clear(BLANK_CELL);
        return r;
    }

    /** The Huai'an 2024 report with every text written twice: ten printed pages. */
    public static Report tenPages() {
        Report r = Huaian2024.report();
        for (String key : List.copyOf(r.texts().keySet())) {
            r.setText(key, r.text(key) + "\n" + r.text(key));
        }
        return r;
    }

    /** Exports a report as a final copy dated 2025-01-20. */
    public static Path export(Report report, ReportWriter writer, Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(report, ExportOptions.finalCopy(EXPORTED), out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether LibreOffice's {@code soffice} is on the PATH. */
    public static boolean libreOfficeInstalled() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "soffice"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Saves a file in another format with LibreOffice, in its own profile under the folder.
     *
     * @param format what {@code --convert-to} takes: doc, xls, pdf
     * @return the converted file, or empty when LibreOffice, or its part that writes the format, is not installed
     */
    public static Optional<Path> libreOffice(Path file, String format, Path folder) {
        if (!libreOfficeInstalled()) {
            return Optional.empty();
        }
        try {
            Path log = folder.resolve("soffice.log");
            Process p = new ProcessBuilder("soffice", "-env:UserInstallation=" + folder.resolve("profile").toUri(),
                    "--headless", "--convert-to", format, "--outdir", folder.toString(), file.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("LibreOffice did not finish converting " + file);
            }
            String name = file.getFileName().toString();
            Path out = folder.resolve(name.substring(0, name.lastIndexOf('.') + 1) + format);
            if (Files.isRegularFile(out)) {
                return Optional.of(out);
            }
            String said = Files.readString(log);
            if (said.contains("no export filter")) {
                return Optional.empty(); // the part of LibreOffice that writes it (Calc for .xls) is not installed
            }
            throw new IllegalStateException("LibreOffice wrote no " + out + ": " + said);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Makes the fixtures again into the given folder. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]);
        Path work = Files.createTempDirectory("converted");
        Report report = source();
        Files.writeString(target.resolve(REPORT), ReportJson.write(report));
        Path docx = export(report, new DocxWriter(), work.resolve("report-2024.docx"));
        copy(libreOffice(docx, "doc", work), target.resolve(DOC));
        copy(libreOffice(docx, "pdf", work), target.resolve(PDF));
        copy(libreOffice(export(report, new XlsxWriter(), work.resolve("report-2024.xlsx")), "xls", work),
                target.resolve(XLS));
        copy(libreOffice(export(tenPages(), new DocxWriter(), work.resolve("ten-pages-2024.docx")), "doc", work),
                target.resolve(TEN_PAGES));
    }

    private static void copy(Optional<Path> converted, Path target) throws IOException {
        Files.copy(converted.orElseThrow(() -> new IllegalStateException("LibreOffice (soffice) is not installed")),
                target, StandardCopyOption.REPLACE_EXISTING);
    }
}
