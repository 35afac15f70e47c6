package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogireport.i18n.Messages;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The 校验报告 as a Word file (A4 portrait). Chinese text is set in the East Asian font slot (w:eastAsia) of the
 * document defaults, or Word and WPS fall back to a Latin font for it; fonts are named, not embedded.
 */
final class CheckReportDocx implements CheckReportWriter {

    static final String BODY_FONT = "宋体";
    static final String HEADING_FONT = "黑体";
    static final String LATIN_FONT = "Times New Roman";
    /** Twips (1/20 pt): A4 is 210 × 297 mm; margins 25 mm leave a 160 mm text block. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1417;
    /** From the page edge to the header and footer: 1.5 and 1.75 cm, as Word's Chinese A4 page. */
    private static final int HEADER_DISTANCE = 851;
    private static final int FOOTER_DISTANCE = 992;
    private static final int TEXT_WIDTH = A4_WIDTH - 2 * MARGIN;
    private static final int BODY_PT = 11;
    private static final int TABLE_PT = 10;
    private static final String HEADER_FILL = "E6E6E6";
    private static final String ERROR_COLOR = "B00000";
    private static final String WARNING_COLOR = "9A6A00";

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public String extension() {
        return "docx";
    }

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            setUp(doc);
            paragraph(doc, report.title(), HEADING_FONT, 18, true, ParagraphAlignment.CENTER);
            paragraph(doc, report.subject(), BODY_FONT, BODY_PT + 1, false, ParagraphAlignment.CENTER);
            paragraph(doc, report.date(), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT);
            paragraph(doc, report.summary(), BODY_FONT, BODY_PT, true, ParagraphAlignment.LEFT);
            paragraph(doc, report.note(), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT);
            for (CheckReport.Group g : report.groups()) {
                paragraph(doc, g.heading(), HEADING_FONT, 14, false, ParagraphAlignment.LEFT).setSpacingBefore(240);
                table(doc, g.lines());
            }
            paragraph(doc, Messages.get("check.signature"), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT)
                    .setSpacingBefore(720);
            doc.write(out);
        }
    }

    /** Fonts in the document defaults (East Asian slot included), Chinese language, A4 page. */
    private static void setUp(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(LATIN_FONT);
        fonts.setHAnsi(LATIN_FONT);
        fonts.setCs(LATIN_FONT);
        fonts.setEastAsia(BODY_FONT);
        styles.setDefaultFonts(fonts);
        styles.setEastAsia("zh-CN");
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(MARGIN);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
        // Required by the schema: Word refuses a page margin without them (LibreOffice and WPS let it pass).
        margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int points, boolean bold,
                                           ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        run(p, text, font, points, bold, null);
        return p;
    }

    private static void run(XWPFParagraph p, String text, String font, int points, boolean bold, String color) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
    }

    /** A fixed-layout table with a grid and a width on every cell, so LibreOffice and WPS keep the columns. */
    private static void table(XWPFDocument doc, List<CheckReport.Line> lines) {
        List<String> headings = CheckReport.columns();
        XWPFTable table = doc.createTable(lines.size() + 1, headings.size());
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        int[] widths = new int[CheckReport.COLUMN_PERCENT.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = TEXT_WIDTH * CheckReport.COLUMN_PERCENT.get(i) / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headings.size(); c++) {
            XWPFTableCell cell = cell(header, c, widths[c]);
            cell.setColor(HEADER_FILL);
            run(cell.getParagraphs().get(0), headings.get(c), HEADING_FONT, TABLE_PT, false, null);
        }
        for (int i = 0; i < lines.size(); i++) {
            CheckReport.Line l = lines.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            row.setCantSplitRow(true);
            String severityColor = l.severity().equals("E") ? ERROR_COLOR : l.severity().equals("W") ? WARNING_COLOR
                    : null;
            String[] values = {l.rule(), l.severityLabel(), l.place(), l.message(), l.explanation()};
            for (int c = 0; c < values.length; c++) {
                boolean open = c == values.length - 1 && l.severity().equals("W") && !l.explained();
                run(cell(row, c, widths[c]).getParagraphs().get(0), values[c], BODY_FONT, TABLE_PT,
                        c == 1 && l.severity().equals("E"), c == 1 || open ? severityColor : null);
            }
        }
    }

    private static XWPFTableCell cell(XWPFTableRow row, int column, int width) {
        XWPFTableCell cell = row.getCell(column);
        CTTblWidth w = cell.getCTTc().addNewTcPr().addNewTcW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(width));
        return cell;
    }
}
