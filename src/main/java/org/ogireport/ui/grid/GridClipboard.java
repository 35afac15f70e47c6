package org.ogireport.ui.grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;

/**
 * Copying and pasting blocks of a grid as tab-separated text, as Excel and WPS put a range on the clipboard. A paste
 * is checked whole before anything is written: a block that does not fit, or holds something that is not a number,
 * changes nothing, and the message says where.
 */
final class GridClipboard {

    /**
     * A paste checked whole.
     *
     * @param values  the values to write by cell key (null empties a cell), as one edit
     * @param height  the rows of the block it fills from the top left of the selection
     * @param message what to say: the block written, or why nothing may change
     * @param refused whether nothing may change
     */
    record Paste(Map<String, BigDecimal> values, int height, int width, String message, boolean refused) {

        static Paste refusedBecause(String message) {
            return new Paste(Map.of(), 0, 0, message, true);
        }
    }

    private final CellSpec[][] specs;
    private final GridCells cells;

    /** @param specs the cells of the grid by row and column */
    GridClipboard(CellSpec[][] specs, GridCells cells) {
        this.specs = specs;
        this.cells = cells;
    }

    /** The block selected as tab-separated text, one line per row, empty cells empty: what Excel and WPS paste. */
    String copy(GridSelection selection) {
        StringBuilder sb = new StringBuilder();
        for (int r = selection.top(); r <= selection.bottom(); r++) {
            List<String> line = new ArrayList<>();
            for (int c = selection.left(); c <= selection.right(); c++) {
                line.add(cells.display(specs[r][c].key()));
            }
            sb.append(String.join("\t", line)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Checks tab-separated rows pasted at the top left of the selection; a single value fills the whole selection.
     * Values that fall on computed cells are left out and counted.
     *
     * @return null when the text holds no cell
     */
    Paste paste(String text, GridSelection selection) {
        List<List<String>> block = TabText.parse(text);
        if (block.isEmpty()) {
            return null;
        }
        int height = block.size();
        int width = block.stream().mapToInt(List::size).max().orElse(0);
        int r0 = selection.top();
        int c0 = selection.left();
        FormatCatalog catalog = cells.catalog();
        String place = CellInput.place(catalog, specs[r0][c0]);
        boolean fill = height == 1 && width == 1;
        int fillRows = fill ? selection.height() : height;
        int fillCols = fill ? selection.width() : width;
        int rows = specs.length;
        int cols = specs[0].length;
        if (r0 + fillRows > rows || c0 + fillCols > cols) {
            return Paste.refusedBecause(Messages.get("ui.paste.tooBig", height, width, place, rows - r0, cols - c0));
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < fillRows; i++) {
            for (int j = 0; j < fillCols; j++) {
                String raw = fill ? block.get(0).get(0) : j < block.get(i).size() ? block.get(i).get(j) : "";
                CellSpec spec = specs[r0 + i][c0 + j];
                if (cells.isComputed(spec)) {
                    skipped += raw.isBlank() ? 0 : 1;
                    continue;
                }
                CellInput.Parsed parsed = CellInput.parse(raw, spec.kind());
                if (!parsed.isValid()) {
                    return Paste.refusedBecause(Messages.get("ui.paste.bad", i + 1, j + 1,
                            CellInput.place(catalog, spec), parsed.error()));
                }
                values.put(spec.key(), parsed.value());
            }
        }
        String done = Messages.get("ui.paste.done", fillRows, fillCols, place);
        return new Paste(values, fillRows, fillCols,
                skipped == 0 ? done : done + Messages.get("ui.paste.skippedComputed", skipped), false);
    }

    static void toSystemClipboard(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    /** The text on the system clipboard, or null when it holds none. */
    static String fromSystemClipboard() {
        return Clipboard.getSystemClipboard().getString();
    }
}
