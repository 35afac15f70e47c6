package org.ogireport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/**
 * The rows of a small table a clerk keeps (a list of units): the first sheet of an .xlsx, a .csv (UTF-8, or GBK as
 * Excel and WPS save it in China), or a block pasted from a spreadsheet (tab-separated). Cells as text, blank rows
 * dropped.
 */
public final class TableRows {

    static final long MAX_BYTES = 10L * 1024 * 1024;
    static final int MAX_ROWS = 10_000;

    private TableRows() {
    }

    public static List<List<String>> read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".xlsx")) {
            return xlsx(file);
        }
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return separated(text(SafeFiles.readBounded(file, MAX_BYTES)), name.endsWith(".csv") ? ',' : '\t');
        }
        throw new UserException(Messages.get("units.fileKind", file.getFileName()));
    }

    /** A block pasted from Excel or WPS: rows by line, cells by tab. */
    public static List<List<String>> pasted(String text) {
        return separated(text == null ? "" : text, '\t');
    }

    private static List<List<String>> xlsx(Path file) {
        FileGuard.checkSize(file, MAX_BYTES);
        FileGuard.checkPackage(file, Messages.get("import.kind.excel"));
        List<List<String>> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(cell == null ? "" : format.formatCellValue(cell).strip());
                }
                add(rows, cells);
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("units.fileUnreadable", file.getFileName()), e);
        }
    }

    private static String text(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GBK"));
        }
    }

    /** Rows of cells split by a separator; a quoted cell ("…") may hold the separator and doubled quotes. */
    private static List<List<String>> separated(String text, char separator) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : text.split("\\r?\\n")) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && (quoted || cell.length() == 0)) {
                    if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = !quoted;
                    }
                } else if (c == separator && !quoted) {
                    cells.add(cell.toString().strip());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString().strip());
            add(rows, cells);
        }
        return rows;
    }

    private static void add(List<List<String>> rows, List<String> cells) {
        if (cells.stream().anyMatch(c -> !c.isEmpty())) {
            if (rows.size() >= MAX_ROWS) {
                throw new UserException(Messages.get("units.tooManyRows", MAX_ROWS));
            }
            rows.add(cells);
        }
    }
}
