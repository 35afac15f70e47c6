package org.ogireport.io.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrBase;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The paragraph styles of the 公文 (spec §10, GB/T 9704-2012): every font is named in the style with its East
 * Asian slot, so Word and WPS use it for Chinese text; digits and Latin letters are set in Times New Roman.
 */
final class DocxStyles {

    static final String BODY = "Normal";
    static final String TITLE = "Title";
    static final String HEADING_1 = "Heading1";
    static final String HEADING_2 = "Heading2";
    static final String CLOSING = "Closing";
    static final String DRAFT = "DraftMark";
    static final String TABLE = "TableText";
    static final String PAGE_NUMBER = "PageNumber";

    static final String LATIN = "Times New Roman";
    static final String FANGSONG = "仿宋_GB2312";
    static final String XIAOBIAOSONG = "方正小标宋简体";
    static final String HEITI = "黑体";
    static final String KAITI = "楷体_GB2312";
    static final String SONGTI = "宋体";

    /** 3号 = 16 pt, the body size; sizes in half points. */
    static final int BODY_HALF_POINTS = 32;
    static final int TITLE_HALF_POINTS = 44;
    static final int TABLE_HALF_POINTS = 21;
    static final int PAGE_NUMBER_HALF_POINTS = 28;
    /** 22 lines in the 225 mm text block: a line every 29 pt (in twips). */
    static final int LINE_TWIPS = 580;
    static final int TITLE_LINE_TWIPS = 700;
    /** Two characters of 3号 (the first-line indent), in twips. */
    static final int TWO_CHARS_TWIPS = 2 * BODY_HALF_POINTS * 10;
    static final String RED = "C00000";

    private DocxStyles() {
    }

    static void install(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();
        CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(defaults, FANGSONG, LATIN);
        size(defaults, BODY_HALF_POINTS);
        defaults.addNewLang().setEastAsia("zh-CN");

        CTStyle body = paragraphStyle(styles, BODY, "Normal", null);
        body.setDefault(true);
        fonts(body.addNewRPr(), FANGSONG, LATIN);
        bodyParagraph(body.addNewPPr(), STJc.BOTH, LINE_TWIPS).addNewInd().setFirstLine(TWO_CHARS_TWIPS);

        CTStyle title = paragraphStyle(styles, TITLE, "Title", BODY);
        CTRPr titleRun = title.addNewRPr();
        fonts(titleRun, XIAOBIAOSONG, LATIN);
        size(titleRun, TITLE_HALF_POINTS);
        CTPPrBase titlePara = bodyParagraph(title.addNewPPr(), STJc.CENTER, TITLE_LINE_TWIPS);
        titlePara.addNewInd().setFirstLine(BigInteger.ZERO);
        titlePara.addNewKeepNext();

        heading(styles, HEADING_1, "heading 1", HEITI, 0);
        heading(styles, HEADING_2, "heading 2", KAITI, 1);

        CTStyle closing = paragraphStyle(styles, CLOSING, "Closing", BODY);
        CTPPrBase closingPara = bodyParagraph(closing.addNewPPr(), STJc.RIGHT, LINE_TWIPS);
        // GB/T 9704: the date ends four characters in from the right edge.
        closingPara.addNewInd().setRight(BigInteger.valueOf(2L * TWO_CHARS_TWIPS));
        closingPara.getInd().setFirstLine(BigInteger.ZERO);

        CTStyle draft = paragraphStyle(styles, DRAFT, "Draft mark", BODY);
        CTRPr draftRun = draft.addNewRPr();
        fonts(draftRun, HEITI, LATIN);
        draftRun.addNewColor().setVal(RED);
        bodyParagraph(draft.addNewPPr(), STJc.CENTER, LINE_TWIPS).addNewInd().setFirstLine(BigInteger.ZERO);

        CTStyle table = paragraphStyle(styles, TABLE, "Table text", BODY);
        CTRPr tableRun = table.addNewRPr();
        fonts(tableRun, SONGTI, LATIN);
        size(tableRun, TABLE_HALF_POINTS);
        CTPPrBase tablePara = table.addNewPPr();
        CTSpacing single = tablePara.addNewSpacing();
        single.setBefore(BigInteger.ZERO);
        single.setAfter(BigInteger.ZERO);
        single.setLine(BigInteger.valueOf(240));
        single.setLineRule(STLineSpacingRule.AUTO);
        tablePara.addNewInd().setFirstLine(BigInteger.ZERO);
        tablePara.addNewJc().setVal(STJc.CENTER);

        CTStyle pageNumber = paragraphStyle(styles, PAGE_NUMBER, "Page number", BODY);
        CTRPr pageRun = pageNumber.addNewRPr();
        fonts(pageRun, SONGTI, SONGTI);
        size(pageRun, PAGE_NUMBER_HALF_POINTS);
        CTPPrBase pagePara = pageNumber.addNewPPr();
        CTSpacing exact = pagePara.addNewSpacing();
        exact.setLine(BigInteger.valueOf(PAGE_NUMBER_HALF_POINTS * 10));
        exact.setLineRule(STLineSpacingRule.EXACT);
        pagePara.addNewInd().setFirstLine(BigInteger.ZERO);

        doc.createStyles().setStyles(styles);
    }

    private static void heading(CTStyles styles, String id, String name, String eastAsia, int outlineLevel) {
        CTStyle s = paragraphStyle(styles, id, name, BODY);
        fonts(s.addNewRPr(), eastAsia, LATIN);
        CTPPrBase p = s.addNewPPr();
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }

    private static CTStyle paragraphStyle(CTStyles styles, String id, String name, String basedOn) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        return s;
    }

    private static CTPPrBase bodyParagraph(CTPPrBase p, STJc.Enum alignment, int lineTwips) {
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(lineTwips));
        spacing.setLineRule(STLineSpacingRule.EXACT);
        p.addNewJc().setVal(alignment);
        return p;
    }

    /** Names the fonts of a run: {@code eastAsia} for Chinese, {@code latin} for digits and Latin letters. */
    static void fonts(CTRPr r, String eastAsia, String latin) {
        CTFonts f = r.addNewRFonts();
        f.setEastAsia(eastAsia);
        f.setAscii(latin);
        f.setHAnsi(latin);
        f.setCs(latin);
    }

    static void size(CTRPr r, int halfPoints) {
        r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }
}
