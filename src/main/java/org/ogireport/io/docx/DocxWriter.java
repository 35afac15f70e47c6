package org.ogireport.io.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.namespace.QName;
import java.util.List;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeaderFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.ogireport.exchange.ReportJson;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.OfficeProperties;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.export.ReportContent;
import org.ogireport.io.export.TableLayout;
import org.ogireport.model.Report;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * The report as a Word file typeset as a 公文 (spec §10): A4 with the margins of GB/T 9704, the 公文 fonts, the
 * three tables with the official merges, page numbers "— N —" outside on odd and even pages, the organ and date at
 * the end. The exchange JSON rides along in the package ({@link OwnFiles}) so that the app reads its own file back
 * exactly.
 */
public final class DocxWriter implements ReportWriter {

    /** Twips per millimetre: 1440 per inch. */
    static final double TWIPS_PER_MM = 1440 / 25.4;
    static final int PAGE_WIDTH = 11906;
    static final int PAGE_HEIGHT = 16838;
    static final int MARGIN_TOP = mm(37);
    static final int MARGIN_BOTTOM = mm(35);
    static final int MARGIN_LEFT = mm(28);
    static final int MARGIN_RIGHT = mm(26);
    /** The width of the text block (156 mm). */
    static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;
    /** The page number's line starts 7 mm below the text block: the footer's bottom edge sits one line lower. */
    static final int FOOTER_DISTANCE = MARGIN_BOTTOM - mm(7) - DocxStyles.PAGE_NUMBER_HALF_POINTS * 10;
    /** One 4号 character: the page number's distance from the text block's outer edge. */
    static final int PAGE_NUMBER_INDENT = DocxStyles.PAGE_NUMBER_HALF_POINTS * 10;

    @Override
    public String id() {
        return "docx";
    }

