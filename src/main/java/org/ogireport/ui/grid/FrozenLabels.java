package org.ogireport.ui.grid;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.ogireport.ui.Scrolling;

/**
 * Keeps a grid's column headers in view at the top of its scroll pane while its rows scroll under them, and its row
 * labels at the left while it scrolls sideways, as a spreadsheet's frozen panes do: at the bottom of table 三 the
 * clerk still sees which column he is in. The labels are moved (translated), not laid out again, and drawn above the
 * cells; they stop at the grid's last row.
 */
final class FrozenLabels {

    private final Node grid;
    private final List<Node> headers = new ArrayList<>();
    private final List<Node> rowLabels = new ArrayList<>();
    private final List<Node> corners = new ArrayList<>();
    private ScrollPane pane;

    FrozenLabels(Node grid) {
        this.grid = grid;
        // Change listeners: an invalidation listener would stay silent while nobody reads the value again.
        ChangeListener<Object> place = (o, was, now) -> place();
        grid.sceneProperty().addListener((o, was, now) -> {
            ScrollPane found = now == null ? null : Scrolling.enclosingPane(grid);
            if (found != null && found != pane) {
                pane = found;
                pane.vvalueProperty().addListener(place);
                pane.hvalueProperty().addListener(place);
                pane.viewportBoundsProperty().addListener(place);
            }
        });
        grid.boundsInParentProperty().addListener(place);
    }

    /** A label above the cells (the title row, a column header): it stays at the top. */
    void addHeader(Node label) {
        headers.add(label);
        label.setViewOrder(-1);
    }

    /** A row label: it stays at the left. */
    void addRowLabel(Node label) {
        rowLabels.add(label);
        label.setViewOrder(-1);
    }

    /** The label over the row labels (信息内容, table 三's note): it stays at the top left, above both. */
    void addCorner(Node label) {
        corners.add(label);
        label.setViewOrder(-2);
    }

    /** Moves the labels so that they stay in view, within the grid. */
    void place() {
        if (pane == null || pane.getContent() == null || grid.getScene() == null) {
            return;
        }
        Node content = pane.getContent();
        Point2D topLeft = content.sceneToLocal(grid.localToScene(0, 0));
        Bounds size = grid.getLayoutBounds();
        double headerHeight = extent(headers, true);
        double labelWidth = extent(rowLabels, false);
        double shiftDown = clamp(Scrolling.scrolledDown(pane) - topLeft.getY(), size.getHeight() - headerHeight - 30);
        double shiftRight = clamp(Scrolling.scrolledRight(pane) - topLeft.getX(), size.getWidth() - labelWidth - 46);
        headers.forEach(n -> n.setTranslateY(shiftDown));
        rowLabels.forEach(n -> n.setTranslateX(shiftRight));
        corners.forEach(n -> {
            n.setTranslateY(shiftDown);
            n.setTranslateX(shiftRight);
        });
    }

    /** Where the headers end (below the grid's top) or the row labels (right of its left). */
    private static double extent(List<Node> nodes, boolean down) {
        double end = 0;
        for (Node n : nodes) {
            Bounds b = n.getBoundsInParent();
            end = Math.max(end, down ? b.getMaxY() - n.getTranslateY() : b.getMaxX() - n.getTranslateX());
        }
        return end;
    }

    private static double clamp(double shift, double most) {
        return Math.max(0, Math.min(shift, Math.max(0, most)));
    }

    /** The height of the headers, for scrolling a cell into view below them. */
    double headerHeight() {
        return extent(headers, true);
    }

    /** The width of the row labels, for scrolling a cell into view right of them. */
    double labelWidth() {
        return extent(rowLabels, false);
    }
}
