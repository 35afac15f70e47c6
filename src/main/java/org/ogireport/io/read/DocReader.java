package org.ogireport.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.HWPFList;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.hwpf.usermodel.Table;
import org.apache.poi.hwpf.usermodel.TableCell;
import org.apache.poi.hwpf.usermodel.TableRow;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ogireport.i18n.Messages;
import org.ogireport.io.FileGuard;
import org.ogireport.io.ImportResult;
import org.ogireport.io.read.Doc.Cell;

/**
 * Reads a Word 97–2003 file (.doc, and WPS Writer's .wps, which holds the same) through POI's HWPF into the same
 * {@link Doc} as a .docx. A .doc table has no grid of its own: each cell has its left edge and width, and a cell
 * merged across columns is one wide cell. The grid is made of the edges of all rows' cells, and a wide cell covers
 * the grid columns between its edges; a cell merged downwards repeats its label in the rows below, as in a .docx.
 */
final class DocReader extends DocumentReader {

    /** As a .docx: a report is some hundred kilobytes, one with photographs some megabytes. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** No real table is wider; more edges are a broken or hostile file. */
    private static final int MAX_COLUMNS = 64;
    /** Edges closer than this (in twips, 1/20 pt: about half a millimetre) are one edge drawn twice. */
    private static final int SAME_EDGE = 30;
    /** Word's list levels. */
    private static final int LEVELS = 9;
    /**
     * The number formats (MSONFC) that count in Chinese (一、二、三): ideographDigital, taiwaneseCounting(Thousand),
     * chineseCounting(Thousand).
     */
    private static final List<Integer> CHINESE_FORMATS = List.of(0x0A, 0x21, 0x23, 0x25, 0x27);
    /** Word's marks of a field in the text: its start, the separator its result follows, its end. */
    private static final char FIELD_START = 0x13;
    private static final char FIELD_SEPARATOR = 0x14;
    private static final char FIELD_END = 0x15;
    private static final String WORD_DOCUMENT = "WordDocument";
    /** The first two bytes (little-endian) of a Word 6 or 95 document's stream. */
    private static final int WORD_95_MARK = 0xA5DC;

