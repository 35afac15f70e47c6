package org.ogireport.ui.summary;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Region;
import org.ogireport.app.Compilation;
import org.ogireport.app.Compilation.Contribution;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.FindingPlace;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.grid.ShownCells;
import org.ogireport.ui.summary.BoardViewModel.AggregateState;

/**
 * 汇总结果: the aggregate's three tables, read-only, with how many units it counts and which it leaves out; the cell
 * under the cursor drills down to each counted unit's part of it. Its prose is the compiler's own, written in the
 * draft editor ({@link #openDraft}).
 */
public final class AggregateView {

    /** How many names of units left out are listed before "…等 n 个". */
    private static final int NAMES_SHOWN = 12;

    @FXML
    private Region root;
    @FXML
    private Label included;
    @FXML
    private Label leftOut;
    @FXML
    private Label staleNote;
    @FXML
    private Button openDraftButton;
    @FXML
    private Label none;
    @FXML
    private SplitPane split;
    @FXML
    private TabPane tables;
    @FXML
    private Label drillPlace;
    @FXML
    private TableView<Contribution> contributions;
    @FXML
    private TableColumn<Contribution, String> unitColumn;
    @FXML
    private TableColumn<Contribution, BigDecimal> valueColumn;
    @FXML
    private Label drillTotal;

    private BoardViewModel model;
    private MessageBar messages;
    private Runnable openDraft;
    private Report shown;
    /** The cell drilled into last (the tests wait for it). */
    private String drilled;

    /**
     * @param openDraftAction opens the aggregate in the draft editor, for its prose
     */
    void init(BoardViewModel boardModel, MessageBar bar, Runnable openDraftAction) {
        this.model = boardModel;
        this.messages = bar;
        this.openDraft = openDraftAction;
        unitColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unit().name()));
        valueColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().value()));
        valueColumn.setComparator(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        valueColumn.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(BigDecimal value, boolean empty) {
                super.updateItem(value, empty);
                setText(empty ? null : value == null ? Messages.get("ui.summary.drill.unfilled")
                        : value.toPlainString());
            }
        });
        contributions.setPlaceholder(new Label(""));
        staleNote.managedProperty().bind(staleNote.visibleProperty());
        boardModel.aggregateProperty().addListener((o, was, now) -> show(now));
        staleNote.visibleProperty().bind(boardModel.staleProperty().and(boardModel.aggregateProperty().isNotNull()));
        show(boardModel.aggregateProperty().get());
    }

    private void show(AggregateState state) {
        boolean summed = state != null;
        none.setVisible(!summed);
        split.setVisible(summed);
        openDraftButton.setDisable(!summed);
        leftOut.setManaged(summed);
        if (!summed) {
            shown = null;
            included.setText("");
            leftOut.setText("");
            return;
        }
        Report report = state.report();
        if (report != shown) {
            shown = report;
            ReportTables grids = new ReportTables(new ShownCells(report), "aggregate", messages);
            int selected = Math.max(0, tables.getSelectionModel().getSelectedIndex());
            tables.getTabs().setAll(grids.tabs());
            tables.getSelectionModel().select(Math.min(selected, tables.getTabs().size() - 1));
            grids.onCell(this::drill);
            contributions.getItems().clear();
            drilled = null;
            drillTotal.setText("");
            drillPlace.setText(Messages.get("ui.summary.drill.hint"));
        }
        included.setText(Messages.get("ui.summary.aggregate.included", report.components().size()));
        leftOut.setText(leftOutText(state.summed()));
    }

    /** The units the last sum left out, with the reason, when it was summed in this window. */
    private static String leftOutText(Compilation.Summed summed) {
        if (summed == null || summed.leftOut().isEmpty()) {
            return summed == null ? "" : Messages.get("ui.summary.aggregate.noneLeftOut");
        }
        List<String> names = new ArrayList<>();
        for (Map.Entry<String, String> e : summed.leftOut().entrySet()) {
            if (names.size() == NAMES_SHOWN) {
                break;
            }
            names.add(Messages.get("ui.summary.aggregate.leftOutUnit", e.getKey(), e.getValue()));
        }
        String list = String.join("、", names);
        return summed.leftOut().size() > NAMES_SHOWN
                ? Messages.get("ui.summary.aggregate.leftOutMany", summed.leftOut().size(), list)
                : Messages.get("ui.summary.aggregate.leftOut", summed.leftOut().size(), list);
    }

    /** Lists each counted unit's part of a cell, and their total. */
    private void drill(String cellKey) {
        if (cellKey == null || shown == null || cellKey.equals(drilled)) {
            return;
        }
        drilled = cellKey;
        String place = FindingPlace.describe(shown.catalog(), cellKey);
        model.read(Messages.get("ui.summary.action.drill"), () -> model.compilation().contributions(cellKey),
                parts -> {
                    if (!cellKey.equals(drilled)) {
                        return;
                    }
                    drillPlace.setText(place);
                    contributions.getItems().setAll(parts);
                    BigDecimal total = parts.stream().map(Contribution::value).filter(v -> v != null)
                            .reduce(BigDecimal.ZERO, BigDecimal::add);
                    drillTotal.setText(Messages.get("ui.summary.drill.total", parts.size(), total.toPlainString()));
                });
    }

    Region root() {
        return root;
    }

    /** The cell drilled into last, or null. */
    String drilledCell() {
        return drilled;
    }

    @FXML
    private void openDraft() {
        openDraft.run();
    }
}
