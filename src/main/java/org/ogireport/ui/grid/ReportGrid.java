package org.ogireport.ui.grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.RuleWords;
import org.ogireport.ui.Scrolling;
import org.ogireport.ui.grid.GridClipboard.Paste;
import org.ogireport.ui.grid.GridLayout.Span;

/**
 * One grid of the official tables as it is printed — table 三 with its three-level row labels and two-level column
 * header, table 四 with its three-level header, one block of table 二 under its title row — built from the catalog's
 * {@link Grid}, and edited like a spreadsheet: typing replaces, Enter moves down, Tab right (Shift reverses), the
 * arrows move, F2 edits in place, Delete empties, Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes
 * a block copied from Excel or WPS at the selected cell. Computed cells are grey and are skipped by Enter and Tab.
 * Where things go is {@link GridLayout}, the cursor and block {@link GridSelection}, copy and paste
 * {@link GridClipboard}; this class draws them and edits in place.
 */
public final class ReportGrid extends GridPane {

    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass UNFILLED = PseudoClass.getPseudoClass("unfilled");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");
    /** The text of the Tab a grid sends to let the focus leave the table, to tell it from the clerk's. */
    private static final String LEAVING = "ogi-leave-table";

    private final GridCells source;
    private final MessageBar messages;
    private final GridLayout layout;
    private final int rows;
    private final int cols;
    private final CellSpec[][] specs;
    private final Label[][] cells;
    private final GridSelection selection;
    private final GridClipboard clipboard;
    private final List<Label> wrappedLabels = new ArrayList<>();
    private final FrozenLabels frozen = new FrozenLabels(this);
    private final Map<String, String> formulas = new HashMap<>();
    private double[] labelWidths;
    private double dataWidth;

    /** The grids before and after this one in the same table (table 二's blocks), or null. */
    private ReportGrid previous;
    private ReportGrid next;

    private final ReadOnlyStringWrapper cursorKey = new ReadOnlyStringWrapper(this, "cursorKey");
    private final TextField editor = new TextField();
    private boolean editing;
    /** Started by typing (arrows leave the cell, as in Excel), not by F2 or a double click (arrows move the caret). */
    private boolean editingByTyping;

    /**
     * @param source   the cells shown and edited (read-only ones only move the cursor and copy)
     * @param messages where an input error or a paste is said
     */
    public ReportGrid(Grid grid, GridCells source, MessageBar messages) {
        this.source = source;
        this.messages = messages;
        this.layout = new GridLayout(grid);
        this.rows = layout.rows();
        this.cols = layout.cols();
        this.specs = new CellSpec[rows][cols];
        this.cells = new Label[rows][cols];

        getStyleClass().add("report-grid");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TABLE_VIEW);
        setAccessibleText(grid.title() != null ? grid.title() : source.catalog().table(grid.tableId()).name());
        buildLabels(grid);
        boolean[][] computed = buildCells(grid);
        selection = new GridSelection(computed);
        clipboard = new GridClipboard(specs, source);
        labelWidths = layout.naturalLabelWidths();
        dataWidth = layout.naturalColumnWidth() * cols;
        applyWidths(labelWidths, dataWidth);

        editor.getStyleClass().add("grid-editor");
        editor.setAlignment(Pos.CENTER_RIGHT);
        editor.addEventFilter(KeyEvent.KEY_PRESSED, this::onEditorKey);
        editor.focusedProperty().addListener((o, was, now) -> {
            if (!now && editing) {
                commitOrCancel();
            }
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKeyPressed);
        addEventHandler(KeyEvent.KEY_TYPED, this::onKeyTyped);
        focusedProperty().addListener((o, was, now) -> showSelection());
        source.onChange(this::refresh);
        refresh();
        showCursor();
    }

    // ---- building -------------------------------------------------------------------------------------------

    private void buildLabels(Grid grid) {
        if (grid.title() != null) {
            StackPane title = labelCell(grid.title(), "grid-title", null);
            frozen.addHeader(title);
            add(title, 0, 0, layout.rowDepth() + cols, 1);
        }
        if (grid.corner() != null && layout.rowDepth() > 0 && layout.colDepth() > 0) {
            StackPane corner = labelCell(grid.corner(), "grid-corner", null);
            frozen.addCorner(corner);
            add(corner, 0, layout.titleRows(), layout.rowDepth(), layout.colDepth());
        }
        for (Span s : layout.columnSpans()) {
            StackPane header = labelCell(s.label(), "grid-header", null);
            frozen.addHeader(header);
            add(header, layout.gridColumn(s.from()), layout.titleRows() + s.level(), s.length(), s.deep());
        }
        for (Span s : layout.rowSpans()) {
            StackPane label = labelCell(s.label(), "grid-row-label", layout.hint(s));
            frozen.addRowLabel(label);
            add(label, s.level(), layout.gridRow(s.from()), s.deep(), s.length());
        }
    }

