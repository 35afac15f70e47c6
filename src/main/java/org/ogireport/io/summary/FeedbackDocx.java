package org.ogireport.io.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.ogireport.i18n.Messages;
import org.ogireport.io.export.GongwenFonts;
import org.ogireport.model.Organ;
import org.ogireport.rules.Finding;

/**
 * The 反馈单 (.docx) the compiling office sends back with returned reports: for each unit, why its report is
 * returned (the office's comment) and every finding of its own rules, errors first, ready to send.
 */
public final class FeedbackDocx {

    /** A returned unit's page: the office's comment and its report's findings. */
    public record Returned(String unit, String comment, List<Finding> findings) {
    }

    /** Twips: A4, margins 25 mm. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1417;

    private FeedbackDocx() {
    }

    public static void write(Organ compiler, int year, LocalDate date, List<Returned> units, OutputStream out)
            throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            page(doc);
            boolean first = true;
            for (Returned u : units) {
                XWPFParagraph title = paragraph(doc, Messages.get("summary.feedback.title", year), GongwenFonts.HEITI,
                        18, true, ParagraphAlignment.CENTER);
                title.setPageBreak(!first);
                first = false;
                paragraph(doc, Messages.get("summary.feedback.to", u.unit()), GongwenFonts.SONGTI, 12, false,
                        ParagraphAlignment.LEFT);
                paragraph(doc, Messages.get("summary.feedback.comment", u.comment()), GongwenFonts.SONGTI, 12, false,
                        ParagraphAlignment.LEFT);
                paragraph(doc, Messages.get("summary.feedback.count", u.findings().size()), GongwenFonts.SONGTI, 12,
                        false, ParagraphAlignment.LEFT);
                findings(doc, u.findings());
                paragraph(doc, Messages.get("summary.feedback.ask"), GongwenFonts.SONGTI, 12, false,
                        ParagraphAlignment.LEFT).setSpacingBefore(240);
                paragraph(doc, compiler.name(), GongwenFonts.SONGTI, 12, false, ParagraphAlignment.RIGHT)
                        .setSpacingBefore(480);
                paragraph(doc, Messages.get("summary.feedback.date", date.getYear(), date.getMonthValue(),
                        date.getDayOfMonth()), GongwenFonts.SONGTI, 12, false, ParagraphAlignment.RIGHT);
            }
            doc.write(out);
        }
    }

    private static void page(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar mar = sect.addNewPgMar();
        for (var set : List.<java.util.function.Consumer<BigInteger>>of(mar::setTop, mar::setBottom, mar::setLeft,
                mar::setRight)) {
            set.accept(BigInteger.valueOf(MARGIN));
        }
        mar.setHeader(BigInteger.valueOf(851));
        mar.setFooter(BigInteger.valueOf(992));
        mar.setGutter(BigInteger.ZERO);
    }

    private static void findings(XWPFDocument doc, List<Finding> findings) {
        List<Finding> sorted = findings.stream().sorted(java.util.Comparator.comparing(Finding::severity)).toList();
        XWPFTable table = doc.createTable(sorted.size() + 1, 3);
        CTTblWidth width = table.getCTTbl().addNewTblPr().addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(A4_WIDTH - 2L * MARGIN));
        String[] heads = {Messages.get("summary.feedback.rule"), Messages.get("summary.feedback.severity"),
                Messages.get("summary.feedback.finding")};
        fill(table.getRow(0), heads, true);
        for (int i = 0; i < sorted.size(); i++) {
            Finding f = sorted.get(i);
            fill(table.getRow(i + 1), new String[] {f.rule(), severity(f), f.message()}, false);
        }
    }

    private static String severity(Finding f) {
        return Messages.get(switch (f.severity()) {
            case E -> "summary.feedback.E";
            case W -> "summary.feedback.W";
            case I -> "summary.feedback.I";
        });
    }

    private static void fill(XWPFTableRow row, String[] texts, boolean bold) {
        for (int i = 0; i < texts.length; i++) {
            XWPFParagraph p = row.getCell(i).getParagraphs().get(0);
            XWPFRun run = p.createRun();
            run.setText(texts[i]);
            run.setBold(bold);
            font(run, GongwenFonts.SONGTI);
            run.setFontSize(10.5);
        }
    }

    /** Chinese text takes the East Asian font slot (Word and WPS fall back to a Latin font without it). */
    private static void font(XWPFRun run, String font) {
        run.setFontFamily(GongwenFonts.LATIN, XWPFRun.FontCharRange.ascii);
        run.setFontFamily(GongwenFonts.LATIN, XWPFRun.FontCharRange.hAnsi);
        run.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text, String font, double size, boolean bold,
                                           ParagraphAlignment align) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun run = p.createRun();
        run.setText(text);
        font(run, font);
        run.setFontSize(size);
        run.setBold(bold);
        return p;
    }
}
