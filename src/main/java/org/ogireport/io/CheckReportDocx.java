package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Severity;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The 校验报告 as a Word file (A4 portrait, numbered pages). Chinese text is set in the East Asian font slot
 * (w:eastAsia) of the document defaults, or Word and WPS fall back to a Latin font for it; fonts are named, not
 * embedded. A rule id never breaks at its hyphen (a non-breaking hyphen), several ids take a line each.
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
    /** A rule's name under its id, and a long sum's terms under its message. */
    private static final int SMALL_PT = 8;
    private static final String HEADER_FILL = "E6E6E6";
    private static final String ERROR_COLOR = "B00000";
    private static final String WARNING_COLOR = "9A6A00";
    private static final String QUIET_COLOR = "555555";
    /** Marks where a page field goes in the page line's pattern. */
    private static final String FIELD = "\u0000";

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
            paragraph(doc, report.version(), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT).setSpacingBefore(240);
            paragraph(doc, report.date(), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT);
            paragraph(doc, report.summary(), BODY_FONT, BODY_PT, true, ParagraphAlignment.LEFT);
            paragraph(doc, report.note(), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT);
            for (CheckReport.Group g : report.groups()) {
                XWPFParagraph heading = paragraph(doc, g.heading(), HEADING_FONT, 14, false, ParagraphAlignment.LEFT);
                heading.setSpacingBefore(240);
                heading.setKeepNext(true);
                findings(doc, g.lines());
            }
            XWPFParagraph rulesHeading = paragraph(doc, Messages.get("check.rulesHeading"), HEADING_FONT, 14, false,
                    ParagraphAlignment.LEFT);
            rulesHeading.setSpacingBefore(240);
            rulesHeading.setKeepNext(true);
            rules(doc, report.rules());
            paragraph(doc, Messages.get("check.signature"), BODY_FONT, BODY_PT, false, ParagraphAlignment.LEFT)
                    .setSpacingBefore(720);
            OfficeProperties.set(doc.getProperties(), report.organ(), report.title() + " — " + report.subject());
            doc.write(out);
        }
    }

    /** Fonts in the document defaults (East Asian slot included), Chinese language, A4 page, page numbers. */
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
        pageNumbers(doc.createFooter(HeaderFooterType.DEFAULT).createParagraph());
    }

    /** 第 N 页，共 M 页, with PAGE and NUMPAGES fields where the pattern has its arguments. */
    private static void pageNumbers(XWPFParagraph p) {
        p.setAlignment(ParagraphAlignment.CENTER);
        String[] parts = Messages.get("check.pageOf", FIELD + "PAGE" + FIELD, FIELD + "NUMPAGES" + FIELD)
                .split(FIELD, -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 0) {
                if (!parts[i].isEmpty()) {
                    run(p, parts[i], BODY_FONT, TABLE_PT, false, null);
                }
                continue;
            }
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
            p.getCTP().addNewR().addNewInstrText().setStringValue(" " + parts[i] + " ");
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
            p.getCTP().addNewR().addNewT().setStringValue("1");
            p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        }
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, int points, boolean bold,
                                           ParagraphAlignment alignment) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        run(p, text, font, points, bold, null);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, String font, int points, boolean bold, String color) {
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(points);
        r.setBold(bold);
        if (color != null) {
            r.setColor(color);
        }
        return r;
    }

    /** The findings of one severity: rule (id and name), place, message (and a long sum's terms), explanation. */
    private static void findings(XWPFDocument doc, List<CheckReport.Line> lines) {
        XWPFTable table = table(doc, lines.size(), CheckReport.columns(), CheckReport.COLUMN_PERCENT);
        for (int i = 0; i < lines.size(); i++) {
            CheckReport.Line l = lines.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            String color = l.severity() == Severity.E ? ERROR_COLOR : l.severity() == Severity.W ? WARNING_COLOR
                    : null;
            XWPFParagraph rule = row.getCell(0).getParagraphs().get(0);
            for (int k = 0; k < l.ruleIds().size(); k++) {
                ruleId(rule, l.ruleIds().get(k), color, k < l.ruleIds().size() - 1);
            }
            if (!l.ruleName().isEmpty()) {
                run(row.getCell(0).addParagraph(), l.ruleName(), BODY_FONT, SMALL_PT, false, QUIET_COLOR);
            }
            run(row.getCell(1).getParagraphs().get(0), l.place(), BODY_FONT, TABLE_PT, false, null);
            run(row.getCell(2).getParagraphs().get(0), l.message(), BODY_FONT, TABLE_PT, false, null);
            if (l.terms() != null) {
                run(row.getCell(2).addParagraph(), l.terms(), BODY_FONT, SMALL_PT, false, QUIET_COLOR);
            }
            boolean open = l.severity() == Severity.W && !l.explained();
            run(row.getCell(3).getParagraphs().get(0), l.explanation(), BODY_FONT, TABLE_PT, false,
                    open ? WARNING_COLOR : null);
        }
    }

    /** A rule id whose hyphens do not break (T3-02 stays whole), and a line break after it when more follow. */
    private static void ruleId(XWPFParagraph p, String id, String color, boolean more) {
        String[] parts = id.split("-", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                CTR hyphen = run(p, "", LATIN_FONT, TABLE_PT, true, color).getCTR();
                hyphen.removeT(0);
                hyphen.addNewNoBreakHyphen();
            }
            run(p, parts[i], LATIN_FONT, TABLE_PT, true, color);
        }
        if (more) {
            p.getRuns().get(p.getRuns().size() - 1).addBreak();
        }
    }

    /** Every rule with its name, basis and result. */
    private static void rules(XWPFDocument doc, List<CheckReport.RuleLine> rules) {
        XWPFTable table = table(doc, rules.size(), CheckReport.ruleColumns(), CheckReport.RULE_COLUMN_PERCENT);
        for (int i = 0; i < rules.size(); i++) {
            CheckReport.RuleLine rule = rules.get(i);
            XWPFTableRow row = table.getRow(i + 1);
            ruleId(row.getCell(0).getParagraphs().get(0), rule.id(), null, false);
            run(row.getCell(1).getParagraphs().get(0), rule.name(), BODY_FONT, TABLE_PT, false, null);
            run(row.getCell(2).getParagraphs().get(0), rule.basis(), BODY_FONT, TABLE_PT, false, null);
            String color = switch (rule.outcome()) {
                case FAILED -> ERROR_COLOR;
                case NOT_CHECKED -> WARNING_COLOR;
                case PASSED -> null;
            };
            run(row.getCell(3).getParagraphs().get(0), rule.result(), BODY_FONT, TABLE_PT,
                    rule.outcome() != CheckReport.Outcome.PASSED, color);
        }
    }

    /**
     * A fixed-layout table with a heading row repeated on every page, rows not split, a grid and a width on every
     * cell, so that LibreOffice and WPS keep the columns.
     */
    private static XWPFTable table(XWPFDocument doc, int rows, List<String> headings, List<Integer> percents) {
        XWPFTable table = doc.createTable(rows + 1, headings.size());
        CTTblPr pr = table.getCTTbl().getTblPr() == null ? table.getCTTbl().addNewTblPr() : table.getCTTbl().getTblPr();
        CTTblWidth width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(TEXT_WIDTH));
        CTTblLayoutType layout = pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout();
        layout.setType(STTblLayoutType.FIXED);
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid()
                : table.getCTTbl().getTblGrid();
        int[] widths = new int[percents.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = TEXT_WIDTH * percents.get(i) / 100;
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[i]));
        }
        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        for (int c = 0; c < headings.size(); c++) {
            XWPFTableCell cell = header.getCell(c);
            cell.setColor(HEADER_FILL);
            run(cell.getParagraphs().get(0), headings.get(c), HEADING_FONT, TABLE_PT, false, null);
        }
        for (XWPFTableRow row : table.getRows()) {
            row.setCantSplitRow(true);
            for (int c = 0; c < widths.length; c++) {
                CTTc tc = row.getCell(c).getCTTc();
                CTTblWidth w = (tc.isSetTcPr() ? tc.getTcPr() : tc.addNewTcPr()).addNewTcW();
                w.setType(STTblWidth.DXA);
                w.setW(BigInteger.valueOf(widths[c]));
            }
        }
        return table;
    }
}
