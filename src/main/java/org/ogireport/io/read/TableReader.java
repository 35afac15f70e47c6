package org.ogireport.io.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.TableSpec;
import org.ogireport.io.read.CellSheet.State;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.io.read.Doc.Line;
import org.ogireport.io.read.RowMatcher.Pair;
import org.ogireport.io.read.RowMatcher.Target;
import org.ogireport.model.CellInput;

/**
 * Reads tables 二, 三 and 四 from the lines of their sections into a {@link CellSheet}, row by row by label and
 * column by column by header (or, where there is no header to go by, by the count of numbers in the row). What
 * cannot be placed is reported, never guessed.
 */
final class TableReader {

    private final FormatCatalog catalog;
    private final FormatCatalog otherVersion;
    private final CellSheet sheet;
    private final Notes notes;

    TableReader(CellSheet sheet, FormatCatalog otherVersion, Notes notes) {
        this.catalog = sheet.catalog();
        this.otherVersion = otherVersion;
        this.sheet = sheet;
        this.notes = notes;
    }

    // ---- table 二: small grids, one row per label ---------------------------------------------------------------

    void readTable2(List<Line> region) {
        TableSpec table = catalog.published().spec();
        List<Grid> grids = new ArrayList<>();
        List<Header> heads = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (Grid g : table.grids()) {
            for (Header r : g.rows()) {
                grids.add(g);
                heads.add(r);
                targets.add(Target.ofPath(r.path()));
            }
        }
        List<FoundRow> rows = FoundRow.of(region, headers(table));
        List<Pair> pairs = RowMatcher.match(rows.stream().map(FoundRow::label).toList(), targets);
        for (Pair p : pairs) {
            FoundRow row = rows.get(p.row());
            Grid grid = grids.get(p.target());
            Header head = heads.get(p.target());
            noteLabel(table, head, row);
            List<String> values = spreadEvenly(row.values(), grid.columns().size());
            while (values.size() > grid.columns().size() && values.get(values.size() - 1).isBlank()) {
                values.remove(values.size() - 1);
            }
            if (values.size() != grid.columns().size()) {
                rowUnreadable(table, head, row, grid.columns().size(), grid.columns().stream()
                        .map(c -> grid.cellKey(head, c)).toList());
                continue;
            }
            for (int i = 0; i < values.size(); i++) {
                put(grid.cellKey(head, grid.columns().get(i)), values.get(i));
            }
        }
        noteLeftOvers(table, rows, pairs);
    }

