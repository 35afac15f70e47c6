package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.io.read.Doc.Kind;
import org.ogireport.io.read.Doc.Line;

/**
 * A row of a table as the document shows it: the words of its label and the texts of its value cells, in order.
 * Table rows give their cells; a paragraph inside a table's section is split at white space; the lines of a
 * printed page are put together by position, since a label that wraps over two lines puts its numbers on a line
 * of their own.
 *
 * @param label   the label's words, as printed (not normalised); a label a flattened table repeats in the cells
 *                its merge covered counts once
 * @param values  the value cells after the label, left to right (blank ones included where the document has them)
 * @param line    the table row it comes from, whose cells a header can be matched against; null otherwise
 * @param centres the horizontal middle of each value on a printed page (empty for other lines): where a blank
 *                cell printed nothing, the others are placed by it
 */
record FoundRow(String label, List<String> values, Line line, List<Float> centres) {

    FoundRow {
        values = List.copyOf(values);
        centres = List.copyOf(centres);
    }

    boolean hasNumber() {
        return values.stream().anyMatch(CellText::isNumber);
    }

    /**
     * The rows of the lines of one table's section, in reading order.
     *
     * @param headers the table's titles and column headers, normalised: printed words found in them are not
     *                taken for a wrapped row label
     */
    static List<FoundRow> of(List<Line> lines, Set<String> headers) {
        List<FoundRow> rows = new ArrayList<>();
        List<Line> printed = new ArrayList<>();
        for (Line line : lines) {
            if (line.kind() == Kind.PRINTED) {
                printed.add(line);
                continue;
            }
            rows.addAll(ofPrinted(printed, headers));
            printed.clear();
            List<Cell> cells = line.kind() == Kind.ROW ? line.cells() : tokens(line.text());
            rows.add(ofCells(cells, line.kind() == Kind.ROW ? line : null));
        }
        rows.addAll(ofPrinted(printed, headers));
        return rows;
    }

    private static List<Cell> tokens(String text) {
        List<Cell> cells = new ArrayList<>();
        for (String t : text.strip().split("\\s+")) {
            cells.add(Cell.of(t));
        }
        return cells;
    }

    /** Label: the cells with words; values: the cells after the last of them. */
    private static FoundRow ofCells(List<Cell> cells, Line line) {
        int lastLabel = -1;
        for (int i = 0; i < cells.size(); i++) {
            if (!cells.get(i).spanned() && !CellText.isValue(cells.get(i).text())) {
                lastLabel = i;
            }
        }
        StringBuilder label = new StringBuilder();
        List<String> values = new ArrayList<>();
        String previous = null;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (c.spanned()) {
                continue;
            }
            if (i > lastLabel) {
                values.add(c.text());
            } else if (!c.text().strip().equals(previous)) {
                label.append(c.text().strip());
                previous = c.text().strip();
            }
        }
        return new FoundRow(label.toString(), values, line, List.of());
    }

    /**
     * The rows of printed lines. A line with numbers is a row; the words left of its first number are its label.
     * Words on a line without numbers belong to the nearest row on the page when they are close enough to be a
     * wrapped part of its label (see {@link #reach}) and are not a title or header. Words above the numbers'
     * columns are header words, not labels.
     */
    /**
     * How far from a row's numbers a line of its label may be: most rows are one line high, so the usual distance
     * from one row to the next tells a wrapped label (closer) from a title or header (further). NaN with fewer
     * than two rows on a page.
     */
    private static float reach(List<Line> valueLines) {
        List<Float> pitches = new ArrayList<>();
        for (int i = 1; i < valueLines.size(); i++) {
            if (valueLines.get(i).page() == valueLines.get(i - 1).page()) {
                pitches.add(valueLines.get(i).y() - valueLines.get(i - 1).y());
            }
        }
        if (pitches.isEmpty()) {
            return Float.NaN;
        }
        pitches.sort(null);
        return 0.8f * pitches.get(pitches.size() / 2);
    }

    private static List<FoundRow> ofPrinted(List<Line> lines, Set<String> headers) {
        if (lines.isEmpty()) {
            return List.of();
        }
        float valuesLeft = Float.MAX_VALUE;
        for (Line line : lines) {
            for (Cell c : line.cells()) {
                if (CellText.isNumber(c.text())) {
                    valuesLeft = Math.min(valuesLeft, c.x0());
                }
            }
        }
        record Piece(Cell cell, float y) {
        }
        List<Line> valueLines = new ArrayList<>();
        List<List<Piece>> labels = new ArrayList<>();
        List<Line> wordLines = new ArrayList<>();
        for (Line line : lines) {
            if (line.cells().stream().anyMatch(c -> CellText.isNumber(c.text()))) {
                valueLines.add(line);
                labels.add(new ArrayList<>());
            } else {
                wordLines.add(line);
            }
        }
        float labelZoneEnd = valuesLeft - 2;
        for (int i = 0; i < valueLines.size(); i++) {
            Line line = valueLines.get(i);
            float firstValue = (float) line.cells().stream().filter(c -> CellText.isNumber(c.text()))
                    .mapToDouble(Cell::x0).min().orElse(Float.MAX_VALUE);
            for (Cell c : line.cells()) {
                if (!CellText.isValue(c.text()) && c.x1() <= Math.min(firstValue, labelZoneEnd) + 2) {
                    labels.get(i).add(new Piece(c, line.y()));
                }
            }
        }
        float reach = reach(valueLines);
        for (Line words : wordLines) {
            int nearest = -1;
            float best = Float.MAX_VALUE;
            for (int i = 0; i < valueLines.size(); i++) {
                Line v = valueLines.get(i);
                float d = Math.abs(v.y() - words.y());
                if (v.page() == words.page() && d < best) {
                    best = d;
                    nearest = i;
                }
            }
            if (nearest < 0 || best > (Float.isNaN(reach) ? 2.2f * words.size() : reach)) {
                continue;
            }
            for (Cell c : words.cells()) {
                String w = Labels.normalize(c.text());
                if (c.x1() <= labelZoneEnd + 2 && headers.stream().noneMatch(h -> h.contains(w))) {
                    labels.get(nearest).add(new Piece(c, words.y()));
                }
            }
        }
        List<FoundRow> rows = new ArrayList<>();
        for (int i = 0; i < valueLines.size(); i++) {
            StringBuilder label = new StringBuilder();
            labels.get(i).stream().sorted(Comparator.comparingDouble((Piece p) -> p.y()).thenComparingDouble(
                    p -> p.cell().x0())).forEach(p -> label.append(p.cell().text().strip()));
            List<Cell> valueCells = valueLines.get(i).cells().stream()
                    .filter(c -> CellText.isValue(c.text()) && c.x0() >= labelZoneEnd)
                    .sorted(Comparator.comparingDouble(Cell::x0)).toList();
            rows.add(new FoundRow(label.toString(), valueCells.stream().map(Cell::text).toList(), null,
                    valueCells.stream().map(c -> (c.x0() + c.x1()) / 2).toList()));
        }
        return rows;
    }
}
