package org.ogireport.ui.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.transformation.FilteredList;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import org.ogireport.app.CollectedFile;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.MessageBar;

/**
 * 收集年报: the files of a batch as they are settled (stored, refused with the reason, unsure, two for one unit), the
 * progress of reading and storing, and 取消; afterwards each file not stored offers what can be done with it.
 */
public final class CollectView {

    private static final List<PseudoClass> OUTCOMES = java.util.Arrays.stream(Outcome.values())
            .map(o -> PseudoClass.getPseudoClass("outcome-" + o.name().toLowerCase(Locale.ROOT))).toList();

    @FXML
    private Region root;
    @FXML
    private Label heading;
    @FXML
    private ProgressBar progress;
    @FXML
    private Label status;
    @FXML
    private Button cancelButton;
    @FXML
    private TableView<CollectedFile> files;
    @FXML
    private TableColumn<CollectedFile, String> fileColumn;
    @FXML
    private TableColumn<CollectedFile, CollectedFile> outcomeColumn;
    @FXML
    private TableColumn<CollectedFile, String> unitColumn;
    @FXML
    private TableColumn<CollectedFile, String> reasonColumn;
    @FXML
    private TableColumn<CollectedFile, CollectedFile> actionColumn;
    @FXML
    private CheckBox notStoredOnly;
    @FXML
    private MessageBar messages;
    @FXML
    private Button backButton;

    private CollectViewModel model;
    private Consumer<String> back;
    private String ending;

    /**
     * @param title  whose 汇总 it is
     * @param backTo back to the board, with what to say there
     */
    void init(String title, CollectViewModel collect, Consumer<String> backTo) {
        this.model = collect;
        this.back = backTo;
        heading.setText(Messages.get("ui.summary.collect.title", title));
        progress.progressProperty().bind(collect.progressProperty());
        status.textProperty().bind(collect.statusProperty());
        cancelButton.disableProperty().bind(collect.runningProperty().not());
        backButton.disableProperty().bind(collect.runningProperty());

        FilteredList<CollectedFile> shown = new FilteredList<>(collect.files());
        notStoredOnly.selectedProperty().addListener((o, was, only) -> shown.setPredicate(only
                ? f -> !f.outcome().isStored() && f.outcome() != Outcome.UNCHANGED : null));
        files.setItems(shown);
        files.setPlaceholder(new Label(Messages.get("ui.summary.collect.nothingYet")));
        text(fileColumn, f -> f.file().getFileName().toString());
        text(unitColumn, f -> f.unit() + (f.unitAdded() ? Messages.get("ui.summary.collect.unitAdded") : ""));
        reasonColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().reason()
                + (c.getValue().candidates().isEmpty() ? "" : Messages.get("ui.summary.collect.candidates",
                String.join("、", c.getValue().candidates())))));
        reasonColumn.setCellFactory(c -> new ReasonCell());
        outcomeColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        outcomeColumn.setComparator(java.util.Comparator.comparing(CollectedFile::outcome));
        outcomeColumn.setCellFactory(c -> new OutcomeCell());
        actionColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        actionColumn.setCellFactory(c -> new ActionCell());
    }

    /** The collect ended: says so, and shows only the files not stored when some were not. */
    void ended(String summary) {
        this.ending = summary;
        boolean someNotStored = model.files().stream()
                .anyMatch(f -> !f.outcome().isStored() && f.outcome() != Outcome.UNCHANGED);
        notStoredOnly.setSelected(someNotStored);
        // The actions of the files not stored appear now that nothing runs.
        files.refresh();
        (someNotStored ? files : backButton).requestFocus();
    }

    private static void text(TableColumn<CollectedFile, String> column, Function<CollectedFile, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String text, boolean empty) {
                super.updateItem(text, empty);
                setText(empty ? null : text);
                // A long reason is cut in the cell and read whole in its tooltip.
                setTooltip(empty || text == null || text.isEmpty() ? null : new Tooltip(text));
                if (getTooltip() != null) {
                    getTooltip().setWrapText(true);
                    getTooltip().setMaxWidth(520);
                }
            }
        });
    }

    /** Why a file was not stored, whole: the text wraps and the row grows. */
    private static final class ReasonCell extends TableCell<CollectedFile, String> {
        private final Text text = new Text();

        ReasonCell() {
            text.wrappingWidthProperty().bind(widthProperty().subtract(12));
            text.getStyleClass().add("reason-text");
            setPrefHeight(Control.USE_COMPUTED_SIZE);
        }

        @Override
        protected void updateItem(String reason, boolean empty) {
            super.updateItem(reason, empty);
            text.setText(empty || reason == null ? "" : reason);
            setGraphic(empty || reason == null || reason.isEmpty() ? null : text);
        }
    }

    /** What became of a file, coloured: stored, or why not. */
    private static final class OutcomeCell extends TableCell<CollectedFile, CollectedFile> {
        OutcomeCell() {
            getStyleClass().add("outcome-cell");
        }

        @Override
        protected void updateItem(CollectedFile f, boolean empty) {
            super.updateItem(f, empty);
            setText(empty || f == null ? null : f.outcome().label());
            for (Outcome o : Outcome.values()) {
                pseudoClassStateChanged(OUTCOMES.get(o.ordinal()), !empty && f != null && f.outcome() == o);
            }
        }
    }

    /** For an unsure file, the unit it is (or a new one) and 存入; for one of two files of a unit, 收这个文件. */
    private final class ActionCell extends TableCell<CollectedFile, CollectedFile> {
        @Override
        protected void updateItem(CollectedFile f, boolean empty) {
            super.updateItem(f, empty);
            setText(null);
            if (empty || f == null || model.runningProperty().get()) {
                setGraphic(null);
                return;
            }
            setGraphic(switch (f.outcome()) {
                case UNSURE -> unsure(f);
                case CONFLICT -> button(Messages.get("ui.summary.collect.take"), "take",
                        () -> model.take(f, messages::error));
                default -> null;
            });
        }

        private HBox unsure(CollectedFile f) {
            String asNew = Messages.get("ui.summary.collect.asNewUnit");
            List<String> choices = new ArrayList<>(f.candidates());
            choices.add(asNew);
            ComboBox<String> unit = new ComboBox<>();
            unit.getItems().setAll(choices);
            unit.getSelectionModel().select(0);
            unit.getStyleClass().add("unit-choice");
            unit.setPrefWidth(170);
            HBox box = button(Messages.get("ui.summary.collect.store"), "store", () -> {
                String chosen = unit.getValue();
                if (asNew.equals(chosen)) {
                    model.addAsNewUnit(f, messages::error);
                } else if (chosen != null) {
                    model.assign(f, chosen, messages::error);
                }
            });
            box.getChildren().add(0, unit);
            return box;
        }

        private HBox button(String text, String id, Runnable action) {
            Button b = new Button(text);
            b.getStyleClass().addAll("small-button", "collect-" + id);
            b.setOnAction(e -> {
                messages.clear();
                action.run();
            });
            HBox box = new HBox(6, b);
            box.setAlignment(Pos.CENTER_LEFT);
            return box;
        }
    }

    Region root() {
        return root;
    }

    void focusFirst() {
        cancelButton.requestFocus();
    }

    @FXML
    private void cancel() {
        model.cancel();
    }

    @FXML
    private void back() {
        back.accept(ending);
    }
}
