package org.ogireport.app;

import java.util.ArrayList;
import java.util.List;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.export.GongwenFonts;
import org.ogireport.io.export.ReportContent;
import org.ogireport.io.export.TableLayout;
import org.ogireport.model.Report;

/**
 * A report as the Word file prints it, for the window to print (打印) from its own layout: the parts in reading order
 * as {@link ReportContent} walks them for the writers, the tables as {@link TableLayout} lays them out for Word (the
 * same merges and column widths), and the 公文 fonts. The window pages and draws it; nothing here is JavaFX.
 *
 * @param blocks    the parts in order
 * @param draftMark the mark a draft carries on every page (草稿), or null for the final copy
 */
public record PrintedReport(List<Block> blocks, String draftMark) {

    /** The fonts of a 公文 (spec §10), by what they set: the window picks them, or the closest it has. */
    public static final String BODY_FONT = GongwenFonts.FANGSONG;
    public static final String TITLE_FONT = GongwenFonts.XIAOBIAOSONG;
    public static final String HEADING_FONT = GongwenFonts.HEITI;
    public static final String SUBHEADING_FONT = GongwenFonts.KAITI;
    public static final String TABLE_FONT = GongwenFonts.SONGTI;

    public PrintedReport {
        blocks = List.copyOf(blocks);
    }

    /** One part of the printed report. */
    public sealed interface Block permits Title, DraftLine, Heading, Paragraph, RunIn, Table, Closing {
    }

    /**
     * The title in two lines: the organ, then the year and the rest.
     *
     * @param bold whether the report's heading style sets it bold
     */
    public record Title(String organLine, String yearLine, boolean bold) implements Block {
    }

    /** A draft's line under the title: why it is one. */
    public record DraftLine(String text) implements Block {
    }

    /** 一、… (level 1) or （一）… (level 2). */
    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    /** A topic heading run into its paragraph: the heading (with its 。) in bold 楷体, then the text. */
    public record RunIn(String heading, String text) implements Block {
    }

    /**
     * A table as printed: its grid columns' widths in millimetres (they fill the 156 mm text block), which of its
     * rows are titles and headers (they keep with the row after them, as Word keeps them), the rows a page break
     * repeats at the top of the next page, and its cells with their merges.
     */
    public record Table(double[] columnWidthsMm, boolean[] headerRows, int repeatedHeaderRows, List<Cell> cells)
            implements Block {

        public Table {
            columnWidthsMm = columnWidthsMm.clone();
            headerRows = headerRows.clone();
            cells = List.copyOf(cells);
        }

        @Override
        public double[] columnWidthsMm() {
            return columnWidthsMm.clone();
        }

        @Override
        public boolean[] headerRows() {
            return headerRows.clone();
        }

        public int rows() {
            return headerRows.length;
        }
    }

    /** What a printed cell shows (as {@link TableLayout.Role}). */
    public enum CellKind {
        /** Table 二's block title row (第二十条第（一）项). */
        TITLE,
        /** The top-left cell over the row labels. */
        CORNER,
        COLUMN_HEADER,
        ROW_HEADER,
        VALUE
    }

    /** A printed cell at its top-left grid position. */
    public record Cell(int row, int column, int rowSpan, int columnSpan, CellKind kind, String text) {

        public int lastRow() {
            return row + rowSpan - 1;
        }

        public int lastColumn() {
            return column + columnSpan - 1;
        }
    }

    /** The organ's name and the date at the end, right-aligned. */
    public record Closing(String organ, String date) implements Block {
    }

    /** The report laid out as the Word writer lays it out with these options. */
    static PrintedReport of(Report report, ExportOptions options) {
        List<Block> blocks = new ArrayList<>();
        ReportContent.write(report, options, new ReportContent.Sink() {
            @Override
            public void title(String organLine, String yearLine, boolean bold) {
                blocks.add(new Title(organLine, yearLine, bold));
            }

            @Override
            public void draftLine(String line) {
                blocks.add(new DraftLine(line));
            }

            @Override
            public void heading(int level, String text) {
                blocks.add(new Heading(level, text));
            }

            @Override
            public void paragraph(String text) {
                blocks.add(new Paragraph(text));
            }

            @Override
            public void runIn(String heading, String text) {
                blocks.add(new RunIn(heading, text));
            }

            @Override
            public void table(TableLayout table) {
                List<Cell> cells = table.cells().stream().map(c -> new Cell(c.row(), c.column(), c.rowSpan(),
                        c.columnSpan(), CellKind.valueOf(c.role().name()), c.text())).toList();
                boolean[] headers = new boolean[table.rowCount()];
                for (int r = 0; r < headers.length; r++) {
                    headers[r] = table.rowKind(r) != TableLayout.RowKind.DATA;
                }
                blocks.add(new Table(table.columnWidths(TableLayout.PRINTED_MM), headers, table.repeatedHeaderRows(),
                        cells));
            }

            @Override
            public void closing(String organ, String date) {
                blocks.add(new Closing(organ, date));
            }
        });
        return new PrintedReport(blocks, options.isDraft() ? ReportContent.draftMark() : null);
    }
}
