package org.ogireport.io.read;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellValue;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;
import org.ogireport.util.UserException;

/**
 * Reads our own Excel export exactly, through its hidden key sheet (see {@link OwnFiles}): the metadata rows, then
 * for each cell the reference of the cell that shows it, whose value is read (so a supervisor's edits in the
 * visible sheets count). The keys and values are put together as the exchange JSON and read by its reader, which
 * checks every one of them. Other workbooks are refused: they carry no keys.
 */
public final class XlsxReader extends DocumentReader {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final Pattern REFERENCE = Pattern.compile("('[^']+'|[^'!]+)!\\$?[A-Z]{1,3}\\$?\\d+");
    private static final Set<String> METADATA = Set.of("schema", "formatVersion", "year", "status", "scope");
    private static final String COMPONENTS = "components";
    private static final String ORGAN = "organ.";

    public XlsxReader() {
        super("xlsx");
    }

    /** Our workbook names its organ and year itself; the hints are not needed. */
    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        String name = file.getFileName().toString();
        String kind = Messages.get("import.kind.excel");
        List<String> warnings = new ArrayList<>();
        ObjectNode root;
        try (OPCPackage pkg = openPackage(file, MAX_BYTES, kind); Workbook book = new XSSFWorkbook(pkg)) {
            Sheet keys = book.getSheet(OwnFiles.XLSX_KEY_SHEET);
            if (keys == null) {
                throw new UserException(Messages.get("import.xlsxNotOwn", name, OwnFiles.XLSX_KEY_SHEET));
            }
            root = toExchange(book, keys, name, warnings);
        } catch (Exception e) {
            throw packageFailure(file, kind, e);
        }
        byte[] json;
        try {
            json = new ObjectMapper().writeValueAsBytes(root);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        ReportJson.ReadResult r = ReportJson.read(json, name);
        warnings.addAll(r.warnings());
        return new ImportResult(r.report(), warnings);
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
            String key = text(row.getCell(0), evaluator);
            Cell b = row.getCell(1);
            if (key == null || key.isBlank()) {
                continue;
            }
            key = key.strip();
            if (METADATA.contains(key)) {
                root.put(key, text(b, evaluator));
                continue;
            }
            if (key.equals(COMPONENTS)) {
                root.set(COMPONENTS, ReportJson.componentsNode(text(b, evaluator)));
                continue;
            }
            if (key.startsWith(ORGAN)) {
                organ.put(key.substring(ORGAN.length()), text(b, evaluator));
                continue;
            }
            String reference = text(b, evaluator);
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
                value = text(shown, evaluator);
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

    /** A cell's value as text: a number exactly as Excel shows it (no binary tail), a formula's result. */
    private static String text(Cell cell, FormulaEvaluator evaluator) {
        if (cell == null) {
            return null;
        }
        CellValue v = evaluator.evaluate(cell);
        if (v == null) {
            return null;
        }
        return switch (v.getCellType()) {
            case NUMERIC -> new BigDecimal(NumberToTextConverter.toText(v.getNumberValue())).toPlainString();
            case STRING -> v.getStringValue();
            case BLANK -> null;
            default -> throw new IllegalStateException("not a number or text: " + v.getCellType());
        };
    }
}
