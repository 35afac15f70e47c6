package org.ogireport.ui.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.VBox;
import org.ogireport.format.Grid;
import org.ogireport.format.TableSpec;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.grid.GridCells;
import org.ogireport.ui.grid.ReportGrid;

/**
 * The official tables of a report that is only shown (a unit's report as received, the aggregate), a tab per table
 * with its grids as printed; the cursor moves and copies, nothing is typed.
 */
final class ReportTables {

    private final List<Tab> tabs = new ArrayList<>();
    private final List<ReportGrid> grids = new ArrayList<>();
    private final Map<ReportGrid, Tab> tabOf = new HashMap<>();

    /**
     * @param idPrefix names the tabs ({@code PREFIX-t3}) and grids ({@code PREFIX-t3-0}) for the tests
     * @param messages where a grid says that it is only shown
     */
    ReportTables(GridCells cells, String idPrefix, MessageBar messages) {
        for (TableSpec table : cells.catalog().tables()) {
            List<ReportGrid> ofTable = new ArrayList<>();
            for (Grid g : table.grids()) {
                ReportGrid grid = new ReportGrid(g, cells, messages);
                grid.setId(idPrefix + "-" + table.id() + "-" + ofTable.size());
                ofTable.add(grid);
            }
            // Table 二's blocks read as one table.
            ReportGrid.joinAsOneTable(ofTable);
            grids.addAll(ofTable);
            VBox body = new VBox(12);
            body.getStyleClass().add("section-body");
            body.getChildren().setAll(ofTable);
            ScrollPane scroll = new ScrollPane(body);
            scroll.getStyleClass().add("section-scroll");
            Tab tab = new Tab(table.name(), scroll);
            tab.setId(idPrefix + "-" + table.id());
            tabs.add(tab);
            ofTable.forEach(g -> tabOf.put(g, tab));
        }
    }

    List<Tab> tabs() {
        return tabs;
    }

    /** Tells the key of the cell the clerk puts the cursor on, in any of the grids. */
    void onCell(Consumer<String> listener) {
        for (ReportGrid grid : grids) {
            grid.cursorKeyProperty().addListener((o, was, key) -> {
                if (grid.isFocused()) {
                    listener.accept(key);
                }
            });
            grid.focusedProperty().addListener((o, was, focused) -> {
                if (focused) {
                    listener.accept(grid.cursorKey());
                }
            });
        }
    }

    /** Shows a cell: its table's tab, the cursor on it; false when no table has it. */
    boolean reveal(TabPane pane, String key) {
        for (ReportGrid grid : grids) {
            if (grid.focusCell(key)) {
                pane.getSelectionModel().select(tabOf.get(grid));
                // Again once its tab shows: a grid out of sight does not take the focus.
                grid.focusCell(key);
                return true;
            }
        }
        return false;
    }
}
