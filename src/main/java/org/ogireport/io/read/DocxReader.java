package org.ogireport.io.read;

import java.io.InputStream;
import java.math.BigInteger;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.ogireport.exchange.ReportJson;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.read.Doc.Cell;

/**
 * Reads a Word file: ours exactly through the report it carries (see {@link OwnFiles}), checked against what the
 * file shows; any other office's by recognising its paragraphs and tables. Merged cells are laid out on the
 * table's grid: a horizontal merge (gridSpan) covers the cells to its right, a vertical one (vMerge) repeats its
 * label in the rows below, so that every row carries its whole label.
 */
public final class DocxReader extends DocumentReader {

    /** A report is a few hundred kilobytes; one with photographs some megabytes. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** No real table is wider; a larger gridSpan is a broken or hostile file. */
    private static final int MAX_COLUMNS = 64;
    /** Word's list levels. */
    private static final int LEVELS = 9;

    public DocxReader() {
        super("docx");
    }

    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        String name = file.getFileName().toString();
        String kind = Messages.get("import.kind.word");
        byte[] own;
        Doc doc;
        try (OPCPackage pkg = openPackage(file, MAX_BYTES, kind)) {
            own = ownReport(pkg);
            doc = toDoc(new XWPFDocument(pkg));
        } catch (Exception e) {
            throw packageFailure(file, kind, e);
        }
        return own == null ? Recogniser.recognise(doc, organName, year, name)
                : OwnWordFile.read(own, doc, name, organName, year);
    }

    /** The exchange JSON our export embeds, or null when the file is not ours. */
    private static byte[] ownReport(OPCPackage pkg) throws Exception {
        for (PackageRelationship rel : pkg.getRelationshipsByType(OwnFiles.DOCX_JSON_RELATIONSHIP)) {
            URI target = rel.getTargetURI();
            PackagePart part = pkg.getPart(PackagingURIHelper.createPartName(target.isAbsolute() ? target
                    : URI.create("/").resolve(target)));
            if (part == null) {
                continue;
            }
            try (InputStream in = part.getInputStream()) {
                byte[] json = in.readNBytes(ReportJson.MAX_BYTES + 1);
                return json.length > ReportJson.MAX_BYTES ? null : json;
            }
        }
        return null;
    }

    static Doc toDoc(XWPFDocument word) {
        Doc.Builder doc = new Doc.Builder();
        Map<BigInteger, int[]> counters = new HashMap<>();
        for (IBodyElement e : word.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                doc.paragraph(number(p, counters) + p.getText());
            } else if (e instanceof XWPFTable t) {
                addTable(doc, t);
            } else if (e instanceof XWPFSDT sdt) {
                for (String line : sdt.getContent().getText().split("\\R")) {
                    doc.paragraph(line);
                }
            }
        }
        return doc.build();
    }

    /**
     * The number Word prints before a paragraph of a numbered list ("一、", "（二）", "3."), which is not in its
     * text: headings are often numbered so. Counted per list and level; "" for a paragraph without numbering.
     */
    private static String number(XWPFParagraph p, Map<BigInteger, int[]> counters) {
        String pattern = p.getNumID() == null ? null : p.getNumLevelText();
        if (pattern == null) {
            return "";
        }
        int level = p.getNumIlvl() == null ? 0 : Math.min(p.getNumIlvl().intValue(), LEVELS - 1);
        int[] count = counters.computeIfAbsent(p.getNumID(), id -> new int[LEVELS]);
        count[level]++;
        Arrays.fill(count, level + 1, LEVELS, 0);
        boolean chinese = String.valueOf(p.getNumFmt()).startsWith("chinese");
        String number = pattern;
        for (int i = 0; i <= level; i++) {
            int n = Math.max(count[i], 1);
            number = number.replace("%" + (i + 1), chinese ? Numerals.chinese(n) : Integer.toString(n));
        }
        return number;
    }

    private static void addTable(Doc.Builder doc, XWPFTable table) {
        int id = doc.startTable();
        Map<Integer, String> mergedAbove = new HashMap<>();
        for (XWPFTableRow row : table.getRows()) {
            List<Cell> cells = new ArrayList<>();
            CTTrPr rowProps = row.getCtRow().getTrPr();
            int before = rowProps == null || rowProps.sizeOfGridBeforeArray() == 0 ? 0
                    : rowProps.getGridBeforeArray(0).getVal().intValue();
            for (int i = 0; i < Math.min(before, MAX_COLUMNS); i++) {
                cells.add(Cell.of(""));
            }
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr props = cell.getCTTc().getTcPr();
                int span = props == null || props.getGridSpan() == null ? 1
                        : Math.max(1, props.getGridSpan().getVal().intValue());
                boolean continued = props != null && props.getVMerge() != null
                        && props.getVMerge().getVal() != STMerge.RESTART;
                int col = cells.size();
                String text = continued ? mergedAbove.getOrDefault(col, "") : cell.getText();
                for (int k = 0; k < span && cells.size() < MAX_COLUMNS; k++) {
                    cells.add(k == 0 ? Cell.of(text) : Cell.spannedBy(text));
                    mergedAbove.put(col + k, text);
                }
            }
            doc.row(id, cells);
        }
    }
}
