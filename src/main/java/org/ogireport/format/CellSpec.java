package org.ogireport.format;

/**
 * One cell of the official tables.
 *
 * @param key        the stable cell key of spec §3–§5 (e.g. {@code t3.r3_3_4.tot})
 * @param grid       the grid the cell is printed in
 * @param row        its row
 * @param column     its column
 * @param derivation how it is computed, or null when it is typed
 */
public record CellSpec(String key, Grid grid, Header row, Header column, Derivation derivation) {

    public TableId table() {
        return grid.table();
    }

    public String tableId() {
        return grid.tableId();
    }

    public ValueKind kind() {
        return column.kind();
    }

    public boolean isDerived() {
        return derivation != null;
    }

    @Override
    public String toString() {
        return "CellSpec[" + key + "]";
    }
}
