package org.ogireport.ui.summary;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.UnitStatus;
import org.ogireport.app.Workspace;
import org.ogireport.app.UnitStatus.State;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Submission;
import org.ogireport.model.Verdict;
import org.ogireport.rules.Finding;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;
import org.ogireport.ui.summary.BoardViewModel.Row;

/**
 * 汇总: the tracking board — a row per unit with where its report stands, sortable, filtered by state and by text —
 * and the aggregate with its drill-down, for one government and year. A unit's report and a collect are shown in the
 * board's place, each with its way back to the board.
 */
public final class BoardView {

    private static final KeyCombination FIND = new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN);

    @FXML
    private StackPane root;
    @FXML
    private BorderPane boardPage;
    @FXML
    private Label heading;
    @FXML
    private Label counts;
    @FXML
    private ComboBox<State> stateFilter;
    @FXML
    private TextField textFilter;
    @FXML
    private TabPane tabs;
    @FXML
    private Tab unitsTab;
    @FXML
    private Tab aggregateTab;
    @FXML
    private TableView<Row> units;
    @FXML
    private TableColumn<Row, Integer> indexColumn;
    @FXML
    private TableColumn<Row, String> nameColumn;
    @FXML
    private TableColumn<Row, String> relationColumn;
    @FXML
    private TableColumn<Row, UnitStatus> stateColumn;
    @FXML
    private TableColumn<Row, OffsetDateTime> receivedColumn;
    @FXML
    private TableColumn<Row, String> deadlineColumn;
    @FXML
    private TableColumn<Row, String> fileColumn;
    @FXML
    private TableColumn<Row, String> commentColumn;
    @FXML
    private Button openButton;
    @FXML
    private Button approveButton;
    @FXML
    private Button returnButton;
    @FXML
    private Button feedbackButton;
    @FXML
    private MessageBar messages;
    @FXML
    private Label keysHint;
    @FXML
    private javafx.scene.control.MenuItem collectServerItem;

    private WindowContext window;
    private BoardViewModel model;
    /** What the toolbar's menus do, and the aggregate's tab. */
    private UnitListActions unitList;
    private SummaryOutputs outputs;
    private AggregateView aggregate;

    /** Shows a 汇总 read already (the view loaded by {@link ViewLoader}). */
    void init(WindowContext context, BoardViewModel boardModel) {
        this.window = context;
        this.model = boardModel;
        this.unitList = new UnitListActions(context, boardModel, messages);
        this.outputs = new SummaryOutputs(context, boardModel, messages);
        heading.setText(boardModel.title());
        counts.textProperty().bind(boardModel.countsProperty());
        setUpFilters();
        setUpTable();
        aggregate = ViewLoader.load(AggregateView.class);
        aggregate.init(boardModel, messages, this::openAggregateDraft);
        aggregateTab.setContent(aggregate.root());
        keysHint.visibleProperty().bind(unitsTab.selectedProperty());
        collectServerItem.disableProperty().bind(context.server().loginProperty().isNull());
        root.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (FIND.match(e) && root.getChildren().contains(boardPage)) {
                tabs.getSelectionModel().select(unitsTab);
                textFilter.requestFocus();
                e.consume();
            }
        });
    }

    private void setUpFilters() {
        stateFilter.getItems().add(null);
        stateFilter.getItems().addAll(Arrays.asList(State.values()));
        stateFilter.setConverter(new StringConverter<>() {
            @Override
            public String toString(State state) {
                return state == null ? Messages.get("ui.summary.allStates") : state.label();
            }

            @Override
            public State fromString(String label) {
                return Arrays.stream(State.values()).filter(s -> s.label().equals(label)).findFirst().orElse(null);
            }
        });
        stateFilter.setValue(null);
        stateFilter.valueProperty().bindBidirectional(model.stateFilterProperty());
        textFilter.textProperty().bindBidirectional(model.textFilterProperty());
    }

    private void setUpTable() {
        units.setItems(model.shown());
        model.shown().comparatorProperty().bind(units.comparatorProperty());
        units.setPlaceholder(new Label(Messages.get("ui.summary.noUnits")));
        column(indexColumn, Row::index, String::valueOf);
        column(nameColumn, r -> r.unit().name(), s -> s);
        column(relationColumn, r -> r.unit().relation().label(), s -> s);
        column(receivedColumn, r -> r.latest().map(Submission::receivedAt).orElse(null),
                t -> BoardViewModel.TIME.format(t.atZoneSameInstant(java.time.ZoneId.systemDefault())));
        receivedColumn.setComparator(Comparator.nullsLast(Comparator.naturalOrder()));
        column(fileColumn, Row::fileName, s -> s);
        column(commentColumn, Row::comment, s -> s);
        stateColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().status()));
        // By urgency: 未报送 first, 已审核 last (a stable sort keeps the list's order within a state).
        stateColumn.setComparator(Comparator.comparing(UnitStatus::state));
        stateColumn.setCellFactory(c -> new StateCell());
        if (model.deadlines() != BoardViewModel.UnitDeadlines.NONE) {
            column(deadlineColumn, r -> model.deadlines().describe(r.status()).orElse(""), s -> s);
            deadlineColumn.setVisible(true);
        }
        units.setRowFactory(t -> {
            TableRow<Row> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    openReport();
                }
            });
            return row;
        });
        units.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected().isPresent()) {
                openReport();
                e.consume();
            }
        });
        var selection = units.getSelectionModel().selectedItemProperty();
        openButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !sent(selection.get()), selection));
        approveButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !sent(selection.get())
                || selection.get().state() == State.APPROVED || selection.get().latest().get().errors() > 0,
                selection));
        returnButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !sent(selection.get())
                || selection.get().state() == State.RETURNED, selection));
        feedbackButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !sent(selection.get())
                || selection.get().state() == State.APPROVED, selection));
    }

    private static boolean sent(Row row) {
        return row != null && row.latest().isPresent();
    }

    /** A column of plain text from a typed value (sorted by the value, not its text). */
    private static <T> void column(TableColumn<Row, T> column, Function<Row, T> value, Function<T, String> text) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : text.apply(item));
            }
        });
    }

    /** A unit's state in words, coloured by how urgent it is. */
    private static final class StateCell extends TableCell<Row, UnitStatus> {
        private static final List<PseudoClass> STATES = Arrays.stream(State.values())
                .map(s -> PseudoClass.getPseudoClass("state-" + s.name().toLowerCase(java.util.Locale.ROOT)))
                .toList();

        StateCell() {
            getStyleClass().add("state-cell");
        }

        @Override
        protected void updateItem(UnitStatus status, boolean empty) {
            super.updateItem(status, empty);
            setText(empty || status == null ? null : Row.stateText(status));
            for (State s : State.values()) {
                pseudoClassStateChanged(STATES.get(s.ordinal()), !empty && status != null && status.state() == s);
            }
        }
    }

    Region root() {
        return root;
    }

    void focusFirst() {
        units.requestFocus();
        if (!units.getItems().isEmpty() && units.getSelectionModel().isEmpty()) {
            units.getSelectionModel().select(0);
        }
    }

    private Optional<Row> selected() {
        return Optional.ofNullable(units.getSelectionModel().getSelectedItem());
    }

    // ---- pages ----------------------------------------------------------------------------------------------

    /** Shows a page (a unit's report, a collect) in the board's place. */
    void showPage(Region page) {
        root.getChildren().setAll(page);
    }

    /** Back to the board, read again; says how the page ended (or nothing when null). */
    void showBoard(String message) {
        root.getChildren().setAll(boardPage);
        model.refresh(() -> {
            if (message != null) {
                messages.info(message);
            }
            units.requestFocus();
        });
    }

    // ---- the toolbar ----------------------------------------------------------------------------------------

    @FXML
    private void collectFolder() {
        new Collecting(window, model, this).chooseFolder();
    }

    @FXML
    private void collectFiles() {
        new Collecting(window, model, this).chooseFiles();
    }

    /** 从报送服务器收集 (enabled while a server is set). */
    @FXML
    private void collectFromServer() {
        new Collecting(window, model, this).fromServer();
    }

    @FXML
    private void addUnit() {
        unitList.add();
    }

    @FXML
    private void pasteUnits() {
        unitList.paste();
    }

    @FXML
    private void importUnits() {
        unitList.importFile();
    }

    @FXML
    private void copyUnits() {
        unitList.copyLastYear();
    }

    /**
     * Sums the units that count and shows the aggregate, with those left out. When the aggregate is the draft open in
     * the editor, it is saved first (its prose is kept by the sum) and opened again with the new tables behind the
     * board, so that its next save cannot write the old tables back.
     */
    @FXML
    private void sum() {
        messages.clear();
        ReportKey key = model.compilation().aggregateKey();
        boolean open = window.openReport().filter(r -> ReportKey.of(r).equals(key)).isPresent();
        if (open && !window.saveOpenDraft()) {
            return;
        }
        model.sum(summed -> {
            tabs.getSelectionModel().select(aggregateTab);
            messages.info(Messages.get("ui.summary.summed", summed.included().size(), summed.leftOut().size()));
            if (open) {
                Workspace ws = model.workspace();
                model.read(Messages.get("ui.summary.action.openAggregate"), () -> ws.previousYear(summed.aggregate())
                        .orElse(null), previous -> window.openDraftBehind(summed.aggregate(), previous, Messages.get(
                        "ui.summary.aggregate.resummed", summed.included().size())));
            }
        }, messages::error);
    }

    @FXML
    private void writeWorkbook() {
        outputs.workbook();
    }

    @FXML
    private void writePortalPage() {
        outputs.portalPage();
    }

    @FXML
    private void writeFeedback() {
        outputs.feedback(null);
    }

    @FXML
    private void back() {
        window.back();
    }

    /**
     * Opens the aggregate in the draft editor for its prose (the compiler's own); its tables are the units' sum. The
     * draft open before is saved first.
     */
    private void openAggregateDraft() {
        if (!window.saveOpenDraft()) {
            return;
        }
        Workspace ws = model.workspace();
        ReportKey key = model.compilation().aggregateKey();
        record Opened(Report report, Report previousYear) {
        }
        model.read(Messages.get("ui.summary.action.openAggregate"), () -> {
            Report report = ws.require(key);
            return new Opened(report, ws.previousYear(report).orElse(null));
        }, opened -> window.openDraft(opened.report(), opened.previousYear(), Messages.get(
                "ui.summary.aggregate.opened", opened.report().components().size())));
    }

    // ---- a unit ---------------------------------------------------------------------------------------------

    /** A unit's report as received, with its findings, in the board's place. */
    @FXML
    private void openReport() {
        selected().filter(BoardView::sent).ifPresent(row -> openReport(row.status()));
    }

    private void openReport(UnitStatus status) {
        record Opened(Report report, List<Finding> findings) {
        }
        Submission sent = status.latest().orElseThrow();
        model.read(Messages.get("ui.summary.action.report", status.unit().name()), () -> new Opened(
                model.compilation().report(sent), model.compilation().findings(sent)), opened -> {
            UnitReportView view = ViewLoader.load(UnitReportView.class);
            view.init(status, opened.report(), opened.findings(), new UnitReportView.Actions(
                    () -> review(status, Verdict.APPROVED, view.messages()),
                    () -> review(status, Verdict.RETURNED, view.messages()),
                    () -> outputs.feedback(status.unit().name()),
                    () -> showBoard(null)));
            showPage(view.root());
            Platform.runLater(view::focusFirst);
        });
    }

    @FXML
    private void approve() {
        selected().filter(BoardView::sent).ifPresent(r -> review(r.status(), Verdict.APPROVED, messages));
    }

    @FXML
    private void giveBack() {
        selected().filter(BoardView::sent).ifPresent(r -> review(r.status(), Verdict.RETURNED, messages));
    }

    @FXML
    private void feedbackUnit() {
        selected().filter(BoardView::sent).ifPresent(r -> outputs.feedback(r.unit().name()));
    }

    /**
     * 审核通过, or 退回 with the reason asked for; the board shows the unit's new state. A return without a reason
     * is refused with the use case's message, where the clerk is.
     */
    private void review(UnitStatus status, Verdict verdict, MessageBar where) {
        String name = status.unit().name();
        String comment = "";
        if (verdict == Verdict.RETURNED) {
            Optional<String> typed = Dialogs.askText(window.owner(), new Dialogs.TextRequest(
                    Messages.get("ui.summary.giveBackTitle", name), Messages.get("ui.summary.giveBackHeader", name,
                    Row.stateText(status)), Messages.get("ui.summary.giveBackPrompt"), "",
                    Messages.get("ui.summary.giveBackAction"), "return-comment"));
            if (typed.isEmpty()) {
                return;
            }
            comment = typed.get().strip();
        }
        Consumer<String> failed = where::error;
        ServerInbox inbox = window.server().inbox();
        String why = comment;
        Runnable record = () -> model.review(status.unit(), verdict, why, inbox, () -> showBoard(Messages.get(
                verdict == Verdict.APPROVED ? "ui.summary.approved" : "ui.summary.returned", name)), failed);
        if (inbox != null && status.latest().filter(ServerInbox::cameFromInbox).isPresent()) {
            // The decision goes back to the inbox: reach it first, apart from the store's thread.
            window.server().connectThen(inbox, record, failed);
        } else {
            record.run();
        }
    }

    /** The aggregate's part of the board (for the tests). */
    AggregateView aggregateView() {
        return aggregate;
    }
}
