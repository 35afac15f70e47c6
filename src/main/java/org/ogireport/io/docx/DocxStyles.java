package org.ogireport.io.docx;

import static org.ogireport.io.export.GongwenFonts.FANGSONG;
import static org.ogireport.io.export.GongwenFonts.HEITI;
import static org.ogireport.io.export.GongwenFonts.KAITI;
import static org.ogireport.io.export.GongwenFonts.LATIN;
import static org.ogireport.io.export.GongwenFonts.SONGTI;
import static org.ogireport.io.export.GongwenFonts.XIAOBIAOSONG;

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
    /** A character style: the （一） heading run into its paragraph, in bold 楷体. */
    static final String RUN_IN_HEADING = "RunInHeading";

    /** 3号 = 16 pt, the body size; sizes in half points. */
    static final int BODY_HALF_POINTS = 32;
    static final int TITLE_HALF_POINTS = 44;
    static final int TABLE_HALF_POINTS = 21;
    static final int PAGE_NUMBER_HALF_POINTS = 28;
    /** 22 lines in the 225 mm text block: a line every 29 pt (in twips). */
    static final int LINE_TWIPS = 580;
    static final int TITLE_LINE_TWIPS = 700;
    static final int SINGLE_LINE = 240;
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

        CTStyle body = style(styles, BODY, "Normal", null, FANGSONG, LATIN, 0);
        body.setDefault(true);
        paragraph(body, STJc.BOTH, LINE_TWIPS, STLineSpacingRule.EXACT, TWO_CHARS_TWIPS);

        CTStyle title = style(styles, TITLE, "Title", BODY, XIAOBIAOSONG, LATIN, TITLE_HALF_POINTS);
        paragraph(title, STJc.CENTER, TITLE_LINE_TWIPS, STLineSpacingRule.EXACT, 0).addNewKeepNext();

        heading(styles, HEADING_1, "heading 1", HEITI, 0);
        heading(styles, HEADING_2, "heading 2", KAITI, 1);
        CTStyle runIn = style(styles, RUN_IN_HEADING, "Run-in heading", null, KAITI, LATIN, 0);
        runIn.setType(STStyleType.CHARACTER);
        runIn.getRPr().addNewB();

        CTStyle closing = style(styles, CLOSING, "Closing", BODY, null, null, 0);
        // GB/T 9704: the date ends four characters in from the right edge.
        paragraph(closing, STJc.RIGHT, LINE_TWIPS, STLineSpacingRule.EXACT, 0).getInd()
                .setRight(BigInteger.valueOf(2L * TWO_CHARS_TWIPS));

        CTStyle draft = style(styles, DRAFT, "Draft mark", BODY, HEITI, LATIN, 0);
        draft.getRPr().addNewB();
        draft.getRPr().addNewColor().setVal(RED);
        paragraph(draft, STJc.CENTER, LINE_TWIPS, STLineSpacingRule.EXACT, 0);

        CTStyle table = style(styles, TABLE, "Table text", BODY, SONGTI, LATIN, TABLE_HALF_POINTS);
        paragraph(table, STJc.CENTER, SINGLE_LINE, STLineSpacingRule.AUTO, 0);

        CTStyle pageNumber = style(styles, PAGE_NUMBER, "Page number", BODY, SONGTI, SONGTI, PAGE_NUMBER_HALF_POINTS);
        paragraph(pageNumber, null, PAGE_NUMBER_HALF_POINTS * 10, STLineSpacingRule.EXACT, 0);

        doc.createStyles().setStyles(styles);
    }

    private static void heading(CTStyles styles, String id, String name, String eastAsia, int outlineLevel) {
        CTPPrBase p = style(styles, id, name, BODY, eastAsia, LATIN, 0).addNewPPr();
        p.addNewKeepNext();
        p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }

    /**
     * A paragraph style and the fonts of its text.
     *
     * @param eastAsia   the font for Chinese, or null to take the base style's fonts
     * @param halfPoints the size, or 0 for the base style's
     */
    private static CTStyle style(CTStyles styles, String id, String name, String basedOn, String eastAsia,
                                 String latin, int halfPoints) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        s.addNewQFormat();
        if (eastAsia != null) {
            CTRPr r = s.addNewRPr();
            fonts(r, eastAsia, latin);
            if (halfPoints > 0) {
                size(r, halfPoints);
            }
        }
        return s;
    }

    /** A style's paragraph: no space before or after, the line spacing, the alignment (null: left to the text). */
    private static CTPPrBase paragraph(CTStyle style, STJc.Enum alignment, int line, STLineSpacingRule.Enum rule,
                                       int firstLineIndent) {
        CTPPrBase p = style.addNewPPr();
        CTSpacing spacing = p.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);
        spacing.setLine(BigInteger.valueOf(line));
        spacing.setLineRule(rule);
        p.addNewInd().setFirstLine(BigInteger.valueOf(firstLineIndent));
        if (alignment != null) {
            p.addNewJc().setVal(alignment);
        }
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
