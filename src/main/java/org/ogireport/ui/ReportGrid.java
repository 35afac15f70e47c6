package org.ogireport.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
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
import org.ogireport.format.Header;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;

/**
 * One grid of the official tables as it is printed — table 三 with its three-level row labels and two-level column
 * header, table 四 with its three-level header, one block of table 二 under its title row — built from the catalog's
 * {@link Grid}, and edited like a spreadsheet: typing replaces, Enter moves down, Tab right (Shift reverses), the
 * arrows move, F2 edits in place, Delete empties, Ctrl+C copies the selection as tab-separated text, Ctrl+V pastes
 * a block copied from Excel or WPS at the selected cell. Computed cells are grey and are skipped by Enter and Tab.
 */
final class ReportGrid extends GridPane {

    /** The width of one Chinese character at the grid's font size (app.css: .report-grid), for wrapping labels. */
    static final double EM = 13;
    private static final double PAD = 12;

    private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");
    private static final PseudoClass UNFILLED = PseudoClass.getPseudoClass("unfilled");
    private static final PseudoClass MISSING = PseudoClass.getPseudoClass("missing");

    private final Grid grid;
    private final DraftSession session;
    private final MessageBar messages;
    /** Shown, not edited (an import's preview): the cursor moves and copies, nothing types, pastes or empties. */
    private final boolean readOnly;
    private final int rowDepth;
    private final int colDepth;
    private final int top;
    private final int rows;
    private final int cols;
    private final CellSpec[][] specs;
    private final Label[][] cells;
    private final List<Label> wrappedLabels = new ArrayList<>();
    private final Map<String, String> formulas = new HashMap<>();
    private double[] labelWidths;
    private double dataWidth;

    private int cursorRow;
    private int cursorCol;
    private int anchorRow;
    private int anchorCol;
    private final TextField editor = new TextField();
    private boolean editing;
    /** Started by typing (arrows leave the cell, as in Excel), not by F2 or a double click (arrows move the caret). */
    private boolean editingByTyping;

    ReportGrid(Grid grid, DraftSession session, MessageBar messages) {
        this(grid, session, messages, false);
    }