    @Override
    public void write(Report report, ExportOptions options, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            DocxFonts.install(doc);
            setUpPages(doc, options);
            ReportContent.write(report, options, new Body(doc));
            embedJson(doc, report);
            String organ = report.organ().name();
            OfficeProperties.set(doc.getProperties(), organ, report.catalog().title(organ, report.year()));
            doc.write(CloseShieldOutputStream.wrap(out));
        }
    }

    /** A first XWPFDocument costs about half a second of class loading: pay it early, on another thread. */
    @Override
    public void prepare() {
        try (XWPFDocument doc = new XWPFDocument()) {
            DocxStyles.install(doc);
            setUpPages(doc, ExportOptions.finalCopy(LocalDate.now()));
            doc.createTable();
            doc.write(OutputStream.nullOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static int mm(double millimetres) {
        return (int) Math.round(millimetres * TWIPS_PER_MM);
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    private static void setUpPages(XWPFDocument doc, ExportOptions options) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN_TOP));
        margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
        margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
        margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
        margins.setHeader(BigInteger.valueOf(mm(15)));
        margins.setFooter(BigInteger.valueOf(FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);

        doc.setEvenAndOddHeadings(true);
        compatibilityMode(doc);
        pageNumber(doc.createFooter(HeaderFooterType.DEFAULT), true);
        pageNumber(doc.createFooter(HeaderFooterType.EVEN), false);
        if (options.isDraft()) {
            for (HeaderFooterType type : new HeaderFooterType[] {HeaderFooterType.DEFAULT, HeaderFooterType.EVEN}) {
                XWPFParagraph p = doc.createHeader(type).createParagraph();
                p.setStyle(DocxStyles.DRAFT);
                p.createRun().setText(ReportContent.draftMark());
            }
        }
    }

    /**
     * Word 2013's layout rules, so that Word does not open the file in 兼容模式. POI's schema subset lacks the
     * {@code w:compat} type, so the element is written with a cursor, after evenAndOddHeaders as the schema orders.
     */
    private static void compatibilityMode(XWPFDocument doc) {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (XmlCursor cursor = doc.getSettings().getCTSettings().newCursor()) {
            cursor.toEndToken();
            cursor.beginElement(new QName(w, "compat"));
            cursor.beginElement(new QName(w, "compatSetting"));
            cursor.insertAttributeWithValue(new QName(w, "name"), "compatibilityMode");
            cursor.insertAttributeWithValue(new QName(w, "uri"), "http://schemas.microsoft.com/office/word");
            cursor.insertAttributeWithValue(new QName(w, "val"), "15");
        }
    }

    /** "— N —" with a PAGE field: odd pages at the right, even pages at the left, one character in. */
    private static void pageNumber(XWPFHeaderFooter footer, boolean odd) {
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(DocxStyles.PAGE_NUMBER);
        CTPPr pPr = properties(p);
        pPr.addNewJc().setVal(odd ? STJc.RIGHT : STJc.LEFT);
        if (odd) {
            pPr.addNewInd().setRight(BigInteger.valueOf(PAGE_NUMBER_INDENT));
        } else {
            pPr.addNewInd().setLeft(BigInteger.valueOf(PAGE_NUMBER_INDENT));
        }
        p.createRun().setText("— ");
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTR instruction = p.getCTP().addNewR();
        instruction.addNewInstrText().setStringValue(" PAGE ");
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.getCTP().addNewR().addNewT().setStringValue("1");
        p.getCTP().addNewR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }

    private static CTPPr properties(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    // ---- the exchange JSON ------------------------------------------------------------------------------------

    private static void embedJson(XWPFDocument doc, Report report) throws IOException {
        try {
            OPCPackage pkg = doc.getPackage();
            PackagePartName name = PackagingURIHelper.createPartName(OwnFiles.DOCX_JSON_PART);
            PackagePart part = pkg.createPart(name, OwnFiles.DOCX_JSON_CONTENT_TYPE);
            try (OutputStream os = part.getOutputStream()) {
                os.write(ReportJson.write(report).getBytes(StandardCharsets.UTF_8));
            }
            pkg.addRelationship(name, TargetMode.INTERNAL, OwnFiles.DOCX_JSON_RELATIONSHIP);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- the body -------------------------------------------------------------------------------------------

    /** Writes the report's content as paragraphs and tables of the document body. */
    private static final class Body implements ReportContent.Sink {
        private final XWPFDocument doc;

        Body(XWPFDocument doc) {
            this.doc = doc;
        }

        @Override
        public void title(String organLine, String yearLine, boolean bold) {
            XWPFRun run = newParagraph(DocxStyles.TITLE).createRun();
            run.setBold(bold);
            run.setText(organLine);
            run.addBreak();
            run.setText(yearLine);
            // One blank line between the title and the text, as GB/T 9704 lays it out.
            newParagraph(DocxStyles.BODY);
        }

        @Override
        public void draftLine(String line) {
            newParagraph(DocxStyles.DRAFT).createRun().setText(line);
        }

        @Override
        public void heading(int level, String text) {
            newParagraph(level == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2).createRun().setText(text);
        }

        @Override
        public void paragraph(String text) {
            newParagraph(DocxStyles.BODY).createRun().setText(text);
        }

        @Override
        public void runIn(String heading, String text) {
            XWPFParagraph p = newParagraph(DocxStyles.BODY);
            p.createRun().setStyle(DocxStyles.RUN_IN_HEADING);
            p.getRuns().get(0).setText(heading);
            p.createRun().setText(text);
        }

        @Override
        public void table(TableLayout table) {
            DocxTable.write(doc, table);
            newParagraph(DocxStyles.BODY);
        }

        @Override
        public void closing(String organ, String date) {
            // The signature never starts a page alone: it keeps with the text above (two lines left for the stamp).
            List<XWPFParagraph> written = doc.getParagraphs();
            keepWithNext(written.get(written.size() - 1));
            keepWithNext(newParagraph(DocxStyles.BODY));
            keepWithNext(newParagraph(DocxStyles.BODY));
            XWPFParagraph organLine = newParagraph(DocxStyles.CLOSING);
            keepWithNext(organLine);
            organLine.createRun().setText(organ);
            // GB/T 9704 (stamped): the date four characters in from the right, the organ centred above it.
            double inEms = Math.max(2, 4 + (ReportContent.ems(date) - ReportContent.ems(organ)) / 2);
            organLine.setIndentationRight((int) Math.round(inEms * DocxStyles.TWO_CHARS_TWIPS / 2));
            newParagraph(DocxStyles.CLOSING).createRun().setText(date);
        }

        private static void keepWithNext(XWPFParagraph p) {
            if (!properties(p).isSetKeepNext()) {
                properties(p).addNewKeepNext();
            }
        }

        private XWPFParagraph newParagraph(String style) {
            XWPFParagraph p = doc.createParagraph();
            if (!style.equals(DocxStyles.BODY)) {
                p.setStyle(style);
            }
            return p;
        }
    }
}
