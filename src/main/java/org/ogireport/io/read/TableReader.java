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
            List<String> values = new ArrayList<>(row.values());
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
     * Where each column of table 三 is in the document: by the column headers of a Word or web table (so that a
     * row printed with a label where a number should be is read for the columns it does have), else by the count
     * of numbers in the row.
     */
    private final class Columns {
        private final Grid grid;
        private final Map<Integer, int[]> byTable = new HashMap<>();
        private final boolean lastLost;
        private final Set<String> absent = new LinkedHashSet<>();

        Columns(Grid grid, List<Line> region, List<FoundRow> paired) {
            this.grid = grid;
            int n = grid.columns().size();
            Set<Line> pairedLines = new HashSet<>();
            paired.forEach(r -> pairedLines.add(r.line()));
            Map<Integer, List<Line>> headers = new LinkedHashMap<>();
            Set<Integer> started = new HashSet<>();
            for (Line line : region) {
                if (line.kind() != Doc.Kind.ROW) {
                    continue;
                }
                if (pairedLines.contains(line)) {
                    started.add(line.table());
                } else if (!started.contains(line.table())) {
                    headers.computeIfAbsent(line.table(), t -> new ArrayList<>()).add(line);
                }
            }
            int[] previous = null;
            for (Line line : region) {
                if (line.kind() == Doc.Kind.ROW && !byTable.containsKey(line.table())) {
                    int[] map = headerMap(headers.getOrDefault(line.table(), List.of()));
                    map = map != null ? map : previous;
                    if (map != null) {
                        byTable.put(line.table(), map);
                        previous = map;
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
        }

        /** The grid column of each catalog column in a table's header rows (-1 when absent), or null. */
        private int[] headerMap(List<Line> headerLines) {
            int n = grid.columns().size();
            int[] map = new int[n];
            int found = 0;
            int from = 0;
            for (int c = 0; c < n; c++) {
                map[c] = -1;
                String label = Labels.normalize(grid.columns().get(c).label());
                int width = headerLines.stream().mapToInt(l -> l.cells().size()).max().orElse(0);
                for (int j = from; j < width && map[c] < 0; j++) {
                    for (Line l : headerLines) {
                        if (j < l.cells().size() && !l.cells().get(j).spanned()
                                && Labels.normalize(l.cells().get(j).text()).equals(label)) {
                            map[c] = j;
                            from = j + 1;
                            found++;
                            break;
                        }
                    }
                }
            }
            return found * 2 >= n ? map : null;
        }

        /** The text of each column of a row (null: not in the document), or null when the row cannot be placed. */
        String[] texts(FoundRow row) {
            int n = grid.columns().size();
            String[] texts = new String[n];
            int[] map = row.line() == null ? null : byTable.get(row.line().table());
            if (map != null) {
                List<Cell> cells = row.line().cells();
                for (int c = 0; c < n; c++) {
                    if (map[c] < 0) {
                        absent.add(grid.columns().get(c).shortName());
                    } else if (map[c] < cells.size() && !cells.get(map[c]).spanned()) {
                        texts[c] = cells.get(map[c]).text();
                    }
                    // else the row has no cell of its own there (a merged or short row): not in the document
                }
                return texts;
            }
            List<String> values = row.values();
            if (values.size() == n) {
                return values.toArray(new String[0]);
            }
            if (values.size() == n - 1 && lastLost) {
                absent.add(grid.columns().get(n - 1).shortName());
                for (int c = 0; c < n - 1; c++) {
                    texts[c] = values.get(c);
                }
                return texts;
            }
            return null;
        }

        void noteMissing(TableSpec table, Notes notes) {
            if (!absent.isEmpty()) {
                notes.warn("import.columnsAbsent", table.name(), String.join("、", absent));
            }
        }
    }

    // ---- table 四: one row of fifteen numbers ------------------------------------------------------------------

    void readTable4(List<Line> region) {
        TableSpec table = catalog.reviews().spec();
        Grid grid = table.grid();
        int n = grid.columns().size();
        List<String> data = null;
        FoundRow nearest = null;
        for (FoundRow row : FoundRow.of(region, headers(table))) {
            List<String> whole = wholeRow(row);
            if (row.values().size() == n) {
                data = row.values();
            } else if (whole.size() == n && whole.stream().filter(CellText::isNumber).count() * 2 > n) {
                data = whole; // a word where a number should be: the cell is reported, the row still read
            } else if (row.hasNumber() && (nearest == null || Math.abs(row.values().size() - n)
                    < Math.abs(nearest.values().size() - n))) {
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

    /** The texts of all cells of a table row that hold their own text (none for other lines). */
    private static List<String> wholeRow(FoundRow row) {
        return row.line() == null ? List.of()
                : row.line().cells().stream().filter(c -> !c.spanned()).map(Cell::text).toList();
    }

    // ---- shared ---------------------------------------------------------------------------------------------

    /** A table's titles, corner notes and column headers, normalised. */
    private static Set<String> headers(TableSpec table) {
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
