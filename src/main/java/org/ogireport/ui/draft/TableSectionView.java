package org.ogireport.ui.draft;

import java.util.ArrayList;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.layout.VBox;
import org.ogireport.format.Grid;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.grid.ReportGrid;

/**
 * The screen of a table section (二, 三, 四): the table's grids as printed, one under the other (table 二's four
 * blocks share their column widths, as on paper), and the command that fills every empty cell with 0.
 */
public final class TableSectionView extends SectionView {

    @FXML
    private VBox body;

    private final List<ReportGrid> grids = new ArrayList<>();

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
        root.setBottom(messages);
    }

    List<ReportGrid> grids() {
        return grids;
    }

    @FXML
    void fillEmpty() {
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
