package org.ogireport.ui.files;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.scene.text.TextBoundsType;
import javafx.scene.text.TextFlow;
import org.ogireport.app.PrintedReport;
import org.ogireport.app.PrintedReport.Block;
import org.ogireport.app.PrintedReport.Cell;
import org.ogireport.app.PrintedReport.CellKind;
import org.ogireport.i18n.Messages;

/**
 * A {@link PrintedReport} set on A4 pages as the Word file sets it (spec §10, GB/T 9704): the 156 × 225 mm text
 * block, 3号 body text on a 29 pt line with a two-character indent, the two-line title, headings in 黑体 and 楷体,
 * tables in 五号 with their merges and widths, repeating their header at the top of a continuation page, the organ
 * and date at the end, "— 1 —" page numbers outside left and right. Pages are nodes in points (1/72 inch), the unit
 * JavaFX prints in; a paragraph that does not fit goes on at the top of the next page, a table row never splits.
 */
final class PrintPages {

    static final double MM = 72 / 25.4;
    static final double PAGE_WIDTH = 210 * MM;
    static final double PAGE_HEIGHT = 297 * MM;
    static final double TOP = 37 * MM;
    static final double LEFT = 28 * MM;
    static final double TEXT_WIDTH = 156 * MM;
    static final double TEXT_HEIGHT = 225 * MM;
    /** 22 lines in the text block. */
    static final double LINE = 29;
    static final double BODY_SIZE = 16;
    static final double TITLE_SIZE = 22;
    static final double TITLE_LINE = 35;
    static final double TABLE_SIZE = 10.5;
    static final double PAGE_NUMBER_SIZE = 14;
    private static final double CELL_MARGIN = MM;
    private static final double CELL_PAD_Y = 2;
    private static final double MIN_ROW = 7 * MM;
    private static final String RED = "#c00000";

    private final Font body;
    private final Font title;
    private final Font heading;
    private final Font subheading;
    /** A run-in heading's: bold 楷体 in the body's size. */
    private final Font runIn;
    private final Font table;
    private final Font pageNumber;
    private final String draftMark;
    private final List<Pane> pages = new ArrayList<>();
    private Pane page;
    /** Where the next line goes on the page, from the top of the text block. */
    private double y;

    private PrintPages(PrintedReport report) {
        this.body = font(PrintedReport.BODY_FONT, FontWeight.NORMAL, BODY_SIZE, "FangSong", "仿宋", "Noto Serif CJK SC",
                "Source Han Serif SC", "Serif");
        this.title = font(PrintedReport.TITLE_FONT, FontWeight.BOLD, TITLE_SIZE, "FZXiaoBiaoSong-B05S", "宋体",
                "SimSun", "Noto Serif CJK SC", "Serif");
        this.heading = font(PrintedReport.HEADING_FONT, FontWeight.NORMAL, BODY_SIZE, "SimHei", "Noto Sans CJK SC",
                "WenQuanYi Zen Hei", "SansSerif");
        this.subheading = font(PrintedReport.SUBHEADING_FONT, FontWeight.NORMAL, BODY_SIZE, "KaiTi_GB2312", "楷体",
                "KaiTi", "AR PL UKai CN", "Noto Serif CJK SC", "Serif");
        this.runIn = font(PrintedReport.SUBHEADING_FONT, FontWeight.BOLD, BODY_SIZE, "KaiTi_GB2312", "楷体",
                "KaiTi", "AR PL UKai CN", "Noto Serif CJK SC", "Serif");
        this.table = font(PrintedReport.TABLE_FONT, FontWeight.NORMAL, TABLE_SIZE, "SimSun", "Noto Serif CJK SC",
                "Serif");
        this.pageNumber = font(PrintedReport.TABLE_FONT, FontWeight.NORMAL, PAGE_NUMBER_SIZE, "SimSun",
                "Noto Serif CJK SC", "Serif");
        this.draftMark = report.draftMark();
    }

    /** The pages of a printed report. */
    static List<Pane> of(PrintedReport report) {
        PrintPages p = new PrintPages(report);
        p.newPage();
        for (Block b : report.blocks()) {
            p.block(b);
        }
        p.numberPages();
        return p.pages;
    }

