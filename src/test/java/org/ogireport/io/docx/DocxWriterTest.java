package org.ogireport.io.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ooxml.util.DocumentHelper;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.Formats;
import org.ogireport.io.ImportResult;
import org.ogireport.io.OwnFiles;
import org.ogireport.io.export.OfficialTemplate;
import org.ogireport.io.export.PrintedGrid;
import org.ogireport.io.export.TableLayout;
import org.ogireport.io.export.TableLayoutTest;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Report;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TestReports;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Writes reports as .docx and reads them back with POI, checking what spec §10 and the issue ask for. */
class DocxWriterTest {

    private static final LocalDate DATE = LocalDate.of(2025, 1, 20);
    /** Twips per millimetre; a value in twips is within half a twip of the exact millimetres. */
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private final DocxWriter writer = new DocxWriter();
    private final Report huaian = Huaian2024.report();

    private XWPFDocument write(Report report, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(report, options, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private XWPFDocument writeFinal(Report report) throws IOException {
        return write(report, ExportOptions.finalCopy(DATE));
    }

    @Test
    void theTextComesInTheCatalogsOrderWithItsStyles() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs().stream().filter(p -> !p.getText().isEmpty())
                    .toList();
            List<String> expected = new ArrayList<>();
            List<String> styles = new ArrayList<>();
            FormatCatalog catalog = huaian.catalog();
            expected.add("淮安市人民政府\n2024年政府信息公开工作年度报告");
            styles.add(DocxStyles.TITLE);
            expected.add(huaian.text("s0.preamble"));
            styles.add(null);
            for (Section s : catalog.sections()) {
                expected.add(s.heading());
                styles.add(DocxStyles.HEADING_1);
                for (TextField t : s.texts()) {
                    if (t.heading() != null) {
                        expected.add(t.heading());
                        styles.add(DocxStyles.HEADING_2);
                    }
                    for (String line : huaian.text(t.key()).split("\n")) {
                        expected.add(line);
                        styles.add(null);
                    }
                }
            }
            expected.add("淮安市人民政府");
            styles.add(DocxStyles.CLOSING);
            expected.add("2025年1月20日");
            styles.add(DocxStyles.CLOSING);
            assertThat(paragraphs.stream().map(XWPFParagraph::getText).toList()).containsExactlyElementsOf(expected);
            assertThat(paragraphs.stream().map(XWPFParagraph::getStyle).toList()).containsExactlyElementsOf(styles);
        }
    }

    @Test
    void theTablesComeInTheirSectionsAndShowEveryLabelAndNumberOfTheCatalog() throws IOException {
        for (Report report : List.of(huaian, TestReports.full(2023, 3), TestReports.empty(2024),
                TableLayoutTest.trialReport())) {
            try (XWPFDocument doc = writeFinal(report)) {
                List<TableSpec> specs = report.catalog().tables();
                assertThat(doc.getTables()).hasSize(specs.size());
                for (int i = 0; i < specs.size(); i++) {
                    PrintedGrid.of(doc.getTables().get(i)).assertShows(specs.get(i), report);
                    String heading = report.catalog().section(specs.get(i).sectionKey()).heading();
                    assertThat(textBefore(doc, doc.getTables().get(i))).as("heading above %s", specs.get(i).id())
                            .isEqualTo(heading);
                }
            }
        }
    }

    @Test
    void theTablesAreMergedExactlyLikeTheOfficialTemplate() throws IOException {
        List<PrintedGrid> template = OfficialTemplate.tables();
        try (XWPFDocument doc = writeFinal(huaian)) {
            for (int i = 0; i < template.size(); i++) {
                OfficialTemplate.assertSameLayout(PrintedGrid.of(doc.getTables().get(i)), template.get(i),
                        "table " + i);
            }
        }
    }