    DocReader() {
        super("doc", "wps");
    }

    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        String kind = Messages.get("import.kind.word");
        FileGuard.checkSize(file, MAX_BYTES);
        Doc doc;
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             HWPFDocument word = new HWPFDocument(fs.getRoot())) {
            doc = toDoc(word);
        } catch (OldWordFileFormatException e) {
            throw isWord95(file) ? OfficeReader.unreadable(file, false, "import.content.word95")
                    : packageFailure(file, kind, e);
        } catch (Exception e) {
            throw packageFailure(file, kind, e);
        }
        return Recogniser.recognise(doc, organName, year, file.getFileName().toString());
    }

    /**
     * Whether a file HWPF finds too old is a Word 6 or 95 document (its WordDocument stream opens with their mark,
     * 0xA5DC), not a damaged one, whose stream opens with anything.
     */
    private static boolean isWord95(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
             InputStream in = fs.getRoot().createDocumentInputStream(WORD_DOCUMENT)) {
            return (in.read() | in.read() << 8) == WORD_95_MARK;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static Doc toDoc(HWPFDocument word) {
        Doc.Builder doc = new Doc.Builder();
        Range range = word.getRange();
        Map<Integer, int[]> counters = new HashMap<>();
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                Table table = range.getTable(p);
                addTable(doc, table);
                i += Math.max(table.numParagraphs(), 1) - 1;
                continue;
            }
            String number = number(p, counters);
            List<String> lines = lines(p.text());
            for (int l = 0; l < lines.size(); l++) {
                doc.paragraph(l == 0 ? number + lines.get(l) : lines.get(l));
            }
        }
        return doc.build();
    }

    /**
     * The number Word prints before a paragraph of a numbered list ("一、", "（二）", "3."), which is not in its
     * text: counted per list and level; "" for a paragraph without numbering or a list HWPF cannot read.
     */
    private static String number(Paragraph p, Map<Integer, int[]> counters) {
        if (!p.isInList()) {
            return "";
        }
        HWPFList list;
        try {
            list = p.getList();
        } catch (RuntimeException broken) {
            return "";
        }
        int level = Math.max(0, Math.min(p.getIlvl(), LEVELS - 1));
        int[] count = counters.computeIfAbsent(list.getLsid(), id -> new int[LEVELS]);
        count[level]++;
        Arrays.fill(count, level + 1, LEVELS, 0);
        StringBuilder number = new StringBuilder();
        for (char c : list.getNumberText((char) level).toCharArray()) {
            if (c < LEVELS) {
                int n = Math.max(count[c], 1);
                number.append(CHINESE_FORMATS.contains(list.getNumberFormat(c)) ? Numerals.chinese(n)
                        : Integer.toString(n));
            } else {
                number.append(c);
            }
        }
        return number.toString();
    }

    /**
     * The lines of a paragraph's text without Word's marks: a field shows its result (a hyperlink its words, not
     * its address); a line break ends a line; other control characters are dropped.
     */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int fieldDepth = 0;
        boolean inCode = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == FIELD_START) {
                fieldDepth++;
                inCode = true;
            } else if (c == FIELD_SEPARATOR) {
                inCode = false;
            } else if (c == FIELD_END) {
                fieldDepth = Math.max(0, fieldDepth - 1);
                inCode = false;
            } else if (inCode && fieldDepth > 0) {
                continue; // a field's instruction (HYPERLINK "…", PAGE), not its text
            } else if (c == '\r' || c == '\n' || c == 0x0B || c == 0x0C || c == 0x07) {
                lines.add(line.toString());
                line.setLength(0);
            } else if (c == 0x1E) {
                line.append('-'); // a non-breaking hyphen
            } else if (c == '\t' || c >= ' ') {
                line.append(c == '\u00a0' ? ' ' : c);
            }
        }
        lines.add(line.toString());
        lines.removeIf(String::isBlank);
        return lines;
    }

    private static void addTable(Doc.Builder doc, Table table) {
        int id = doc.startTable();
        List<Integer> edges = edges(table);
        Map<Integer, String> mergedAbove = new HashMap<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            List<Cell> cells = new ArrayList<>();
            String mergedLeft = null;
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                int from = column(edges, cell.getLeftEdge());
                int to = Math.max(from + 1, column(edges, cell.getLeftEdge() + cell.getWidth()));
                while (cells.size() < from && cells.size() < MAX_COLUMNS) {
                    cells.add(Cell.of("")); // no cell there in this row (a row indented or short)
                }
                int col = cells.size();
                String text;
                boolean spanned = false;
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    text = mergedAbove.getOrDefault(col, "");
                } else if (cell.isMerged() && !cell.isFirstMerged() && mergedLeft != null) {
                    text = mergedLeft; // Word 97's own horizontal merge: a cell of its own, covered by its left
                    spanned = true;
                } else {
                    text = String.join("\n", lines(cell.text()));
                }
                mergedLeft = cell.isMerged() ? text : null;
                for (int k = 0; k < to - from && cells.size() < MAX_COLUMNS; k++) {
                    cells.add(k == 0 && !spanned ? Cell.of(text) : Cell.spannedBy(text));
                    mergedAbove.put(col + k, text);
                }
            }
            doc.row(id, cells);
        }
    }

    /** The grid of a table: the distinct edges of all its cells, left to right (a few twips apart count once). */
    private static List<Integer> edges(Table table) {
        TreeSet<Integer> all = new TreeSet<>();
        for (int r = 0; r < table.numRows(); r++) {
            TableRow row = table.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                TableCell cell = row.getCell(c);
                all.add(cell.getLeftEdge());
                all.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> edges = new ArrayList<>();
        for (int e : all) {
            if (edges.isEmpty() || e - edges.get(edges.size() - 1) > SAME_EDGE) {
                edges.add(e);
            }
        }
        return edges.size() > MAX_COLUMNS + 1 ? edges.subList(0, MAX_COLUMNS + 1) : edges;
    }

    /** The grid column that starts at an edge: the index of the nearest edge. */
    private static int column(List<Integer> edges, int edge) {
        int best = 0;
        for (int i = 1; i < edges.size(); i++) {
            if (Math.abs(edges.get(i) - edge) < Math.abs(edges.get(best) - edge)) {
                best = i;
            }
        }
        return best;
    }
}
