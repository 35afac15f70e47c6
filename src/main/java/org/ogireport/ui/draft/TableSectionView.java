package org.ogireport.ui.draft;

import java.util.ArrayList;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.draft.Change.CellChange;
import org.ogireport.ui.grid.ReportGrid;

/**
 * The screen of a table section (二, 三, 四): the table's grids as printed, one under the other (table 二's four
 * blocks share their column widths, as on paper), and the command that fills every empty cell with 0. An aggregate's
 * tables only show: they are the sum of its units' reports.
 */
public final class TableSectionView extends SectionView {

    /**
     * How long the clerk pauses in a table before the findings between its cells held back while he types show
     * (JabRef's rule: check when a field is left or typing pauses).
     */
    public static final Duration PAUSE = Duration.millis(1500);

    @FXML
    private VBox body;
    @FXML
    private Button fillZero;
    @FXML
    private Label aggregateNote;

    private final List<ReportGrid> grids = new ArrayList<>();
    private final PauseTransition pause = new PauseTransition(PAUSE);

    @Override
    protected void build() {
        TableSpec table = model.table();
        for (Grid g : table.grids()) {
            ReportGrid grid = new ReportGrid(g, model.session(), messages);
            grid.setId("grid-" + table.id() + "-" + grids.size());
            grids.add(grid);
            body.getChildren().add(grid);
        }
        ReportGrid.joinAsOneTable(grids);
        // An aggregate's tables are summed on the 汇总 board: its grids only show (the session says so), and the
        // line above them says why.
        boolean summed = model.session().isReadOnly();
        aggregateNote.setVisible(summed);
        aggregateNote.setManaged(summed);
        fillZero.setDisable(summed);
        root.setBottom(messages);
        holdFindingsWhileTyping(table.id());
    }

    /**
     * While the focus is in the table, a new balance finding waits (see {@link DraftSession#holdNewFindings}) until
     * the clerk leaves the table or pauses for {@link #PAUSE}; a wrong entry is said at once all the same.
     */
    private void holdFindingsWhileTyping(String tableId) {
        DraftSession session = model.session();
        pause.setOnFinished(e -> session.showHeldFindings());
        body.focusWithinProperty().addListener((o, was, within) -> {
            if (within) {
                session.holdNewFindings(tableId);
            } else {
                // Only when the focus stays out: a cell's editor closing hands it back to the grid on the way.
                Platform.runLater(() -> {
                    if (!body.isFocusWithin()) {
                        pause.stop();
                        session.stopHolding(tableId);
                    }
                });
            }
        });
        session.addListener(changes -> {
            if (body.isFocusWithin() && changes.stream().anyMatch(c -> c instanceof CellChange cell
                    && session.catalog().cell(cell.key()).map(CellSpec::tableId).orElse("").equals(tableId))) {
                pause.playFromStart();
            }
        });
    }

    List<ReportGrid> grids() {
        return grids;
    }

    @FXML
    void fillEmpty() {
        if (model.session().isReadOnly()) {
            messages.error(Messages.get("ui.aggregate.tables"));
            return;
        }
        commitEdits();
        int n = model.session().fillEmptyWithZero(model.table().id());
        messages.info(Messages.get("ui.table.filled", n, model.table().name()));
    }

    @Override
    protected boolean focusKey(String key) {
        return grids.stream().anyMatch(g -> g.focusCell(key));
    }

    @Override
    protected void focusFirstField() {
        grids.get(0).requestFocus();
    }

    @Override
    void commitEdits() {
        grids.forEach(ReportGrid::commitOrCancel);
    }

    @Override
    boolean cancelEdit() {
        return grids.stream().anyMatch(ReportGrid::cancelEditing);
    }
}