    @Test
    void tablesHaveAFixedGridThatFitsTheTextBlockAndAWidthOnEveryCell() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            for (XWPFTable table : doc.getTables()) {
                assertThat(table.getCTTbl().getTblPr().getTblLayout().getType()).isEqualTo(STTblLayoutType.FIXED);
                List<Integer> grid = new ArrayList<>();
                for (CTTblGridCol col : table.getCTTbl().getTblGrid().getGridColList()) {
                    grid.add(twips(col.getW()));
                }
                int total = grid.stream().mapToInt(Integer::intValue).sum();
                assertThat(total / TWIPS_PER_MM).as("table width in mm").isCloseTo(156, within(0.1));
                assertThat(twips(table.getCTTbl().getTblPr().getTblW().getW())).isEqualTo(total);
                for (XWPFTableRow row : table.getRows()) {
                    int c = 0;
                    for (XWPFTableCell cell : row.getTableCells()) {
                        CTTcPr pr = cell.getCTTc().getTcPr();
                        int span = pr.isSetGridSpan() ? twips(pr.getGridSpan().getVal()) : 1;
                        int expected = grid.subList(c, c + span).stream().mapToInt(Integer::intValue).sum();
                        assertThat(twips(pr.getTcW().getW())).as("cell width = its grid columns").isEqualTo(expected);
                        c += span;
                    }
                }
            }
        }
    }

    @Test
    void numbersAreCentredHeaderRowsRepeatAndNoRowSplits() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            XWPFStyle tableText = doc.getStyles().getStyle(DocxStyles.TABLE);
            assertThat(tableText.getCTStyle().getPPr().getJc().getVal()).isEqualTo(STJc.CENTER);
            int[] repeated = {0, 3, 3};
            for (int t = 0; t < 3; t++) {
                XWPFTable table = doc.getTables().get(t);
                for (int r = 0; r < table.getNumberOfRows(); r++) {
                    CTTrPr pr = table.getRow(r).getCtRow().getTrPr();
                    assertThat(pr.sizeOfCantSplitArray()).as("row %d of table %d kept whole", r, t).isEqualTo(1);
                    assertThat(pr.sizeOfTblHeaderArray()).as("row %d of table %d repeated", r, t)
                            .isEqualTo(r < repeated[t] ? 1 : 0);
                }
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        XWPFParagraph p = cell.getParagraphs().get(0);
                        assertThat(p.getStyle()).isEqualTo(DocxStyles.TABLE);
                        if (cell.getText().matches("[0-9.]+")) {
                            assertThat(p.getCTP().getPPr().isSetJc()).as("%s takes the style's centring",
                                    cell.getText()).isFalse();
                        }
                    }
                }
            }
        }
    }

    /**
     * What the layout keeps on one page stays there in Word and LibreOffice: "keep with next" on the paragraph of
     * every cell of the row, the continuations of a vertical merge included (a row takes it from all its cells).
     */
    @Test
    void rowsTheLayoutKeepsTogetherKeepWithTheNextInEveryCell() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            List<TableSpec> specs = huaian.catalog().tables();
            for (int t = 0; t < specs.size(); t++) {
                TableLayout layout = TableLayout.of(specs.get(t), huaian);
                XWPFTable table = doc.getTables().get(t);
                for (int r = 0; r < table.getNumberOfRows(); r++) {
                    boolean keep = layout.keepsWithNext(r);
                    for (XWPFTableCell cell : table.getRow(r).getTableCells()) {
                        assertThat(cell.getParagraphs().get(0).getCTP().getPPr().isSetKeepNext())
                                .as("table %d row %d", t, r).isEqualTo(keep);
                    }
                }
            }
            assertThat(doc.getTables().get(1).getRows().stream().filter(row -> row.getCtRow().getTcList().stream()
                    .anyMatch(tc -> tc.getPList().get(0).getPPr().isSetKeepNext()))).as("table 三's kept rows")
                    .hasSizeGreaterThan(18);
        }
    }

    /** Table 二's block captions (第二十条第（一）项) are centred, as in the app; its labels stay left. */
    @Test
    void tableTwosBlockCaptionsAreCentredLikeTheApps() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            XWPFTable t2 = doc.getTables().get(0);
            for (XWPFTableRow row : t2.getRows()) {
                XWPFParagraph p = row.getCell(0).getParagraphs().get(0);
                boolean caption = row.getTableCells().size() == 1;
                // a caption takes the table style's centring; a label is set left on the paragraph
                assertThat(p.getCTP().getPPr().isSetJc()).as(p.getText()).isEqualTo(!caption);
                if (!caption) {
                    assertThat(p.getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
                }
            }
        }
    }

    @Test
    void theRunInStyleSetsTheTitleBoldAndRunsTheTopicHeadingsInBoldKaitiIntoTheirParagraphs() throws IOException {
        Report styled = huaian.copy();
        styled.setHeadingStyle(HeadingStyle.RUN_IN);
        styled.setText("s1.platform", null);
        try (XWPFDocument doc = writeFinal(styled)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(0).getRuns().get(0).isBold()).as("the title").isTrue();
            XWPFParagraph active = ps.stream().filter(p -> p.getText().startsWith("（一）")).findFirst().orElseThrow();
            assertThat(active.getStyle()).as("a body paragraph").isNull();
            assertThat(active.getText()).isEqualTo("（一）主动公开情况。" + styled.text("s1.active").split("\n")[0]);
            assertThat(active.getRuns().get(0).getText(0)).isEqualTo("（一）主动公开情况。");
            assertThat(active.getRuns().get(0).getStyle()).isEqualTo(DocxStyles.RUN_IN_HEADING);
            CTRPr runIn = doc.getStyles().getStyle(DocxStyles.RUN_IN_HEADING).getCTStyle().getRPr();
            assertThat(runIn.getRFontsArray(0).getEastAsia()).isEqualTo("楷体_GB2312");
            assertThat(runIn.sizeOfBArray()).as("bold").isEqualTo(1);
            assertThat(ps).filteredOn(p -> DocxStyles.HEADING_2.equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .as("only a topic without text keeps its own line").containsExactly("（四）政府信息公开平台建设情况");
        }
        try (XWPFDocument doc = writeFinal(huaian)) {
            assertThat(doc.getParagraphs().get(0).getRuns().get(0).isBold()).isFalse();
        }
    }

    /** The heading run into the paragraph does not make the app misread its own file: it reads back exactly. */
    @Test
    void aRunInReportReadsBackExactly(@TempDir Path dir) throws IOException {
        Report styled = huaian.copy();
        styled.setHeadingStyle(HeadingStyle.RUN_IN);
        styled.setDated(LocalDate.of(2025, 1, 10));
        Path file = dir.resolve("年报.docx");
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(styled, ExportOptions.finalCopy(DATE), out);
        }
        ImportResult back = Formats.readerFor(file).orElseThrow().read(file);
        assertThat(back.warnings()).isEmpty();
        assertThat(back.report()).isEqualTo(styled);
    }

    @Test
    void theSignatureCarriesTheReportsDateOfIssueOrTheDayOfTheExport() throws IOException {
        Report dated = huaian.copy();
        dated.setDated(LocalDate.of(2025, 1, 10));
        try (XWPFDocument doc = writeFinal(dated)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(ps.size() - 1).getText()).isEqualTo("2025年1月10日");
        }
        try (XWPFDocument doc = writeFinal(huaian)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            assertThat(ps.get(ps.size() - 1).getText()).isEqualTo("2025年1月20日");
        }
    }

    @Test
    void thePageIsA4WithTheMarginsOfGbT9704() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            CTSectPr sect = doc.getDocument().getBody().getSectPr();
            assertThat(twips(sect.getPgSz().getW())).isEqualTo(11906);
            assertThat(twips(sect.getPgSz().getH())).isEqualTo(16838);
            CTPageMar m = sect.getPgMar();
            assertThat(twips(m.getTop()) / TWIPS_PER_MM).isCloseTo(37, within(0.02));
            assertThat(twips(m.getBottom()) / TWIPS_PER_MM).isCloseTo(35, within(0.02));
            assertThat(twips(m.getLeft()) / TWIPS_PER_MM).isCloseTo(28, within(0.02));
            assertThat(twips(m.getRight()) / TWIPS_PER_MM).isCloseTo(26, within(0.02));
            assertThat(doc.getSettings().getCTSettings().xmlText())
                    .containsPattern("<w:compat><w:compatSetting w:name=\"compatibilityMode\" [^>]*w:val=\"15\"/>");
        }
    }

    @Test
    void stylesNameTheGongwenFontsInTheEastAsianSlot() throws Exception {
        try (XWPFDocument doc = writeFinal(huaian)) {
            CTRPr defaults = doc.getStyle().getDocDefaults().getRPrDefault().getRPr();
            assertThat(defaults.getRFontsArray(0).getEastAsia()).isEqualTo("仿宋_GB2312");
            assertFonts(doc, DocxStyles.BODY, "仿宋_GB2312", "Times New Roman", null);
            assertFonts(doc, DocxStyles.TITLE, "方正小标宋简体", "Times New Roman", 44);
            assertFonts(doc, DocxStyles.HEADING_1, "黑体", "Times New Roman", null);
            assertFonts(doc, DocxStyles.HEADING_2, "楷体_GB2312", "Times New Roman", null);
            assertFonts(doc, DocxStyles.TABLE, "宋体", "Times New Roman", 21);
            assertFonts(doc, DocxStyles.PAGE_NUMBER, "宋体", "宋体", 28);
            assertThat(twips(defaults.getSzArray(0).getVal())).as("3号 = 16 pt").isEqualTo(32);

            var body = doc.getStyles().getStyle(DocxStyles.BODY).getCTStyle().getPPr();
            assertThat(body.getSpacing().getLineRule()).isEqualTo(STLineSpacingRule.EXACT);
            assertThat(twips(body.getSpacing().getLine()) / 20.0).as("line pitch in pt").isBetween(28.0, 29.5);
            assertThat(twips(body.getInd().getFirstLine())).as("two characters of 16 pt").isEqualTo(640);
            assertThat(body.getJc().getVal()).isEqualTo(STJc.BOTH);
        }
    }

    @Test
    void theFontTableNamesWhatToTakeWhereAGongwenFontIsMissing() throws Exception {
        try (XWPFDocument doc = writeFinal(huaian)) {
            PackagePart fonts = doc.getPackagePart().getRelatedPart(doc.getPackagePart()
                    .getRelationshipsByType(XWPFRelation.FONT_TABLE.getRelation()).getRelationship(0));
            NodeList list;
            try (InputStream in = fonts.getInputStream()) {
                list = DocumentHelper.readDocument(in).getElementsByTagNameNS(W, "font");
            }
            Map<String, String> alternates = new HashMap<>();
            for (int i = 0; i < list.getLength(); i++) {
                Element font = (Element) list.item(i);
                NodeList alt = font.getElementsByTagNameNS(W, "altName");
                alternates.put(font.getAttributeNS(W, "name"),
                        alt.getLength() == 0 ? null : ((Element) alt.item(0)).getAttributeNS(W, "val"));
            }
            assertThat(alternates).containsEntry("仿宋_GB2312", "仿宋").containsEntry("楷体_GB2312", "楷体")
                    .containsKeys("方正小标宋简体", "黑体", "宋体", "Times New Roman");
        }
    }

    private static void assertFonts(XWPFDocument doc, String styleId, String eastAsia, String latin, Integer size) {
        XWPFStyle style = doc.getStyles().getStyle(styleId);
        assertThat(style).as(styleId).isNotNull();
        CTRPr rPr = style.getCTStyle().getRPr();
        CTFonts fonts = rPr.getRFontsArray(0);
        assertThat(fonts.getEastAsia()).as(styleId + " East Asian font").isEqualTo(eastAsia);
        assertThat(fonts.getAscii()).as(styleId + " digits").isEqualTo(latin);
        assertThat(fonts.getHAnsi()).as(styleId + " Latin").isEqualTo(latin);
        if (size != null) {
            assertThat(twips(rPr.getSzArray(0).getVal())).as(styleId + " size").isEqualTo(size);
        }
    }

    @Test
    void pageNumbersAreAPageFieldBetweenDashesOutsideOnOddAndEvenPages() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            assertThat(doc.getEvenAndOddHeadings()).isTrue();
            var policy = doc.getHeaderFooterPolicy();
            assertPageNumber(policy.getDefaultFooter(), STJc.RIGHT);
            assertPageNumber(policy.getEvenPageFooter(), STJc.LEFT);
        }
    }

    private static void assertPageNumber(XWPFFooter footer, STJc.Enum alignment) {
        assertThat(footer).isNotNull();
        XWPFParagraph p = footer.getParagraphs().get(0);
        assertThat(p.getStyle()).isEqualTo(DocxStyles.PAGE_NUMBER);
        assertThat(p.getCTP().getPPr().getJc().getVal()).isEqualTo(alignment);
        List<CTR> runs = p.getCTP().getRList();
        StringBuilder shown = new StringBuilder();
        List<String> field = new ArrayList<>();
        for (CTR r : runs) {
            r.getFldCharList().forEach(f -> field.add(f.getFldCharType().toString()));
            r.getInstrTextList().forEach(i -> field.add(i.getStringValue().strip()));
            r.getTList().forEach(t -> shown.append(t.getStringValue()));
        }
        assertThat(field).containsExactly(STFldCharType.BEGIN.toString(), "PAGE", STFldCharType.SEPARATE.toString(),
                STFldCharType.END.toString());
        assertThat(shown.toString()).isEqualTo("— 1 —");
    }

    @Test
    void aDraftSaysSoOnEveryPageAndTheFinalCopyNowhere() throws IOException {
        try (XWPFDocument doc = write(huaian, ExportOptions.draft("尚有 2 个错误未改正（T3-01），不得报送", DATE))) {
            for (XWPFHeader header : List.of(doc.getHeaderFooterPolicy().getDefaultHeader(),
                    doc.getHeaderFooterPolicy().getEvenPageHeader())) {
                assertThat(header.getText()).contains("草稿");
            }
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .isEqualTo("草稿：尚有 2 个错误未改正（T3-01），不得报送"));
        }
        try (XWPFDocument doc = writeFinal(huaian)) {
            assertThat(doc.getHeaderList()).isEmpty();
            assertThat(doc.getParagraphs()).noneSatisfy(p -> assertThat(p.getText()).contains("草稿"));
        }
    }

    @Test
    void onlySectionSixSaysNoneWhenItIsEmpty() throws IOException {
        Report empty = TestReports.empty(2024);
        try (XWPFDocument doc = writeFinal(empty)) {
            List<String> texts = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(texts).filteredOn("无。"::equals).hasSize(1);
            assertThat(texts.get(texts.indexOf("无。") - 1)).isEqualTo(empty.catalog().section("s6").heading());
            for (TextField t : empty.catalog().section("s1").texts()) {
                if (t.heading() != null) {
                    assertThat(texts).contains(t.heading());
                }
            }
        }
        empty.setNumber("s6.fee_yuan", new BigDecimal("3940"));
        try (XWPFDocument doc = writeFinal(empty)) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText())
                    .isEqualTo("本年度收取信息处理费3940元。"));
            assertThat(doc.getParagraphs()).noneSatisfy(p -> assertThat(p.getText()).isEqualTo("无。"));
        }
    }

    @Test
    void theSignatureIsRightAlignedAndKeptWithTheTextAbove() throws IOException {
        try (XWPFDocument doc = writeFinal(huaian)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            XWPFParagraph organ = ps.get(ps.size() - 2);
            XWPFParagraph date = ps.get(ps.size() - 1);
            assertThat(doc.getStyles().getStyle(DocxStyles.CLOSING).getCTStyle().getPPr().getJc().getVal())
                    .isEqualTo(STJc.RIGHT);
            assertThat(organ.getText()).isEqualTo("淮安市人民政府");
            assertThat(date.getText()).isEqualTo("2025年1月20日");
            // 7 characters centred over the 6.5 em of the date: the organ sits about 3.75 em from the edge
            assertThat(organ.getIndentationRight()).isEqualTo(1200);
            for (int i = ps.size() - 5; i < ps.size() - 1; i++) {
                assertThat(ps.get(i).getCTP().getPPr().isSetKeepNext()).as("paragraph %d keeps with next", i)
                        .isTrue();
            }
        }
    }

    @Test
    void theExchangeJsonRidesAlongSoTheAppReadsItsOwnFileBackExactly() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(huaian, ExportOptions.finalCopy(DATE), out);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(out.toByteArray()))) {
            List<PackageRelationship> rels = new ArrayList<>();
            pkg.getRelationshipsByType(OwnFiles.DOCX_JSON_RELATIONSHIP).forEach(rels::add);
            assertThat(rels).hasSize(1);
            assertThat(rels.get(0).getTargetURI().toString()).isEqualTo(OwnFiles.DOCX_JSON_PART);
            PackagePart part = pkg.getPart(rels.get(0));
            assertThat(part.getContentType()).isEqualTo(OwnFiles.DOCX_JSON_CONTENT_TYPE);
            try (InputStream in = part.getInputStream()) {
                Report back = ReportJson.read(in.readAllBytes(), "report.json").report();
                assertThat(back).isEqualTo(huaian);
            }
        }
        assertThat(new String(out.toByteArray(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(doc.getProperties().getCoreProperties().getCreator()).isEqualTo("淮安市人民政府");
            assertThat(doc.getProperties().getCoreProperties().getTitle()).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
            assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("政务公开年报助手");
        }
    }

    private static String textBefore(XWPFDocument doc, XWPFTable table) {
        List<IBodyElement> elements = doc.getBodyElements();
        for (int i = elements.indexOf(table) - 1; i >= 0; i--) {
            if (elements.get(i) instanceof XWPFParagraph p && !p.getText().isBlank()) {
                return p.getText();
            }
        }
        return null;
    }

    private static int twips(Object value) {
        return value instanceof BigInteger b ? b.intValueExact() : ((Number) value).intValue();
    }
}
