package org.ogireport.io.read;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.io.OwnFiles;
import org.ogireport.model.Report;

/**
 * Writes a report as a Word file in the official layout, for the tests: the tables built from the catalog with
 * the official merges (gridSpan across, vMerge down), the prose under its headings. The labels can be restyled
 * the way other offices print them; the file can carry the exchange JSON the way {@link OwnFiles} says our
 * export does.
 */
final class OfficialWord {

    private OfficialWord() {
    }

    static void write(Report report, Path file, UnaryOperator<String> labels, boolean own) throws IOException {
        try (XWPFDocument doc = build(report, labels)) {
            if (own) {
                embed(doc, ReportJson.write(report));
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    static XWPFDocument build(Report report, UnaryOperator<String> labels) {
        return build(report, labels, false);
    }

    /**
     * The report as a Word file.
     *
     * @param flattened tables as a copy that lost its merged cells prints them ({@link FlatTables}), instead of
     *                  the official merges
     */
    static XWPFDocument build(Report report, UnaryOperator<String> labels, boolean flattened) {
        FormatCatalog catalog = report.catalog();
        XWPFDocument doc = new XWPFDocument();
        paragraph(doc, report.organ().name());
        paragraph(doc, catalog.title("", report.year()));
        paragraph(doc, report.text(catalog.texts().get(0).key()));
        for (Section s : catalog.sections()) {
            paragraph(doc, labels.apply(s.heading()));
            for (TextField t : s.texts()) {
                if (t.heading() != null) {
                    paragraph(doc, labels.apply(t.heading()));
                }
                for (String p : report.text(t.key()).split("\n")) {
                    paragraph(doc, p);
                }
            }
            if (s.tableId() != null && flattened) {
                flatTable(doc, FlatTables.rows(catalog.table(s.tableId()), report));
            } else if (s.tableId() != null) {
                table(doc, catalog.table(s.tableId()), report, labels);
            }
        }
        return doc;
    }

    /**
     * Writes the report with its section headings numbered by a Word list (一、 in Chinese counting), as many
     * offices number them: the number is not in the heading's text, Word prints it.
     */
    static void writeWithNumberedHeadings(Report report, Path file) throws IOException {
        try (XWPFDocument doc = build(report, UnaryOperator.identity())) {
            CTAbstractNum list = CTAbstractNum.Factory.newInstance();
            list.setAbstractNumId(BigInteger.ONE);
            CTLvl level = list.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewNumFmt().setVal(STNumberFormat.CHINESE_COUNTING);
            level.addNewLvlText().setVal("%1、");
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger numId = numbering.addNum(numbering.addAbstractNum(new XWPFAbstractNum(list)));
            for (XWPFParagraph p : doc.getParagraphs()) {
                for (Section s : report.catalog().sections()) {
                    if (p.getText().equals(s.heading())) {
                        p.getRuns().get(0).setText(s.heading().substring(2), 0); // Word prints the 一、
                        p.setNumID(numId);
                        p.setNumILvl(BigInteger.ZERO);
                    }
                }
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                doc.write(out);
            }
        }
    }

    /** Adds the exchange JSON as OwnFiles describes: a part related from the package root. */
    static void embed(XWPFDocument doc, String json) throws IOException {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName(OwnFiles.DOCX_JSON_PART);
            PackagePart part = pkg.createPart(name, OwnFiles.DOCX_JSON_CONTENT_TYPE);
            try (OutputStream out = part.getOutputStream()) {
                out.write(json.getBytes(StandardCharsets.UTF_8));
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, OwnFiles.DOCX_JSON_RELATIONSHIP);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static void paragraph(XWPFDocument doc, String text) {
        if (!text.isEmpty()) {
            doc.createParagraph().createRun().setText(text);
        }
    }

    private static void table(XWPFDocument doc, TableSpec spec, Report report, UnaryOperator<String> labels) {
        int labelCols = spec.grids().stream().mapToInt(g -> g.rows().stream().mapToInt(r -> r.path().size()).max()
                .orElse(0)).max().orElse(0);
        int valueCols = spec.grids().stream().mapToInt(g -> g.columns().size()).max().orElse(0);
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        for (Grid g : spec.grids()) {
            if (g.title() != null) {
                row(table).add(labels.apply(g.title()), labelCols + valueCols, null);
            }
            int levels = g.columns().stream().mapToInt(c -> c.path().size()).max().orElse(1);
            for (int level = 0; level < levels; level++) {
                Cells row = row(table);
                if (labelCols > 0) {
                    row.add(level == 0 ? (g.corner() == null ? "" : labels.apply(g.corner())) : "", labelCols,
                            levels == 1 ? null : level == 0 ? STMerge.RESTART : STMerge.CONTINUE);
                }
                List<Header> cols = g.columns();
                for (int c = 0; c < cols.size(); ) {
                    List<String> path = cols.get(c).path();
                    if (level >= path.size()) {
                        row.add("", 1, STMerge.CONTINUE);
                        c++;
                        continue;
                    }
                    int span = 1;
                    while (c + span < cols.size() && cols.get(c + span).path().size() > level
                            && cols.get(c + span).path().subList(0, level + 1).equals(path.subList(0, level + 1))) {
                        span++;
                    }
                    boolean last = level == path.size() - 1;
                    row.add(labels.apply(path.get(level)), span + (c + span == cols.size() ? valueCols - cols.size()
                            : 0), last && level < levels - 1 ? STMerge.RESTART : null);
                    c += span;
                }
            }
            Header previous = null;
            for (Header r : g.rows()) {
                Cells row = row(table);
                List<String> path = r.path();
                for (int level = 0; level < labelCols; level++) {
                    if (level >= path.size()) {
                        break;
                    }
                    boolean innermost = level == path.size() - 1;
                    boolean sameAbove = previous != null && previous.path().size() > level + 1
                            && previous.path().subList(0, level + 1).equals(path.subList(0, level + 1));
                    row.add(sameAbove ? "" : labels.apply(path.get(level)), innermost ? labelCols - level : 1,
                            innermost ? null : sameAbove ? STMerge.CONTINUE : STMerge.RESTART);
                }
                for (int c = 0; c < g.columns().size(); c++) {
                    BigDecimal v = report.value(g.cellKey(r, g.columns().get(c)));
                    int span = c == g.columns().size() - 1 ? valueCols - g.columns().size() + 1 : 1;
                    row.add(v == null ? "" : v.toPlainString(), span, null);
                }
                previous = r;
            }
        }
    }

    /** A table of the rows given, each cell on its own, nothing merged. */
    private static void flatTable(XWPFDocument doc, List<List<String>> rows) {
        XWPFTable table = doc.createTable();
        table.removeRow(0);
        for (List<String> cells : rows) {
            Cells row = row(table);
            cells.forEach(text -> row.add(text, 1, null));
        }
    }

    private static Cells row(XWPFTable table) {
        return new Cells(table.createRow());
    }

    /** Adds cells to a new row (POI gives a new row of a fresh table one empty cell to start with). */
    private static final class Cells {
        private final XWPFTableRow row;
        private boolean first = true;

        Cells(XWPFTableRow row) {
            this.row = row;
            while (row.getTableCells().size() > 1) {
                row.removeCell(row.getTableCells().size() - 1);
            }
        }

        Cells add(String text, int span, STMerge.Enum merge) {
            XWPFTableCell cell = first && row.getTableCells().size() == 1 ? row.getCell(0) : row.addNewTableCell();
            first = false;
            cell.setText(text);
            CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            if (merge != null) {
                pr.addNewVMerge().setVal(merge);
            }
            return this;
        }
    }
}
