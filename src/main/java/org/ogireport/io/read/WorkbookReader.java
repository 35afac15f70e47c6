package org.ogireport.io.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;

/**
 * Reads a workbook, .xlsx or .xls alike: our own export exactly through its hidden key sheet ({@link OwnWorkbook}),
 * any other office's by finding the three tables in its sheets by their labels, as in a Word file
 * ({@link Sheets}): one sheet or several, merged cells or labels repeated, a title row and notes around them.
 */
abstract class WorkbookReader extends DocumentReader {

    WorkbookReader(String... extensions) {
        super(extensions);
    }

    /** Opens the workbook; closing it closes the file. */
    abstract Workbook open(Path file) throws Exception;

    /** Our own workbook names its organ and year itself; another office's may need them given. */
    @Override
    public final ImportResult read(Path file, String organName, Integer year) {
        String source = file.getFileName().toString();
        List<String> warnings = new ArrayList<>();
        byte[] own = null;
        Doc doc = null;
        try (Workbook book = open(file)) {
            Sheet keys = book.getSheet(OwnFiles.XLSX_KEY_SHEET);
            if (keys != null) {
                own = OwnWorkbook.exchangeJson(book, keys, source, warnings);
            } else {
                doc = Sheets.toDoc(book);
            }
        } catch (Exception e) {
            throw packageFailure(file, Messages.get("import.kind.excel"), e);
        }
        if (doc != null) {
            return Recogniser.recognise(doc, organName, year, source);
        }
        ReportJson.ReadResult r = ReportJson.read(own, source);
        warnings.addAll(r.warnings());
        return new ImportResult(r.report(), warnings);
    }
}
