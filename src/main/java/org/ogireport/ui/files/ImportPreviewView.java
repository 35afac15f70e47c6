package org.ogireport.ui.files;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.fxml.FXML;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ogireport.app.ImportOutcome;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.rules.FindingPlace;
import org.ogireport.ui.CharacterCount;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.OrganKinds;
import org.ogireport.ui.OrganYearInput;
import org.ogireport.ui.grid.ReportGrid;
import org.ogireport.ui.grid.ShownCells;

/**
 * 导入预览: what a file gave before anything is stored — whose report and which year (to correct), the format, the
 * three tables as read (cells the file did not give are marked), the prose found with its length, and every warning
 * of the reader and everything it did not find.
 */
public final class ImportPreviewView {

    /** How much of a text its tooltip shows. */
    private static final int TEXT_PEEK = 200;

    @FXML
    private Region root;
    @FXML
    private Label heading;
    @FXML
    private TextField organName;
    @FXML
    private ComboBox<OrganKind> organKind;
    @FXML
    private TextField year;
    @FXML
    private Label summary;
    @FXML
    private Label message;
    @FXML
    private TabPane tabs;
    @FXML
    private Button storeButton;

    private ImportOutcome read;
    private Consumer<ImportOutcome> store;
    private Runnable cancel;

    /** The organ a file without a title is read under when the clerk has no report yet: to be entered. */
    static String unknownOrgan() {
        return Messages.get("ui.import.unknownOrgan");
    }

    /**
     * @param untitled whether the file did not name the organ and year (they are a guess, to be checked)
     * @param store    stores what was read, filed under the organ and year the clerk confirmed
     * @param cancel   goes back without storing anything
     */
    void init(String fileName, ImportOutcome read, boolean untitled, Consumer<ImportOutcome> store,
              Runnable cancel) {
        this.read = read;
        this.store = store;
        this.cancel = cancel;
        Report report = read.report();
        FormatCatalog catalog = report.catalog();
        heading.setText(Messages.get("ui.import.title", fileName));
        organName.setText(report.organ().name().equals(unknownOrgan()) ? "" : report.organ().name());
        OrganKinds.setUp(organKind);
        organKind.setValue(report.organ().kind());
        year.setText(Integer.toString(report.year()));
        summary.setText(Messages.get("ui.import.summary", report.formatVersion().id(),
                Messages.get(report.mode() == ValueMode.COMPUTED ? "status.draft" : "status.published"),
                read.cellsRead(), catalog.cellCount(), read.textsRead(), catalog.texts().size()));
        showMessage(untitled ? Messages.get("ui.import.untitled") : null);

        Set<String> missing = new HashSet<>(read.notFound());
        List<String> missingLines = missingLines(catalog, missing);
        Tab notes = new Tab(Messages.get("ui.import.tabNotes", read.warnings().size() + missingLines.size()),
                scrolled(notes(read.warnings(), missingLines), true));
        notes.setId("tab-notes");
        tabs.getTabs().add(notes);
        ShownCells shown = new ShownCells(report);
        for (TableSpec table : catalog.tables()) {
            Tab tab = new Tab(table.name(), scrolled(grids(table, shown, missing), false));
            tab.setId("tab-" + table.id());
            tabs.getTabs().add(tab);
        }
        Tab prose = new Tab(Messages.get("ui.import.tabProse"), scrolled(prose(report, missing), true));
        prose.setId("tab-prose");
        tabs.getTabs().add(prose);
    }

    Region root() {
        return root;
    }

    void focusFirst() {
        storeButton.requestFocus();
    }

    /** The field of the organ the report is filed under. */
    TextField organField() {
        return organName;
    }

    /** Says what is wrong with the organ or year entered (null: nothing). */
    void showMessage(String text) {
        message.setText(text);
        message.setVisible(text != null);
        message.setManaged(text != null);
    }

    // ---- the tabs -------------------------------------------------------------------------------------------