    /**
     * The values of a row of table 二 whose block is narrower than the table: where its merged cells were flattened,
     * each value is followed by the empty cells its span covered (three values over six columns: v, "", v, "", v,
     * ""). Then the first cell of each equal group is the value; otherwise the values as they are.
     */
    private static List<String> spreadEvenly(List<String> values, int columns) {
        int group = values.size() / columns;
        if (group < 2 || values.size() % columns != 0) {
            return new ArrayList<>(values);
        }
        List<String> firsts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (i % group == 0) {
                firsts.add(values.get(i));
            } else if (!values.get(i).isBlank()) {
                return new ArrayList<>(values);
            }
        }
        return firsts;
    }

    // ---- table 三: one grid of merged row labels, seven columns -------------------------------------------------

    /** What a printed row of table 三 can be: a row of the catalog, a group of its sub-rows, or a part of a row. */
    private record Row3(Header row, List<Header> members, Header owner) {
    }

    void readTable3(List<Line> region) {
        TableSpec table = catalog.applications().spec();
        Grid grid = table.grid();
        List<Row3> kinds = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (Header r : grid.rows()) {
            if (r.path().size() == 3 && kinds.stream().noneMatch(k -> k.members() != null
                    && k.members().get(0).path().get(1).equals(r.path().get(1)))) {
                List<Header> members = grid.rows().stream()
                        .filter(m -> m.path().size() == 3 && m.path().get(1).equals(r.path().get(1))).toList();
                kinds.add(new Row3(null, members, null));
                targets.add(Target.ofPath(r.path().subList(0, 2)));
            }
            kinds.add(new Row3(r, null, null));
            targets.add(Target.ofPath(r.path()));
            // The other format splits this row into sub-rows: they add up to it.
            for (Header part : otherVersion.applications().spec().grid().rows()) {
                if (part.path().size() == 3 && r.path().size() == 2 && part.path().get(1).equals(r.label())) {
                    kinds.add(new Row3(part, null, r));
                    targets.add(Target.ofPath(part.path()));
                }
            }
        }
        List<FoundRow> rows = FoundRow.of(region, headers(table));
        List<Pair> pairs = RowMatcher.match(rows.stream().map(FoundRow::label).toList(), targets);
        Columns columns = new Columns(grid, region, pairs.stream().map(p -> rows.get(p.row())).toList());
        List<Pair> groups = new ArrayList<>();
        Map<String, List<String>> partsByCell = new LinkedHashMap<>();
        for (Pair p : pairs) {
            FoundRow row = rows.get(p.row());
            Row3 kind = kinds.get(p.target());
            if (kind.members() != null) {
                groups.add(p);
                continue;
            }
            String[] texts = columns.texts(row);
            if (kind.owner() != null) {
                for (int c = 0; c < grid.columns().size(); c++) {
                    partsByCell.computeIfAbsent(grid.cellKey(kind.owner(), grid.columns().get(c)),
                            k -> new ArrayList<>()).add(texts == null ? null : texts[c]);
                }
                continue;
            }
            noteLabel(table, kind.row(), row);
            List<String> keys = grid.columns().stream().map(c -> grid.cellKey(kind.row(), c)).toList();
            if (texts == null) {
                rowUnreadable(table, kind.row(), row, grid.columns().size(), keys);
                continue;
            }
            for (int c = 0; c < texts.length; c++) {
                if (texts[c] != null) {
                    put(keys.get(c), texts[c]);
                }
            }
        }
        for (Pair p : groups) {
            readGroup(table, kinds.get(p.target()).members(), columns.texts(rows.get(p.row())));
        }
        addParts(table, partsByCell);
        noteLeftOvers(table, rows, pairs);
        columns.noteMissing(table, notes);
    }

    /**
     * A row that stands for a group of sub-rows (table 三's （六）其他处理 printed as one row, the trial format's
     * way): a 0 makes every sub-row 0; anything else cannot be split.
     */
    private void readGroup(TableSpec table, List<Header> members, String[] texts) {
        Grid grid = table.grid();
        String group = members.get(0).path().get(1);
        if (texts == null) {
            notes.warn("import.groupUnreadable", table.name(), group);
            return;
        }
        List<String> zeros = new ArrayList<>();
        boolean unsplit = false;
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] == null) {
                continue;
            }
            CellSpec first = catalog.cell(grid.cellKey(members.get(0), grid.columns().get(c))).orElseThrow();
            CellInput.Parsed parsed = CellText.parse(texts[c], first);
            if (parsed.value() == null) {
                continue;
            }
            for (Header m : members) {
                String key = grid.cellKey(m, grid.columns().get(c));
                if (sheet.state(key) != State.MISSING) {
                    continue;
                }
                if (parsed.value().signum() == 0) {
                    sheet.set(key, BigDecimal.ZERO);
                    zeros.add(key);
                } else {
                    unsplit = true;
                }
            }
        }
        if (!zeros.isEmpty()) {
            notes.warn("import.groupZero", table.name(), group, zeros.size());
        }
        if (unsplit) {
            notes.warn("import.groupUnsplit", table.name(), group);
        }
    }

    /** Sub-rows of the other format add up to the one row this format has. */
    private void addParts(TableSpec table, Map<String, List<String>> partsByCell) {
        Set<String> summedRows = new HashSet<>();
        partsByCell.forEach((key, texts) -> {
            CellSpec cell = catalog.cell(key).orElseThrow();
            long expected = otherVersion.applications().spec().grid().rows().stream()
                    .filter(r -> r.path().size() == 3 && r.path().get(1).equals(cell.row().label())).count();
            BigDecimal sum = BigDecimal.ZERO;
            for (String t : texts) {
                CellInput.Parsed parsed = t == null ? null : CellText.parse(t, cell);
                if (parsed == null || parsed.value() == null) {
                    return;
                }
                sum = sum.add(parsed.value());
            }
            if (texts.size() == expected && sheet.state(key) == State.MISSING) {
                sheet.set(key, sum);
                summedRows.add(cell.row().shortName());
            }
        });
        for (String row : summedRows) {
            notes.warn("import.partsSummed", table.name(), row, catalog.version().id());
        }
    }

    /**
     * Where each column of table 三 is in the document. In a Word, Excel or web table the header says which
     * columns there are, by its words wherever they stand (a flattened header puts 总计 in its second row, far from
     * its numbers), and a row's numbers are its last cells, one per column, whatever its label took before them
     * (three label levels or one, the label repeated where its merge was, empty cells where a span was). Elsewhere
     * the count of numbers in the row says it; on a printed page a row with a blank cell has its numbers placed by
     * their position under the columns of the complete rows.
     */
    private final class Columns {
        private final Grid grid;
        /** Which catalog columns each table of the document has (by its number), as its header names them. */
        private final Map<Integer, boolean[]> byTable = new HashMap<>();
        /** The usual number of cells of each table's rows: a row of that many has its label before its numbers. */
        private final Map<Integer, Integer> widths = new HashMap<>();
        private final boolean lastLost;
        /** The middle of each column on a printed page, from the rows that print every number; or null. */
        private final float[] centres;
        private final Set<String> absent = new LinkedHashSet<>();

        Columns(Grid grid, List<Line> region, List<FoundRow> paired) {
            this.grid = grid;
            int n = grid.columns().size();
            Set<Line> pairedLines = new HashSet<>();
            paired.forEach(r -> pairedLines.add(r.line()));
            Map<Integer, List<Line>> headers = new LinkedHashMap<>();
            Map<Integer, Map<Integer, Integer>> sizes = new HashMap<>();
            Set<Integer> started = new HashSet<>();
            for (Line line : region) {
                if (line.kind() != Doc.Kind.ROW) {
                    continue;
                }
                if (pairedLines.contains(line)) {
                    started.add(line.table());
                    sizes.computeIfAbsent(line.table(), t -> new HashMap<>()).merge(ownCells(line).size(), 1,
                            Integer::sum);
                } else if (!started.contains(line.table())) {
                    headers.computeIfAbsent(line.table(), t -> new ArrayList<>()).add(line);
                }
            }
            sizes.forEach((table, counts) -> widths.put(table, counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
            boolean[] previous = null;
            for (Line line : region) {
                if (line.kind() == Doc.Kind.ROW && !byTable.containsKey(line.table())) {
                    boolean[] named = namedColumns(headers.getOrDefault(line.table(), List.of()));
                    named = named != null ? named : previous;
                    if (named != null) {
                        byTable.put(line.table(), named);
                        previous = named;
                    }
                }
            }
            // A copied web page often loses the 总计 column: rows of one number fewer than the columns.
            Header last = grid.columns().get(n - 1);
            boolean lastDerived = grid.rows().stream().allMatch(r -> catalog.cell(grid.cellKey(r, last))
                    .orElseThrow().isDerived());
            long short1 = paired.stream().filter(r -> r.hasNumber() && r.values().size() == n - 1).count();
            long withNumbers = paired.stream().filter(FoundRow::hasNumber).count();
            lastLost = lastDerived && short1 * 2 > withNumbers;
            centres = printedCentres(paired, n);
        }

        /** Which catalog columns a table's header rows name, word for word; null when under half of them. */
        private boolean[] namedColumns(List<Line> headerLines) {
            int n = grid.columns().size();
            Set<String> words = new HashSet<>();
            headerLines.forEach(l -> l.cells().forEach(c -> words.add(Labels.normalize(c.text()))));
            boolean[] named = new boolean[n];
            int found = 0;
            for (int c = 0; c < n; c++) {
                named[c] = words.contains(Labels.normalize(grid.columns().get(c).label()));
                found += named[c] ? 1 : 0;
            }
            return found * 2 >= n ? named : null;
        }

        /** The middle of each column on a printed page: the median of the rows that print all n numbers. */
        private static float[] printedCentres(List<FoundRow> paired, int n) {
            List<FoundRow> complete = paired.stream().filter(r -> r.centres().size() == n).toList();
            if (complete.isEmpty()) {
                return null;
            }
            float[] centres = new float[n];
            for (int c = 0; c < n; c++) {
                int column = c;
                List<Float> xs = complete.stream().map(r -> r.centres().get(column)).sorted().toList();
                centres[c] = xs.get(xs.size() / 2);
            }
            return centres;
        }

        /** The text of each column of a row (null: not in the document), or null when the row cannot be placed. */
        String[] texts(FoundRow row) {
            int n = grid.columns().size();
            boolean[] named = row.line() == null ? null : byTable.get(row.line().table());
            if (named != null) {
                return byHeader(row.line(), named);
            }
            List<String> values = row.values();
            if (values.size() == n) {
                return values.toArray(new String[0]);
            }
            String[] texts = new String[n];
            if (values.size() == n - 1 && lastLost) {
                absent.add(grid.columns().get(n - 1).shortName());
                for (int c = 0; c < n - 1; c++) {
                    texts[c] = values.get(c);
                }
                return texts;
            }
            return centres != null && !row.centres().isEmpty() ? byPosition(row) : null;
        }

        /**
         * A table row's numbers as its header names the columns: its last cells, one per column named (a cell
         * merged across several columns is one). A row of the table's usual number of cells has its label before
         * them; a row of another number only when its label ends right before them (a row short of a number is not
         * shifted into the wrong columns).
         */
        private String[] byHeader(Line line, boolean[] named) {
            int n = grid.columns().size();
            List<Cell> cells = ownCells(line);
            int count = 0;
            for (boolean b : named) {
                count += b ? 1 : 0;
            }
            int first = cells.size() - count;
            boolean usual = widths.getOrDefault(line.table(), -1) == cells.size();
            if (first < 1 || !usual && (CellText.isValue(cells.get(first - 1).text())
                    || cells.subList(first, cells.size()).stream().anyMatch(c -> !CellText.isValue(c.text())))) {
                return null;
            }
            String[] texts = new String[n];
            int at = first;
            for (int c = 0; c < n; c++) {
                if (named[c]) {
                    texts[c] = cells.get(at++).text();
                } else {
                    absent.add(grid.columns().get(c).shortName());
                }
            }
            return texts;
        }

        /**
         * A printed row with fewer numbers than columns (a blank cell prints nothing): each number goes to the
         * column whose middle is nearest, the columns without one are blank. Two numbers under one column, or one
         * between columns, and the row cannot be placed.
         */
        private String[] byPosition(FoundRow row) {
            int n = grid.columns().size();
            float pitch = Float.MAX_VALUE;
            for (int c = 1; c < n; c++) {
                pitch = Math.min(pitch, centres[c] - centres[c - 1]);
            }
            String[] texts = new String[n];
            for (int v = 0; v < row.values().size(); v++) {
                float x = row.centres().get(v);
                int nearest = 0;
                for (int c = 1; c < n; c++) {
                    if (Math.abs(centres[c] - x) < Math.abs(centres[nearest] - x)) {
                        nearest = c;
                    }
                }
                if (texts[nearest] != null || Math.abs(centres[nearest] - x) > pitch / 3) {
                    return null;
                }
                texts[nearest] = row.values().get(v);
            }
            for (int c = 0; c < n; c++) {
                texts[c] = texts[c] == null ? "" : texts[c];
            }
            return texts;
        }

        void noteMissing(TableSpec table, Notes notes) {
            if (!absent.isEmpty()) {
                notes.warn("import.columnsAbsent", table.name(), String.join("、", absent));
            }
        }
    }

    // ---- table 四: one row of fifteen numbers ------------------------------------------------------------------

    /**
     * Table 四's data row: the row of fifteen values (in a table row, its last fifteen cells, whatever stands
     * before them: a label, the empty cells of a flattened merge). A row with numbers wins over a blank one, so
     * that an invisible empty row a web page keeps after the data does not replace it.
     */
    void readTable4(List<Line> region) {
        TableSpec table = catalog.reviews().spec();
        Grid grid = table.grid();
        int n = grid.columns().size();
        List<String> data = null;
        boolean dataHasNumber = false;
        FoundRow nearest = null;
        for (FoundRow row : FoundRow.of(region, headers(table))) {
            List<String> candidate = fifteen(row, n);
            boolean hasNumber = candidate != null && candidate.stream().anyMatch(CellText::isNumber);
            if (candidate != null && (data == null || hasNumber && !dataHasNumber)) {
                data = candidate;
                dataHasNumber = hasNumber;
            } else if (candidate == null && row.hasNumber() && (nearest == null
                    || Math.abs(row.values().size() - n) < Math.abs(nearest.values().size() - n))) {
                nearest = row;
            }
        }
        if (data == null) {
            if (nearest != null) {
                notes.warn("import.table4Count", table.name(), nearest.values().size(), n);
                grid.columns().forEach(c -> sheet.markUnreadable(grid.cellKey(grid.rows().get(0), c)));
            } else {
                notes.warn("import.tableUnread", table.name());
            }
            return;
        }
        for (int c = 0; c < n; c++) {
            put(grid.cellKey(grid.rows().get(0), grid.columns().get(c)), data.get(c));
        }
    }

    /**
     * A row's n values, or null when it is not a data row of n: n values after its label, or a table row whose
     * last n cells are mostly numbers with no number before them (a word where a number should be is then
     * reported for its cell, and the row still read).
     */
    private static List<String> fifteen(FoundRow row, int n) {
        if (row.values().size() == n) {
            return row.values();
        }
        List<String> whole = row.line() == null ? List.of() : ownCells(row.line()).stream().map(Cell::text).toList();
        if (whole.size() < n) {
            return null;
        }
        List<String> last = whole.subList(whole.size() - n, whole.size());
        boolean numbersBefore = whole.subList(0, whole.size() - n).stream().anyMatch(CellText::isNumber);
        return !numbersBefore && last.stream().filter(CellText::isNumber).count() * 2 > n ? last : null;
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    /** The cells of a table row that hold text of their own: a cell merged across several columns counts once. */
    private static List<Cell> ownCells(Line line) {
        return line.cells().stream().filter(c -> !c.spanned()).toList();
    }

    /** A table's titles, corner notes and column headers, normalised. */
    static Set<String> headers(TableSpec table) {
        Set<String> headers = new HashSet<>();
        for (Grid g : table.grids()) {
            for (String s : new String[] {g.title(), g.corner()}) {
                if (s != null) {
                    headers.add(Labels.normalize(s));
                }
            }
            g.columns().forEach(c -> c.path().forEach(p -> headers.add(Labels.normalize(p))));
        }
        return headers;
    }

    private void put(String key, String text) {
        sheet.put(catalog.cell(key).orElseThrow(), text);
    }

    private void rowUnreadable(TableSpec table, Header row, FoundRow found, int expected, List<String> keys) {
        keys.forEach(sheet::markUnreadable);
        notes.warn("import.rowCount", table.name(), row.shortName(), found.values().size(), expected);
    }

    /** A label that is not the catalog's, word for word, is reported with the catalog's label it was taken as. */
    private void noteLabel(TableSpec table, Header row, FoundRow found) {
        String printed = Labels.normalize(found.label());
        String label = Labels.normalize(row.label());
        if (Labels.commonSubsequence(printed, label) < label.length()) {
            notes.warn("import.labelTakenAs", table.name(), found.label(), row.label());
        }
    }

    /** Rows with numbers that match no label, and catalog rows the document does not have. */
    private void noteLeftOvers(TableSpec table, List<FoundRow> rows, List<Pair> pairs) {
        if (pairs.isEmpty()) {
            notes.warn("import.tableUnread", table.name());
            return;
        }
        Set<Integer> paired = new HashSet<>();
        pairs.forEach(p -> paired.add(p.row()));
        for (int i = 0; i < rows.size(); i++) {
            if (!paired.contains(i) && rows.get(i).hasNumber()) {
                notes.warn("import.rowUnknown", table.name(),
                        rows.get(i).label().isBlank() ? String.join(" ", rows.get(i).values()) : rows.get(i).label());
            }
        }
        List<String> missing = new ArrayList<>();
        for (Grid g : table.grids()) {
            for (Header r : g.rows()) {
                if (g.columns().stream().allMatch(c -> sheet.state(g.cellKey(r, c)) == State.MISSING)) {
                    missing.add(r.shortName());
                }
            }
        }
        if (!missing.isEmpty()) {
            notes.warn("import.rowsMissing", table.name(), String.join("、", missing));
        }
    }
}