    private StackPane labelCell(String text, String style, String hint) {
        boolean rowLabel = style.equals("grid-row-label");
        Label label = new Label(text);
        label.setWrapText(true);
        label.setAlignment(rowLabel ? Pos.CENTER_LEFT : Pos.CENTER);
        label.setTextAlignment(rowLabel ? TextAlignment.LEFT : TextAlignment.CENTER);
        label.setMinHeight(USE_PREF_SIZE);
        StackPane cell = new StackPane(label);
        cell.getStyleClass().addAll("grid-label", style);
        cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        if (rowLabel) {
            StackPane.setAlignment(label, Pos.CENTER_LEFT);
        }
        if (hint != null) {
            cell.getStyleClass().add("has-hint");
            Tooltip tip = new Tooltip(hint);
            tip.setShowDelay(Duration.millis(300));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            Tooltip.install(cell, tip);
        }
        wrappedLabels.add(label);
        return cell;
    }

    /** Adds the cells; returns which are computed. */
    private boolean[][] buildCells(Grid grid) {
        FormatCatalog catalog = source.catalog();
        boolean[][] computed = new boolean[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String key = grid.cellKey(grid.rows().get(r), grid.columns().get(c));
                CellSpec spec = catalog.cell(key).orElseThrow();
                specs[r][c] = spec;
                computed[r][c] = source.isComputed(spec);
                Label cell = new Label();
                cell.getStyleClass().add("grid-cell");
                if (computed[r][c]) {
                    cell.getStyleClass().add("computed");
                }
                cell.setAlignment(Pos.CENTER_RIGHT);
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                cell.setMinHeight(28);
                cell.setId("cell-" + key.replace('.', '-'));
                cell.setAccessibleText(CellInput.place(catalog, spec));
                int row = r;
                int col = c;
                cell.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> onCellPressed(e, row, col));
                cell.addEventHandler(MouseEvent.DRAG_DETECTED, e -> cell.startFullDrag());
                cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> {
                    selection.select(row, col, true);
                    showCursor();
                });
                cells[r][c] = cell;
                add(cell, layout.gridColumn(c), layout.gridRow(r));
            }
        }
        return computed;
    }

    // ---- widths ---------------------------------------------------------------------------------------------

    double dataAreaWidth() {
        return dataWidth;
    }

    double[] labelWidths() {
        return labelWidths.clone();
    }

    /** Sets the column widths (so that the blocks of table 二 line up) and wraps every label to fit its cell. */
    void applyWidths(double[] labelWidths, double dataAreaWidth) {
        this.labelWidths = labelWidths.clone();
        this.dataWidth = dataAreaWidth;
        getColumnConstraints().clear();
        for (double w : labelWidths) {
            getColumnConstraints().add(fixed(w));
        }
        double each = Math.floor(dataAreaWidth / cols);
        for (int c = 0; c < cols; c++) {
            getColumnConstraints().add(fixed(each));
        }
        getRowConstraints().clear();
        for (int r = 0; r < layout.gridRow(rows); r++) {
            RowConstraints rc = new RowConstraints();
            rc.setMinHeight(r >= layout.gridRow(0) ? 30 : 26);
            getRowConstraints().add(rc);
        }
        for (Label label : wrappedLabels) {
            double available = 0;
            Node cell = label.getParent();
            int from = GridPane.getColumnIndex(cell);
            Integer span = GridPane.getColumnSpan(cell);
            for (int c = from; c < from + (span == null ? 1 : span); c++) {
                available += getColumnConstraints().get(c).getPrefWidth();
            }
            label.setMaxWidth(GridLayout.balancedWidth(label.getText(), available - GridLayout.PAD));
        }
    }

    /**
     * Makes the grids of one table (table 二's blocks) read and type as one: the same label and number area widths,
     * and Tab, Enter and the arrows go on from the end of one block into the next (and back).
     */
    public static void joinAsOneTable(List<ReportGrid> grids) {
        for (int i = 0; i < grids.size(); i++) {
            grids.get(i).previous = i > 0 ? grids.get(i - 1) : null;
            grids.get(i).next = i + 1 < grids.size() ? grids.get(i + 1) : null;
        }
        if (grids.size() > 1) {
            alignColumns(grids);
        }
    }

    /** Gives the grids of a table the same label and number area widths, so that they read as one table (表二). */
    private static void alignColumns(List<ReportGrid> grids) {
        double[] labels = new double[0];
        double data = 0;
        for (ReportGrid g : grids) {
            double[] own = g.labelWidths();
            if (own.length > labels.length) {
                labels = Arrays.copyOf(labels, own.length);
            }
            for (int i = 0; i < own.length; i++) {
                labels[i] = Math.max(labels[i], own[i]);
            }
            data = Math.max(data, g.dataAreaWidth());
        }
        for (ReportGrid g : grids) {
            g.applyWidths(Arrays.copyOf(labels, g.labelWidths().length), data);
        }
    }

    private static ColumnConstraints fixed(double width) {
        ColumnConstraints cc = new ColumnConstraints(width, width, width);
        cc.setFillWidth(true);
        return cc;
    }

    // ---- showing --------------------------------------------------------------------------------------------

    /** Shows the values and the marks of the findings (called after every change of the report). */
    private void refresh() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                CellSpec spec = specs[r][c];
                Label cell = cells[r][c];
                String key = spec.key();
                cell.setText(source.display(key));
                Severity mark = source.mark(key);
                cell.pseudoClassStateChanged(ERROR, mark == Severity.E);
                cell.pseudoClassStateChanged(WARNING, mark == Severity.W);
                cell.pseudoClassStateChanged(UNFILLED, !source.isComputed(spec) && cell.getText().isEmpty());
                String tip = tooltipText(spec);
                if (tip == null) {
                    cell.setTooltip(null);
                } else if (cell.getTooltip() == null) {
                    Tooltip t = new Tooltip(tip);
                    t.setShowDelay(Duration.millis(300));
                    t.setWrapText(true);
                    t.setMaxWidth(420);
                    cell.setTooltip(t);
                } else {
                    cell.getTooltip().setText(tip);
                }
            }
        }
    }

    /** A computed cell's formula and the messages of the findings on a cell; null when there is nothing to say. */
    private String tooltipText(CellSpec spec) {
        List<String> lines = new ArrayList<>();
        if (spec.isDerived()) {
            lines.add(formulas.computeIfAbsent(spec.key(), k -> formula(spec)));
        }
        Set<String> rules = new LinkedHashSet<>();
        for (Finding f : source.findingsAt(spec.key())) {
            if (source.isOpen(f)) {
                lines.add(f.rule() + " " + f.message());
                rules.add(f.rule());
            }
        }
        // What the rules check, under their findings: the ids alone say nothing to the clerk.
        rules.stream().map(RuleWords::of).filter(w -> !w.isEmpty()).forEach(lines::add);
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** "= 自然人 + 商业企业 + …", named by column when the terms share the total's row, else by row. */
    private String formula(CellSpec spec) {
        FormatCatalog catalog = source.catalog();
        String terms = spec.derivation().terms().stream()
                .map(t -> catalog.cell(t).orElseThrow())
                .map(t -> t.row() == spec.row() ? t.column().label() : t.row().shortName())
                .collect(Collectors.joining(" + "));
        return Messages.get(source.isComputed(spec) ? "ui.grid.formula" : "ui.grid.formulaPublished", terms);
    }

    private void showSelection() {
        boolean active = isFocused() || editing;
        boolean block = selection.isBlock();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                cells[r][c].pseudoClassStateChanged(SELECTED, active && block && selection.contains(r, c));
                cells[r][c].pseudoClassStateChanged(CURSOR, active && selection.isCursor(r, c));
            }
        }
    }

    /** Shows the selection after it moved, and scrolls the cursor cell into view. */
    private void showCursor() {
        showSelection();
        cursorKey.set(cursorKey());
        Scrolling.ensureVisible(cells[selection.cursorRow()][selection.cursorCol()], frozen.headerHeight(),
                frozen.labelWidth());
    }

    /** Marks the cells a file did not give (an import's preview), unlike those it gave blank. */
    public void markMissing(Collection<String> keys) {
        String tip = Messages.get("ui.import.cellMissing");
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (keys.contains(specs[r][c].key())) {
                    cells[r][c].pseudoClassStateChanged(MISSING, true);
                    cells[r][c].setTooltip(new Tooltip(tip));
                }
            }
        }
    }

    // ---- the cursor -----------------------------------------------------------------------------------------

    /** The key of the cell under the cursor. */
    public String cursorKey() {
        return specs[selection.cursorRow()][selection.cursorCol()].key();
    }

    /** The key of the cell under the cursor, as it moves (what an aggregate's drill-down follows). */
    public ReadOnlyStringProperty cursorKeyProperty() {
        return cursorKey.getReadOnlyProperty();
    }

    /** Puts the cursor on a cell of this grid and focuses it; false when the key is not in this grid. */
    public boolean focusCell(String key) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (specs[r][c].key().equals(key)) {
                    requestFocus();
                    moved(r, c, false);
                    return true;
                }
            }
        }
        return false;
    }

    private void onCellPressed(MouseEvent e, int r, int c) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        if (editing) {
            commitOrCancel();
        }
        requestFocus();
        selection.select(r, c, e.isShiftDown());
        showCursor();
        if (e.getClickCount() == 2) {
            startEditing(null);
        }
        e.consume();
    }

    /** Moves the cursor, stopping at the edges; true (the key was used). */
    private boolean moved(int r, int c, boolean extend) {
        selection.moveTo(r, c, extend);
        showCursor();
        return true;
    }

    /**
     * Moves along the typing order (see {@link GridSelection#step}), on into the next grid of the table (or back into
     * the one before); false at the end of the table.
     */
    private boolean step(boolean acrossRow, boolean back) {
        if (selection.step(acrossRow, back)) {
            showCursor();
            return true;
        }
        for (ReportGrid g = back ? previous : next; g != null; g = back ? g.previous : g.next) {
            if (g.selection.enter(acrossRow, back)) {
                g.takeCursor();
                return true;
            }
        }
        return false;
    }

    /** Moves the cursor a row up or down, into the grid above or below at the edge (same column, or its last). */
    private boolean verticalMove(int rowDelta, boolean extend) {
        int row = selection.cursorRow() + rowDelta;
        ReportGrid other = rowDelta > 0 ? next : previous;
        if (row >= 0 && row < rows || extend || other == null) {
            return moved(row, selection.cursorCol(), extend);
        }
        other.selection.moveTo(rowDelta > 0 ? 0 : other.rows - 1, Math.min(selection.cursorCol(), other.cols - 1),
                false);
        other.takeCursor();
        return true;
    }

    /** Focuses this grid with its cursor shown and in view (the cursor came from a neighbouring grid). */
    private void takeCursor() {
        requestFocus();
        showCursor();
    }

    /**
     * Lets the focus go on past the whole table (Tab after its last cell, Ctrl+Tab anywhere): a Tab that no grid
     * takes is the scene's, which moves the focus to the next control.
     */
    private void leaveTable(boolean back) {
        ReportGrid end = this;
        while ((back ? end.previous : end.next) != null) {
            end = back ? end.previous : end.next;
        }
        end.requestFocus();
        end.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", LEAVING, KeyCode.TAB, back, false, false, false));
    }

    // ---- keys -----------------------------------------------------------------------------------------------

    private void onKeyPressed(KeyEvent e) {
        if (editing || LEAVING.equals(e.getText())) {
            return;
        }
        if (e.getCode() == KeyCode.TAB && e.isControlDown()) {
            leaveTable(e.isShiftDown());
            e.consume();
            return;
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        int row = selection.cursorRow();
        int col = selection.cursorCol();
        boolean extend = e.isShiftDown();
        boolean handled = true;
        if (shortcut && code == KeyCode.C) {
            GridClipboard.toSystemClipboard(clipboard.copy(selection));
        } else if (shortcut && code == KeyCode.V) {
            String text = GridClipboard.fromSystemClipboard();
            if (text != null) {
                paste(text);
            }
        } else if (shortcut && code == KeyCode.X) {
            GridClipboard.toSystemClipboard(clipboard.copy(selection));
            clearSelection();
        } else if (shortcut && code == KeyCode.A) {
            selection.selectAll();
            showCursor();
        } else if (shortcut || e.isAltDown()) {
            handled = false;
        } else {
            handled = switch (code) {
                case UP -> verticalMove(-1, extend);
                case DOWN -> verticalMove(1, extend);
                case LEFT -> moved(row, col - 1, extend);
                case RIGHT -> moved(row, col + 1, extend);
                case HOME -> moved(row, 0, extend);
                case END -> moved(row, cols - 1, extend);
                case ENTER -> step(false, extend) || true;
                case TAB -> step(true, extend); // at the end of the table the scene moves the focus on
                case F2 -> startEditing(null);
                case DELETE, BACK_SPACE -> clearSelection();
                default -> false;
            };
        }
        if (handled) {
            e.consume();
        }
    }

    private void onKeyTyped(KeyEvent e) {
        String ch = e.getCharacter();
        if (editing || ch.isEmpty() || e.isShortcutDown() || e.isAltDown() || Character.isISOControl(ch.charAt(0))) {
            return;
        }
        startEditing(ch);
        e.consume();
    }

    private void onEditorKey(KeyEvent e) {
        KeyCode code = e.getCode();
        boolean moveByArrow = editingByTyping && !e.isShiftDown();
        switch (code) {
            case ENTER -> {
                if (commit()) {
                    step(false, e.isShiftDown());
                }
            }
            case TAB -> {
                if (commit() && (e.isControlDown() || !step(true, e.isShiftDown()))) {
                    leaveTable(e.isShiftDown());
                }
            }
            case ESCAPE -> cancelEditing();
            case UP, DOWN -> {
                if (commit()) {
                    verticalMove(code == KeyCode.UP ? -1 : 1, false);
                }
            }
            case LEFT, RIGHT -> {
                if (!moveByArrow) {
                    return;
                }
                if (commit()) {
                    moved(selection.cursorRow(), selection.cursorCol() + (code == KeyCode.LEFT ? -1 : 1), false);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- editing --------------------------------------------------------------------------------------------

    /**
     * Opens the editor on the cursor cell.
     *
     * @param typed the character that started it (replacing the value), or null to edit the value in place
     */
    private boolean startEditing(String typed) {
        if (source.isReadOnly()) {
            return true;
        }
        CellSpec spec = specs[selection.cursorRow()][selection.cursorCol()];
        if (source.isComputed(spec)) {
            messages.error(Messages.get("ui.cell.computed", CellInput.place(source.catalog(), spec)));
            return true;
        }
        selection.collapse();
        editing = true;
        editingByTyping = typed != null;
        editor.setText(typed != null ? typed : source.display(spec.key()));
        editor.pseudoClassStateChanged(ERROR, false);
        getChildren().remove(editor);
        add(editor, layout.gridColumn(selection.cursorCol()), layout.gridRow(selection.cursorRow()));
        editor.requestFocus();
        editor.end();
        showSelection();
        return true;
    }

    /** Writes the editor's text into the report; on an error the editor stays open with the message. */
    private boolean commit() {
        if (!editing) {
            return true;
        }
        String error = source.setCellText(cursorKey(), editor.getText());
        if (error != null) {
            messages.error(error);
            editor.pseudoClassStateChanged(ERROR, true);
            editor.selectAll();
            return false;
        }
        messages.clear();
        closeEditor();
        return true;
    }

    /** Leaving the editor (a click elsewhere): keeps a valid value; an invalid one is dropped, with the message. */
    public void commitOrCancel() {
        if (editing && !commit()) {
            closeEditor();
        }
    }

    /** Closes the editor without changing the cell; false when it was not open. */
    public boolean cancelEditing() {
        if (!editing) {
            return false;
        }
        messages.clear();
        closeEditor();
        return true;
    }

    private void closeEditor() {
        editing = false;
        // The grid takes the focus before the editor goes, so that the focus never leaves the table on the way.
        if (editor.isFocused()) {
            requestFocus();
        }
        getChildren().remove(editor);
        showSelection();
    }

    // ---- clipboard ------------------------------------------------------------------------------------------

    /**
     * Pastes tab-separated rows at the selection as one undo step (see {@link GridClipboard#paste}); nothing changes
     * when the block does not fit or holds something that is not a number, and the message says where.
     */
    public void paste(String text) {
        Paste paste = source.isReadOnly() ? null : clipboard.paste(text, selection);
        if (paste == null) {
            return;
        }
        if (paste.refused()) {
            messages.error(paste.message());
            return;
        }
        String error = source.setCells(paste.values());
        if (error != null) {
            messages.error(error);
            return;
        }
        selection.selectBlock(selection.top(), selection.left(), paste.height(), paste.width());
        showCursor();
        messages.info(paste.message());
    }

    private boolean clearSelection() {
        if (source.isReadOnly()) {
            return true;
        }
        Map<String, BigDecimal> empty = new LinkedHashMap<>();
        for (int r = selection.top(); r <= selection.bottom(); r++) {
            for (int c = selection.left(); c <= selection.right(); c++) {
                if (!source.isComputed(specs[r][c])) {
                    empty.put(specs[r][c].key(), null);
                }
            }
        }
        source.setCells(empty);
        return true;
    }
}