    private static ScrollPane scrolled(Node content, boolean fitToWidth) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(fitToWidth);
        scroll.getStyleClass().add("section-scroll");
        return scroll;
    }

    private static VBox notes(List<String> warnings, List<String> missing) {
        VBox box = new VBox(6);
        box.getStyleClass().add("section-body");
        box.setId("import-notes");
        if (warnings.isEmpty() && missing.isEmpty()) {
            box.getChildren().add(new Label(Messages.get("ui.import.allRead")));
            return box;
        }
        if (!warnings.isEmpty()) {
            box.getChildren().add(heading(Messages.get("ui.import.warnings", warnings.size())));
            warnings.forEach(w -> box.getChildren().add(item(w, "import-warning")));
        }
        if (!missing.isEmpty()) {
            box.getChildren().add(heading(Messages.get("ui.import.missing", missing.size())));
            missing.forEach(m -> box.getChildren().add(item(m, "import-missing")));
        }
        return box;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().addAll("start-heading", "notes-heading");
        return l;
    }

    private static Label item(String text, String style) {
        Label l = new Label(Messages.get("ui.import.item", text));
        l.setWrapText(true);
        l.getStyleClass().add(style);
        return l;
    }

    /**
     * What the file did not give, in words: a whole table or row in one line, otherwise cell by cell, then the
     * prose and number fields.
     */
    static List<String> missingLines(FormatCatalog catalog, Set<String> missing) {
        List<String> lines = new ArrayList<>();
        for (TableSpec table : catalog.tables()) {
            List<CellSpec> cells = catalog.cellsOf(table.id());
            if (cells.stream().noneMatch(c -> missing.contains(c.key()))) {
                continue;
            }
            if (cells.stream().allMatch(c -> missing.contains(c.key()))) {
                lines.add(Messages.get("ui.import.missingTable", table.name()));
                continue;
            }
            for (Grid grid : table.grids()) {
                for (Header row : grid.rows()) {
                    List<String> keys = grid.columns().stream().map(c -> grid.cellKey(row, c)).toList();
                    if (keys.size() > 1 && keys.stream().allMatch(missing::contains)) {
                        lines.add(Messages.get("ui.import.missingRow", table.name(), row.shortName()));
                    } else {
                        keys.stream().filter(missing::contains)
                                .forEach(k -> lines.add(FindingPlace.describe(catalog, k)));
                    }
                }
            }
        }
        catalog.texts().stream().filter(t -> missing.contains(t.key()))
                .forEach(t -> lines.add(FindingPlace.describe(catalog, t.key())));
        catalog.numbers().stream().filter(n -> missing.contains(n.key()))
                .forEach(n -> lines.add(FindingPlace.describe(catalog, n.key())));
        return lines;
    }

    private static VBox grids(TableSpec table, ShownCells shown, Set<String> missing) {
        List<ReportGrid> grids = new ArrayList<>();
        for (Grid g : table.grids()) {
            ReportGrid grid = new ReportGrid(g, shown, new MessageBar());
            grid.setId("preview-" + table.id() + "-" + grids.size());
            grid.markMissing(missing);
            grids.add(grid);
        }
        ReportGrid.joinAsOneTable(grids);
        VBox box = new VBox(12);
        box.getStyleClass().add("section-body");
        box.getChildren().setAll(grids);
        return box;
    }

    /** Each prose field of the format with what the file gave for it: its length, 空, or not found. */
    private static GridPane prose(Report report, Set<String> missing) {
        GridPane grid = new GridPane();
        grid.setId("import-prose");
        grid.getStyleClass().addAll("section-body", "import-prose");
        grid.setHgap(24);
        grid.setVgap(6);
        // The length right beside its heading, not across the width of the window.
        ColumnConstraints name = new ColumnConstraints();
        name.setMaxWidth(640);
        ColumnConstraints state = new ColumnConstraints();
        state.setHalignment(HPos.RIGHT);
        state.setMinWidth(Region.USE_PREF_SIZE);
        grid.getColumnConstraints().setAll(name, state);
        int row = 0;
        for (var field : report.catalog().texts()) {
            String text = report.text(field.key());
            Label place = new Label(FindingPlace.describe(report.catalog(), field.key()));
            place.setWrapText(true);
            Label length = new Label(missing.contains(field.key()) ? Messages.get("ui.import.textMissing")
                    : text.isBlank() ? Messages.get("ui.import.textEmpty")
                    : CharacterCount.describe(text));
            length.getStyleClass().add(missing.contains(field.key()) ? "import-missing" : "prose-count");
            if (!text.isBlank()) {
                Tooltip peek = new Tooltip(text.length() > TEXT_PEEK ? text.substring(0, TEXT_PEEK) + "……" : text);
                peek.setWrapText(true);
                peek.setMaxWidth(480);
                Tooltip.install(place, peek);
            }
            grid.addRow(row++, place, length);
        }
        return grid;
    }

    // ---- actions --------------------------------------------------------------------------------------------

    /** Files what was read under the organ and year entered, when they are valid, and hands it on to be stored. */
    @FXML
    private void store() {
        OrganYearInput input = OrganYearInput.check(organName.getText(), organKind.getValue(), year.getText(),
                this::showMessage);
        if (input == null) {
            return;
        }
        showMessage(null);
        Report report = read.report();
        ImportOutcome filed = read;
        if (!input.organ().equals(report.organ()) || input.year() != report.year()) {
            filed = new ImportOutcome(report.copyAs(input.organ(), input.year()), read.warnings(), read.cellsRead(),
                    read.textsRead(), false, false, 0, read.notFound());
        }
        store.accept(filed);
    }

    @FXML
    private void cancel() {
        cancel.run();
    }
}