    /** The first family installed of a 公文 font and its stand-ins (a PC without 仿宋_GB2312 substitutes, as Word). */
    private static Font font(String preferred, FontWeight weight, double size, String... standIns) {
        Set<String> installed = Set.copyOf(Font.getFamilies());
        String family = preferred;
        if (!installed.contains(preferred)) {
            family = List.of(standIns).stream().filter(installed::contains).findFirst().orElse(Font.getDefault()
                    .getFamily());
        }
        return Font.font(family, weight, size);
    }

    // ---- the blocks -----------------------------------------------------------------------------------------

    private void block(Block b) {
        if (b instanceof PrintedReport.Title t) {
            for (String line : List.of(t.organLine(), t.yearLine())) {
                place(text(line, title, TextAlignment.CENTER, TEXT_WIDTH), 0, title);
                y += TITLE_LINE;
            }
            y += LINE; // one blank line between the title and the text
        } else if (b instanceof PrintedReport.DraftLine d) {
            line(d.text(), heading, TextAlignment.CENTER, Color.web(RED));
        } else if (b instanceof PrintedReport.Heading h) {
            // A heading never ends a page: the line after it comes with it.
            if (linesLeft() < 2) {
                newPage();
            }
            line(h.text(), h.level() == 1 ? heading : subheading, TextAlignment.LEFT, Color.BLACK);
        } else if (b instanceof PrintedReport.Paragraph p) {
            paragraph("\u3000\u3000" + p.text(), 0);
        } else if (b instanceof PrintedReport.RunIn r) {
            paragraph("\u3000\u3000" + r.heading() + r.text(), 2 + r.heading().length());
        } else if (b instanceof PrintedReport.Table t) {
            table(t);
            y += LINE; // the empty line Word keeps after a table
        } else if (b instanceof PrintedReport.Closing c) {
            closing(c);
        }
    }

    /**
     * A body paragraph, justified on the 29 pt lines; what does not fit goes on on the next page.
     *
     * @param runIn how many of its first characters are a run-in heading, set in bold 楷体 (0: none). The lines are
     *              counted in the body font: both set every Chinese character one em wide.
     */
    private void paragraph(String text, int runIn) {
        String rest = text;
        int heading = runIn;
        while (!rest.isEmpty()) {
            int lines = lines(rest, body);
            int fits = lines <= linesLeft() ? rest.length() : longestFitting(rest, linesLeft());
            if (fits > 0) {
                placeLines(rest.substring(0, fits), Math.min(heading, fits), Math.min(lines, linesLeft()));
                rest = rest.substring(fits);
                heading = Math.max(0, heading - fits);
            }
            if (!rest.isEmpty()) {
                newPage();
            }
        }
    }

    /** Lines of a paragraph, the first {@code runIn} characters in the run-in heading's font. */
    private void placeLines(String text, int runIn, int lines) {
        if (runIn == 0) {
            placeLines(text, body, TextAlignment.JUSTIFY, lines);
            return;
        }
        Text heading = text(text.substring(0, runIn), this.runIn, TextAlignment.LEFT, 0);
        Text rest = text(text.substring(runIn), body, TextAlignment.LEFT, 0);
        TextFlow flow = new TextFlow(heading, rest);
        flow.setTextAlignment(TextAlignment.JUSTIFY);
        flow.setPrefWidth(TEXT_WIDTH);
        flow.setMaxWidth(TEXT_WIDTH);
        flow.setLineSpacing(LINE - naturalLine(body));
        flow.setLayoutX(LEFT);
        flow.setLayoutY(TOP + y + (LINE - naturalLine(body)) / 2);
        page.getChildren().add(flow);
        y += LINE * lines;
    }

