package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.List;

/**
 * A document as a front end (Word, Excel, web page, PDF, text) hands it over: its lines in reading order, before
 * anything is recognised. A line is a paragraph, a row of a table (merged cells already laid out on the table's
 * grid), or a line of a printed page with the position of each piece of text.
 *
 * @param titles what the file says its title is apart from its text, most trusted first (a web page's meta
 *               ArticleTitle, its article's title element, its {@code <title>}); often empty
 */
record Doc(List<Line> lines, List<String> titles) {

    Doc {
        lines = List.copyOf(lines);
        titles = List.copyOf(titles);
    }

    /** What a line is. */
    enum Kind {
        /** A paragraph of text: one cell. */
        PARAGRAPH,
        /** A table row: one cell per column of the table's grid. */
        ROW,
        /** A line of a printed page (PDF): one cell per piece of text, with its position. */
        PRINTED
    }

    /**
     * One cell of a table row, or one piece of a printed line.
     *
     * @param text    its text; a cell under a vertical merge carries the text of the merged cell
     * @param spanned the cell is covered by the cell to its left (a horizontal merge), so it holds nothing itself
     * @param x0      the left edge on the page (printed lines only)
     * @param x1      the right edge on the page (printed lines only)
     */
    record Cell(String text, boolean spanned, float x0, float x1) {

        static Cell of(String text) {
            return new Cell(text, false, Float.NaN, Float.NaN);
        }

        static Cell spannedBy(String text) {
            return new Cell(text, true, Float.NaN, Float.NaN);
        }
    }

    /**
     * One line.
     *
     * @param table the table a row belongs to (rows of one table share it), or -1
     * @param page  the page of a printed line (from 1), or 0
     * @param y     the vertical position of a printed line on its page, downwards
     * @param size  the font size of a printed line, in the units of {@code y}
     */
    record Line(Kind kind, List<Cell> cells, int table, int page, float y, float size) {

        Line {
            cells = List.copyOf(cells);
        }

        static Line paragraph(String text) {
            return new Line(Kind.PARAGRAPH, List.of(Cell.of(text)), -1, 0, 0, 0);
        }

        /** Its text: the cells that hold text of their own, separated by a space. */
        String text() {
            StringBuilder sb = new StringBuilder();
            for (Cell c : cells) {
                if (!c.spanned() && !c.text().isBlank()) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(c.text().strip());
                }
            }
            return sb.toString();
        }
    }

    /** Builds a document line by line; rows added between startTable calls share a table number. */
    static final class Builder {
        private final List<Line> lines = new ArrayList<>();
        private final List<String> titles = new ArrayList<>();
        private int tables = 0;

        /** A title the file gives apart from its text (see {@link Doc#titles}). */
        void title(String text) {
            if (text != null && !text.isBlank()) {
                titles.add(text.strip());
            }
        }

        void paragraph(String text) {
            if (text != null && !text.isBlank()) {
                lines.add(Line.paragraph(text.strip()));
            }
        }

        /** Starts a new table; returns its number for {@link #row}. */
        int startTable() {
            return tables++;
        }

        void row(int table, List<Cell> cells) {
            // An empty row is kept: table 四's data row of a blank form is nothing but empty cells.
            if (!cells.isEmpty()) {
                lines.add(new Line(Kind.ROW, cells, table, 0, 0, 0));
            }
        }

        void printed(List<Cell> cells, int page, float y, float size) {
            lines.add(new Line(Kind.PRINTED, cells, -1, page, y, size));
        }

        Doc build() {
            return new Doc(lines, titles);
        }
    }
}