    ReportGrid(Grid grid, DraftSession session, MessageBar messages, boolean readOnly) {
        this.grid = grid;
        this.session = session;
        this.messages = messages;
        this.readOnly = readOnly;
        this.rowDepth = grid.rows().stream().mapToInt(r -> r.path().size()).max().orElse(0);
        this.colDepth = grid.columns().stream().mapToInt(c -> c.path().size()).max().orElse(0);
        this.top = (grid.title() == null ? 0 : 1) + colDepth;
        this.rows = grid.rows().size();
        this.cols = grid.columns().size();
        this.specs = new CellSpec[rows][cols];
        this.cells = new Label[rows][cols];

        getStyleClass().add("report-grid");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TABLE_VIEW);
        setAccessibleText(grid.title() != null ? grid.title() : session.catalog().table(grid.tableId()).name());
        buildLabels();
        buildCells();
        labelWidths = naturalLabelWidths();
        dataWidth = naturalDataWidth() * cols;
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
        session.addListener(keys -> refresh());
        refresh();
        moveTo(firstTypedRow(), firstTypedCol(), false);
    }

    // ---- building -------------------------------------------------------------------------------------------

    private void buildLabels() {
        int titleRows = grid.title() == null ? 0 : 1;
        if (grid.title() != null) {
            add(labelCell(grid.title(), "grid-title", null), 0, 0, rowDepth + cols, 1);
        }
        if (grid.corner() != null && rowDepth > 0 && colDepth > 0) {
            add(labelCell(grid.corner(), "grid-corner", null), 0, titleRows, rowDepth, colDepth);
        }
        List<List<String>> colPaths = grid.columns().stream().map(Header::path).toList();
        for (Span s : spans(colPaths, colDepth)) {
            add(labelCell(s.label, "grid-header", null), rowDepth + s.from, titleRows + s.level, s.length,
                    s.deep);
        }
        List<List<String>> rowPaths = grid.rows().stream().map(Header::path).toList();
        for (Span s : spans(rowPaths, rowDepth)) {
            String hint = s.length == 1 && s.level == grid.rows().get(s.from).path().size() - 1
                    ? grid.rows().get(s.from).hint() : null;
            add(labelCell(s.label, "grid-row-label", hint), s.level, top + s.from, s.deep, s.length);
        }
    }

    /** A merged label: one run of neighbours sharing the same label path up to a level. */
    record Span(int level, int from, int length, int deep, String label) {
    }

    /**
     * The merged labels of the rows or columns: at each level, a run of neighbours with the same path up to that
     * level is one label; a path that ends above the deepest level reaches down (or right) to it.
     */
    static List<Span> spans(List<List<String>> paths, int depth) {
        List<Span> out = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            int i = 0;
            while (i < paths.size()) {
                List<String> p = paths.get(i);
                if (p.size() <= level) {
                    i++;
                    continue;
                }
                List<String> prefix = p.subList(0, level + 1);
                int j = i + 1;
                boolean continues = p.size() > level + 1;
                while (j < paths.size() && paths.get(j).size() > level
                        && paths.get(j).subList(0, level + 1).equals(prefix)) {
                    continues |= paths.get(j).size() > level + 1;
                    j++;
                }
                out.add(new Span(level, i, j - i, continues ? 1 : depth - level, p.get(level)));
                i = j;
            }
        }
        return out;
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

    private void buildCells() {
        FormatCatalog catalog = session.catalog();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                String key = grid.cellKey(grid.rows().get(r), grid.columns().get(c));
                CellSpec spec = catalog.cell(key).orElseThrow();
                specs[r][c] = spec;
                Label cell = new Label();
                cell.getStyleClass().add("grid-cell");
                if (session.isComputed(spec)) {
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
                cell.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, e -> select(row, col, true));
                cells[r][c] = cell;
                add(cell, rowDepth + c, top + r);
            }
        }
    }

    // ---- widths ---------------------------------------------------------------------------------------------

    /**
     * The widths of the row label levels: an outer level (merged over many rows, like 三、本年度办理结果) in lines
     * of three characters when its labels are long, the innermost wide enough for most labels on one line and the
     * longest on three.
     */
    double[] naturalLabelWidths() {
        double[] widths = new double[rowDepth];
        for (int level = 0; level < rowDepth; level++) {
            boolean innermost = level == rowDepth - 1;
            int longest = 0;
            for (Header r : grid.rows()) {
                // Labels that reach across the deeper levels do not set this level's width.
                if (r.path().size() > level + 1 || innermost && r.path().size() == rowDepth) {
                    longest = Math.max(longest, r.path().get(level).length());
                }
            }
            int perLine = innermost ? Math.max(8, Math.min(14, (longest + 2) / 3 + 2)) : longest > 8 ? 3 : longest;
            widths[level] = perLine * EM + PAD + 8;
        }
        return widths;
    }

    /**
     * The width of one number column: its header on at most three lines; narrow when the grid has many columns
     * (table 四's fifteen), wide when it has few (table 二's blocks, whose numbers reach millions).
     */
    double naturalDataWidth() {
        int longest = grid.columns().stream().mapToInt(c -> c.label().length()).max().orElse(2);
        double minimum = cols <= 3 ? 110 : cols > 10 ? 46 : 56;
        return Math.max(minimum, Math.ceil(longest / (cols <= 3 ? 2.0 : 3.0)) * EM + PAD);
    }

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
        for (int r = 0; r < top + rows; r++) {
            RowConstraints rc = new RowConstraints();
            rc.setMinHeight(r >= top ? 30 : 26);
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
            label.setMaxWidth(balancedWidth(label.getText(), available - PAD));
        }
    }

    /** Gives the grids of a table the same label and number area widths, so that they read as one table (表二). */
    static void alignColumns(List<ReportGrid> grids) {
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

    /**
     * The width that wraps a label into lines of equal length: "结果维持" in a 3-character cell becomes 结果 / 维持,
     * not 结果维 / 持.
     */
    static double balancedWidth(String text, double available) {
        int chars = Math.max(1, text.length());
        int perLineMax = Math.max(1, (int) Math.floor(available / EM));
        int lines = (chars + perLineMax - 1) / perLineMax;
        int perLine = (chars + lines - 1) / lines;
        return Math.min(available, perLine * EM + 2);
    }

    // ---- showing --------------------------------------------------------------------------------------------

    /** Shows the values and the marks of the findings (called after every change of the draft). */
    void refresh() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                CellSpec spec = specs[r][c];
                Label cell = cells[r][c];
                String key = spec.key();
                cell.setText(session.display(key));
                Severity mark = session.mark(key);
                cell.pseudoClassStateChanged(ERROR, mark == Severity.E);
                cell.pseudoClassStateChanged(WARNING, mark == Severity.W);
                cell.pseudoClassStateChanged(UNFILLED, !session.isComputed(spec) && cell.getText().isEmpty());
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
        for (Finding f : session.findingsAt(spec.key())) {
            if (session.isOpen(f)) {
                lines.add(f.rule() + " " + f.message());
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }

    /** "= 自然人 + 商业企业 + …", named by column when the terms share the total's row, else by row. */
    private String formula(CellSpec spec) {
        FormatCatalog catalog = session.catalog();
        String terms = spec.derivation().terms().stream()
                .map(t -> catalog.cell(t).orElseThrow())
                .map(t -> t.row() == spec.row() ? t.column().label() : t.row().shortName())
                .collect(Collectors.joining(" + "));
        return Messages.get(session.isComputed(spec) ? "ui.grid.formula" : "ui.grid.formulaPublished", terms);
    }

    private void showSelection() {
        int r0 = Math.min(anchorRow, cursorRow);
        int r1 = Math.max(anchorRow, cursorRow);
        int c0 = Math.min(anchorCol, cursorCol);
        int c1 = Math.max(anchorCol, cursorCol);
        boolean multi = r0 != r1 || c0 != c1;
        boolean active = isFocused() || editing;
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                boolean in = r >= r0 && r <= r1 && c >= c0 && c <= c1;
                cells[r][c].pseudoClassStateChanged(SELECTED, active && multi && in);
                cells[r][c].pseudoClassStateChanged(CURSOR, active && r == cursorRow && c == cursorCol);
            }
        }
    }

    /** Marks the cells a file did not give (an import's preview), unlike those it gave blank. */
    void markMissing(Collection<String> keys) {
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

    // ---- selection and moving -------------------------------------------------------------------------------

    /** The key of the cell under the cursor. */
    String cursorKey() {
        return specs[cursorRow][cursorCol].key();
    }

    /** Puts the cursor on a cell of this grid and focuses it; false when the key is not in this grid. */
    boolean focusCell(String key) {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (specs[r][c].key().equals(key)) {
                    requestFocus();
                    moveTo(r, c, false);
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
        select(r, c, e.isShiftDown());
        if (e.getClickCount() == 2) {
            startEditing(null);
        }
        e.consume();
    }

    private void select(int r, int c, boolean extend) {
        cursorRow = r;
        cursorCol = c;
        if (!extend) {
            anchorRow = r;
            anchorCol = c;
        }
        showSelection();
        Scrolling.ensureVisible(cells[r][c]);
    }

    private void moveTo(int r, int c, boolean extend) {
        select(Math.max(0, Math.min(rows - 1, r)), Math.max(0, Math.min(cols - 1, c)), extend);
    }

    /**
     * Moves along the typing order (Tab: along the row; Enter: down the column), skipping computed cells.
     *
     * @return false at the end of the grid (Tab then leaves the grid)
     */
    private boolean step(boolean acrossRow, boolean back) {
        int index = acrossRow ? cursorRow * cols + cursorCol : cursorCol * rows + cursorRow;
        int d = back ? -1 : 1;
        for (int i = index + d; i >= 0 && i < rows * cols; i += d) {
            int r = acrossRow ? i / cols : i % rows;
            int c = acrossRow ? i % cols : i / rows;
            if (!session.isComputed(specs[r][c])) {
                moveTo(r, c, false);
                return true;
            }
        }
        return false;
    }

    private int firstTypedRow() {
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (!session.isComputed(specs[r][c])) {
                    return r;
                }
            }
        }
        return 0;
    }

    private int firstTypedCol() {
        int r = firstTypedRow();
        for (int c = 0; c < cols; c++) {
            if (!session.isComputed(specs[r][c])) {
                return c;
            }
        }
        return 0;
    }

    // ---- keys -----------------------------------------------------------------------------------------------

    private void onKeyPressed(KeyEvent e) {
        if (editing) {
            return;
        }
        boolean shortcut = e.isShortcutDown();
        KeyCode code = e.getCode();
        boolean handled = true;
        if (shortcut && code == KeyCode.C) {
            copy();
        } else if (shortcut && code == KeyCode.V) {
            String text = Clipboard.getSystemClipboard().getString();
            if (text != null) {
                paste(text);
            }
        } else if (shortcut && code == KeyCode.X) {
            copy();
            clearSelection();
        } else if (shortcut && code == KeyCode.A) {
            anchorRow = 0;
            anchorCol = 0;
            select(rows - 1, cols - 1, true);
        } else if (shortcut || e.isAltDown()) {
            handled = false;
        } else {
            handled = switch (code) {
                case UP -> moved(cursorRow - 1, cursorCol, e.isShiftDown());
                case DOWN -> moved(cursorRow + 1, cursorCol, e.isShiftDown());
                case LEFT -> moved(cursorRow, cursorCol - 1, e.isShiftDown());
                case RIGHT -> moved(cursorRow, cursorCol + 1, e.isShiftDown());
                case HOME -> moved(cursorRow, 0, e.isShiftDown());
                case END -> moved(cursorRow, cols - 1, e.isShiftDown());
                case ENTER -> step(false, e.isShiftDown()) || true;
                case TAB -> step(true, e.isShiftDown());
                case F2 -> startEditing(null);
                case DELETE, BACK_SPACE -> clearSelection();
                default -> false;
            };
        }
        if (handled) {
            e.consume();
        }
    }

    private boolean moved(int r, int c, boolean extend) {
        moveTo(r, c, extend);
        return true;
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
                if (commit() && !step(true, e.isShiftDown())) {
                    requestFocus();
                }
            }
            case ESCAPE -> cancelEditing();
            case UP, DOWN -> {
                if (commit()) {
                    moveTo(cursorRow + (code == KeyCode.UP ? -1 : 1), cursorCol, false);
                }
            }
            case LEFT, RIGHT -> {
                if (!moveByArrow) {
                    return;
                }
                if (commit()) {
                    moveTo(cursorRow, cursorCol + (code == KeyCode.LEFT ? -1 : 1), false);
                }
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    // ---- editing --------------------------------------------------------------------------------------------

    boolean isEditing() {
        return editing;
    }

    /**
     * Opens the editor on the cursor cell.
     *
     * @param typed the character that started it (replacing the value), or null to edit the value in place
     */
    private boolean startEditing(String typed) {
        if (readOnly) {
            return true;
        }
        CellSpec spec = specs[cursorRow][cursorCol];
        if (session.isComputed(spec)) {
            messages.error(Messages.get("ui.cell.computed", CellInput.place(session.catalog(), spec)));
            return true;
        }
        anchorRow = cursorRow;
        anchorCol = cursorCol;
        editing = true;
        editingByTyping = typed != null;
        editor.setText(typed != null ? typed : session.display(spec.key()));
        editor.pseudoClassStateChanged(ERROR, false);
        getChildren().remove(editor);
        add(editor, rowDepth + cursorCol, top + cursorRow);
        editor.requestFocus();
        editor.end();
        showSelection();
        return true;
    }

    /** Writes the editor's text into the draft; on an error the editor stays open with the message. */
    private boolean commit() {
        if (!editing) {
            return true;
        }
        String error = session.setCellText(specs[cursorRow][cursorCol].key(), editor.getText());
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
    void commitOrCancel() {
        if (editing && !commit()) {
            closeEditor();
        }
    }

    /** Closes the editor without changing the cell; false when it was not open. */
    boolean cancelEditing() {
        if (!editing) {
            return false;
        }
        messages.clear();
        closeEditor();
        return true;
    }

    private void closeEditor() {
        editing = false;
        boolean hadFocus = editor.isFocused();
        getChildren().remove(editor);
        if (hadFocus) {
            requestFocus();
        }
        showSelection();
    }

    // ---- clipboard ------------------------------------------------------------------------------------------

    /** The selection as tab-separated text, one line per row, empty cells empty: what Excel and WPS paste. */
    String selectionText() {
        StringBuilder sb = new StringBuilder();
        for (int r = Math.min(anchorRow, cursorRow); r <= Math.max(anchorRow, cursorRow); r++) {
            List<String> line = new ArrayList<>();
            for (int c = Math.min(anchorCol, cursorCol); c <= Math.max(anchorCol, cursorCol); c++) {
                line.add(session.display(specs[r][c].key()));
            }
            sb.append(String.join("\t", line)).append('\n');
        }
        return sb.toString();
    }

    private void copy() {
        ClipboardContent content = new ClipboardContent();
        content.putString(selectionText());
        Clipboard.getSystemClipboard().setContent(content);
    }

    /**
     * Pastes tab-separated rows at the cursor as one undo step. A single value fills the whole selection. Nothing
     * changes when the block does not fit or holds something that is not a number; the message says where.
     */
    void paste(String text) {
        List<List<String>> block = TabText.parse(text);
        if (block.isEmpty() || readOnly) {
            return;
        }
        int height = block.size();
        int width = block.stream().mapToInt(List::size).max().orElse(0);
        int r0 = Math.min(anchorRow, cursorRow);
        int c0 = Math.min(anchorCol, cursorCol);
        FormatCatalog catalog = session.catalog();
        String place = CellInput.place(catalog, specs[r0][c0]);
        boolean fill = height == 1 && width == 1;
        int fillRows = fill ? Math.abs(anchorRow - cursorRow) + 1 : height;
        int fillCols = fill ? Math.abs(anchorCol - cursorCol) + 1 : width;
        if (r0 + fillRows > rows || c0 + fillCols > cols) {
            messages.error(Messages.get("ui.paste.tooBig", height, width, place, rows - r0, cols - c0));
            return;
        }
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        int skipped = 0;
        for (int i = 0; i < fillRows; i++) {
            for (int j = 0; j < fillCols; j++) {
                String raw = fill ? block.get(0).get(0) : j < block.get(i).size() ? block.get(i).get(j) : "";
                CellSpec spec = specs[r0 + i][c0 + j];
                if (session.isComputed(spec)) {
                    skipped += raw.isBlank() ? 0 : 1;
                    continue;
                }
                CellInput.Parsed parsed = CellInput.parse(raw, spec.kind());
                if (!parsed.isValid()) {
                    messages.error(Messages.get("ui.paste.bad", i + 1, j + 1, CellInput.place(catalog, spec),
                            parsed.error()));
                    return;
                }
                values.put(spec.key(), parsed.value());
            }
        }
        String error = session.setCells(values);
        if (error != null) {
            messages.error(error);
            return;
        }
        anchorRow = r0;
        anchorCol = c0;
        select(r0 + fillRows - 1, c0 + fillCols - 1, true);
        String done = Messages.get("ui.paste.done", fillRows, fillCols, place);
        messages.info(skipped == 0 ? done : done + Messages.get("ui.paste.skippedComputed", skipped));
    }

    private boolean clearSelection() {
        if (readOnly) {
            return true;
        }
        Map<String, BigDecimal> empty = new LinkedHashMap<>();
        for (int r = Math.min(anchorRow, cursorRow); r <= Math.max(anchorRow, cursorRow); r++) {
            for (int c = Math.min(anchorCol, cursorCol); c <= Math.max(anchorCol, cursorCol); c++) {
                if (!session.isComputed(specs[r][c])) {
                    empty.put(specs[r][c].key(), null);
                }
            }
        }
        session.setCells(empty);
        return true;
    }
}