    /** How many characters of a text fit on so many lines (0 when not one line is left). */
    private int longestFitting(String text, int lines) {
        int low = 0;
        int high = text.length();
        while (low < high) {
            int mid = (low + high + 1) / 2;
            if (lines(text.substring(0, mid), body) <= lines) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    private void line(String text, Font font, TextAlignment alignment, Color color) {
        if (linesLeft() < 1) {
            newPage();
        }
        Text t = text(text, font, alignment, TEXT_WIDTH);
        t.setFill(color);
        int lines = lines(text, font);
        spaceLines(t);
        place(t, 0, font);
        y += LINE * lines;
    }

    private void placeLines(String text, Font font, TextAlignment alignment, int lines) {
        Text t = text(text, font, alignment, TEXT_WIDTH);
        spaceLines(t);
        place(t, 0, font);
        y += LINE * lines;
    }

    /** The organ and the date at the end: the date four characters in from the right, the organ centred above it. */
    private void closing(PrintedReport.Closing c) {
        if (linesLeft() < 4) {
            newPage();
        }
        y += 2 * LINE; // room for the signature and the stamp
        double date = width(c.date(), body);
        double dateRight = 4 * BODY_SIZE;
        double organ = width(c.organ(), body);
        double organRight = Math.max(2 * BODY_SIZE, dateRight + (date - organ) / 2);
        place(text(c.organ(), body, TextAlignment.LEFT, 0), TEXT_WIDTH - organRight - organ, body);
        y += LINE;
        place(text(c.date(), body, TextAlignment.LEFT, 0), TEXT_WIDTH - dateRight - date, body);
        y += LINE;
    }

    // ---- tables ---------------------------------------------------------------------------------------------

    /**
     * A table, row by row; a row that does not fit starts the next page, under the repeated header rows. A page never
     * ends on a title or header row: they go on with the row after them.
     */
    private void table(PrintedReport.Table t) {
        double[] widths = t.columnWidthsMm();
        double[] x = new double[widths.length + 1];
        for (int c = 0; c < widths.length; c++) {
            x[c + 1] = x[c] + widths[c] * MM;
        }
        double[] heights = rowHeights(t, x);
        boolean[] headers = t.headerRows();
        int from = 0;
        while (from < t.rows()) {
            int header = from > 0 ? Math.min(t.repeatedHeaderRows(), from) : 0;
            int to = from;
            double used = sum(heights, 0, header);
            int lastBreak = from;
            while (to < t.rows() && y + used + heights[to] <= TEXT_HEIGHT + 0.5) {
                used += heights[to];
                to++;
                if (!headers[to - 1]) {
                    lastBreak = to;
                }
            }
            to = to == t.rows() ? to : lastBreak;
            if (to == from) {
                if (y > 0) {
                    newPage();
                    continue;
                }
                to = nextBreak(headers, from); // taller than a page as it is: set it all the same
            }
            if (header > 0) {
                rows(t, x, heights, 0, header);
            }
            rows(t, x, heights, from, to);
            from = to;
            if (from < t.rows()) {
                newPage();
            }
        }
    }

    /** The first row after {@code from} before which a page may break (after a data row). */
    private static int nextBreak(boolean[] headers, int from) {
        int r = from + 1;
        while (r < headers.length && headers[r - 1]) {
            r++;
        }
        return r;
    }

    /** Each row as high as its tallest cell (at least 7 mm); a merged cell's height is shared by its rows. */
    private double[] rowHeights(PrintedReport.Table t, double[] x) {
        double[] h = new double[t.rows()];
        Arrays.fill(h, MIN_ROW);
        List<Cell> byHeight = t.cells().stream().sorted(Comparator.comparingInt(Cell::rowSpan)).toList();
        for (Cell c : byHeight) {
            double needed = cellText(c, x).getLayoutBounds().getHeight() + 2 * CELL_PAD_Y;
            double have = sum(h, c.row(), c.lastRow() + 1);
            if (needed > have) {
                h[c.lastRow()] += needed - have;
            }
        }
        return h;
    }

    /** Draws rows [from, to) at the current line: the cells' borders and texts (a merged cell's where it starts). */
    private void rows(PrintedReport.Table t, double[] x, double[] heights, int from, int to) {
        double top = y;
        for (Cell c : t.cells()) {
            if (c.lastRow() < from || c.row() >= to) {
                continue;
            }
            int first = Math.max(c.row(), from);
            int last = Math.min(c.lastRow(), to - 1);
            double cellTop = top + sum(heights, from, first);
            double cellHeight = sum(heights, first, last + 1);
            double left = x[c.column()];
            double right = x[c.lastColumn() + 1];
            border(left, cellTop, right, cellTop + cellHeight);
            if (first == c.row() && !c.text().isEmpty()) {
                Text text = cellText(c, x);
                text.setTextOrigin(VPos.TOP);
                text.setLayoutX(LEFT + left + CELL_MARGIN);
                double free = cellHeight - text.getLayoutBounds().getHeight();
                text.setLayoutY(TOP + cellTop + Math.max(CELL_PAD_Y, free / 2));
                if (free < 0) {
                    // A merged label cut by the page break shows what fits of it here.
                    text.setClip(new Rectangle(0, 0, right - left, cellHeight - 2 * CELL_PAD_Y));
                }
                page.getChildren().add(text);
            }
        }
        y = top + sum(heights, from, to);
    }

    private Text cellText(Cell c, double[] x) {
        double width = x[c.lastColumn() + 1] - x[c.column()] - 2 * CELL_MARGIN;
        boolean centred = c.kind() == CellKind.VALUE || c.kind() == CellKind.COLUMN_HEADER
                || c.kind() == CellKind.TITLE;
        return text(c.text(), table, centred ? TextAlignment.CENTER : TextAlignment.LEFT, width);
    }

    private void border(double left, double top, double right, double bottom) {
        for (double[] l : new double[][] {{left, top, right, top}, {left, bottom, right, bottom},
                {left, top, left, bottom}, {right, top, right, bottom}}) {
            Line line = new Line(LEFT + l[0], TOP + l[1], LEFT + l[2], TOP + l[3]);
            line.setStrokeWidth(0.5);
            page.getChildren().add(line);
        }
    }

    private static double sum(double[] values, int from, int to) {
        double s = 0;
        for (int i = from; i < to; i++) {
            s += values[i];
        }
        return s;
    }

    // ---- pages and lines ------------------------------------------------------------------------------------

    private void newPage() {
        page = new Pane();
        page.setPrefSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setMinSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setMaxSize(PAGE_WIDTH, PAGE_HEIGHT);
        page.resize(PAGE_WIDTH, PAGE_HEIGHT);
        page.setBackground(new Background(new BackgroundFill(Color.WHITE, null, null)));
        page.getStyleClass().add("printed-page");
        if (draftMark != null) {
            Text mark = text(draftMark, heading, TextAlignment.RIGHT, 0);
            mark.setFill(Color.web(RED));
            mark.setTextOrigin(VPos.TOP);
            mark.setLayoutX(LEFT + TEXT_WIDTH - width(draftMark, heading));
            mark.setLayoutY(TOP - 2 * LINE);
            page.getChildren().add(mark);
        }
        pages.add(page);
        y = 0;
    }

    /** "— 1 —", 7 mm below the text block: odd pages one character in from the right, even ones from the left. */
    private void numberPages() {
        for (int i = 0; i < pages.size(); i++) {
            String number = Messages.get("ui.print.pageNumber", i + 1);
            Text t = text(number, pageNumber, TextAlignment.LEFT, 0);
            t.setTextOrigin(VPos.TOP);
            double w = width(number, pageNumber);
            t.setLayoutX(i % 2 == 0 ? LEFT + TEXT_WIDTH - PAGE_NUMBER_SIZE - w : LEFT + PAGE_NUMBER_SIZE);
            t.setLayoutY(TOP + TEXT_HEIGHT + 7 * MM);
            pages.get(i).getChildren().add(t);
        }
    }

    private int linesLeft() {
        return (int) Math.floor((TEXT_HEIGHT - y + 0.5) / LINE);
    }

    /** Puts a text on the page at the current line, its lines centred in their 29 pt (or the title's 35 pt). */
    private void place(Text t, double x, Font font) {
        t.setTextOrigin(VPos.TOP);
        t.setLayoutX(LEFT + x);
        double pitch = font == title ? TITLE_LINE : LINE;
        double oneLine = naturalLine(font);
        t.setLayoutY(TOP + y + (pitch - oneLine) / 2);
        page.getChildren().add(t);
    }

    /** Sets a text's line spacing so that its lines are 29 pt apart, as Word's exact line spacing. */
    private static void spaceLines(Text t) {
        t.setLineSpacing(LINE - naturalLine(t.getFont()));
    }

    /** How many lines a text takes in the text block. */
    private int lines(String text, Font font) {
        Text t = text(text, font, TextAlignment.JUSTIFY, TEXT_WIDTH);
        return Math.max(1, (int) Math.round(t.getLayoutBounds().getHeight() / naturalLine(font)));
    }

    /** The height of one line of a font, without spacing. */
    private static double naturalLine(Font font) {
        return text("国", font, TextAlignment.LEFT, 0).getLayoutBounds().getHeight();
    }

    private static double width(String s, Font font) {
        return text(s, font, TextAlignment.LEFT, 0).getLayoutBounds().getWidth();
    }

    /** A text in a font, wrapped to a width (0: one line). */
    private static Text text(String s, Font font, TextAlignment alignment, double wrap) {
        Text t = new Text(s);
        t.setFont(font);
        t.setTextAlignment(alignment);
        t.setWrappingWidth(wrap);
        t.setBoundsType(TextBoundsType.LOGICAL);
        return t;
    }
}
