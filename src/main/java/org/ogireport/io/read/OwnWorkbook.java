package org.ogireport.io.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.io.OwnFiles;

/**
 * Our own Excel export, read exactly through its hidden key sheet (see {@link OwnFiles}): the metadata rows, then
 * for each cell the reference of the cell that shows it, whose value is read (so a supervisor's edits in the
 * visible sheets count). The keys and values are put together as the exchange JSON, whose reader checks every one
 * of them. An .xls saved from it by Excel, WPS or LibreOffice keeps the sheet (hidden), and is read the same way.
 */
final class OwnWorkbook {

    private static final Pattern REFERENCE = Pattern.compile("('[^']+'|[^'!]+)!\\$?[A-Z]{1,3}\\$?\\d+");
    private static final Set<String> METADATA = Set.of("schema", "formatVersion", "year", "status", "scope");
    /** An aggregate's components, as the exchange JSON's member in one cell. */
    private static final String COMPONENTS = "components";
    private static final String ORGAN = "organ.";

    private OwnWorkbook() {
    }

    /** The exchange JSON of the report the workbook shows; what cannot be read is added to the warnings. */
    static byte[] exchangeJson(Workbook book, Sheet keys, String source, List<String> warnings) {
        try {
            return new ObjectMapper().writeValueAsBytes(toExchange(book, keys, source, warnings));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode toExchange(Workbook book, Sheet keys, String source, List<String> warnings) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ObjectNode organ = root.putObject("organ");
        ObjectNode cells = root.putObject("cells");
        ObjectNode texts = root.putObject("texts");
        ObjectNode numbers = root.putObject("numbers");
        FormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
        for (Row row : keys) {
            String key = Sheets.value(row.getCell(0), evaluator);
            Cell b = row.getCell(1);
            if (key == null || key.isBlank()) {
                continue;
            }
            key = key.strip();
            if (METADATA.contains(key)) {
                root.put(key, Sheets.value(b, evaluator));
                continue;
            }
            if (key.equals(COMPONENTS)) {
                root.set(COMPONENTS, ReportJson.componentsNode(Sheets.value(b, evaluator)));
                continue;
            }
            if (key.startsWith(ORGAN)) {
                organ.put(key.substring(ORGAN.length()), Sheets.value(b, evaluator));
                continue;
            }
            String reference = Sheets.value(b, evaluator);
            Cell shown = b;
            if (reference != null && REFERENCE.matcher(reference.strip()).matches()) {
                CellReference ref = new CellReference(reference.strip());
                Sheet sheet = book.getSheet(ref.getSheetName());
                if (sheet == null) {
                    warnings.add(Messages.get("import.xlsxBadReference", source, key, reference,
                            OwnFiles.XLSX_KEY_SHEET));
                    continue;
                }
                Row r = sheet.getRow(ref.getRow());
                shown = r == null ? null : r.getCell(ref.getCol());
            }
            String value;
            try {
                value = Sheets.value(shown, evaluator);
            } catch (IllegalStateException e) {
                warnings.add(Messages.get("import.xlsxBadValue", source, key, reference));
                continue;
            }
            if (value == null || value.isBlank()) {
                continue;
            }
            FormatCatalog catalog = FormatCatalog.of(FormatVersion.fromId(root.path("formatVersion").asText())
                    .orElse(FormatVersion.V2021));
            (catalog.text(key).isPresent() ? texts : catalog.number(key).isPresent() ? numbers : cells)
                    .put(key, value);
        }
        if (root.hasNonNull("year") && root.get("year").asText().matches("\\d+")) {
            root.put("year", Integer.parseInt(root.get("year").asText()));
        }
        return root;
    }
}
