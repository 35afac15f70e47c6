package org.ogireport.ui.grid;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Platform;
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
    private boolean placeLater;

    FrozenLabels(Node grid) {
        this.grid = grid;
        // Change listeners: an invalidation listener would stay silent while nobody reads the value again.
        ChangeListener<Object> place = (o, was, now) -> placeNowAndAfterLayout();
        grid.sceneProperty().addListener((o, was, now) -> {
            ScrollPane found = now == null ? null : Scrolling.enclosingPane(grid);
            if (found != null && found != pane) {
                pane = found;
                pane.vvalueProperty().addListener(place);
                pane.hvalueProperty().addListener(place);
                pane.viewportBoundsProperty().addListener(place);
            }
        });
        // The grid moves in the scene as the pane scrolls (once the pane has laid its content out).
        grid.localToSceneTransformProperty().addListener(place);
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

    /**
     * Places the labels now and once more after the pulse: the pane may lay its content out again in the same pulse
     * (a message shown below it shrinks the view), and the labels must follow where the grid ends up.
     */
    private void placeNowAndAfterLayout() {
        place();
        if (!placeLater) {
            placeLater = true;
            Platform.runLater(() -> {
                placeLater = false;
                place();
            });
        }
    }

    /** Moves the labels so that they stay in view, within the grid. */
    void place() {
        if (pane == null || grid.getScene() == null) {
            return;
        }
        // Where the view begins and where the grid is, both in the scene: exact whatever the pane's padding.
        Node viewport = pane.lookup(".viewport");
        Bounds view = (viewport != null ? viewport : pane).localToScene((viewport != null ? viewport : pane)
                .getLayoutBounds());
        Point2D topLeft = grid.localToScene(0, 0);
        Bounds size = grid.getLayoutBounds();
        double headerHeight = extent(headers, true);
        double labelWidth = extent(rowLabels, false);
        // From the labels' own edge (the grid's border lies before it), so that nothing shows above or left of them.
        double shiftDown = clamp(view.getMinY() - topLeft.getY() - start(headers, true),
                size.getHeight() - headerHeight - 30);
        double shiftRight = clamp(view.getMinX() - topLeft.getX() - start(rowLabels, false),
                size.getWidth() - labelWidth - 46);
        headers.forEach(n -> n.setTranslateY(shiftDown));
        rowLabels.forEach(n -> n.setTranslateX(shiftRight));
        corners.forEach(n -> {
            n.setTranslateY(shiftDown);
            n.setTranslateX(shiftRight);
        });
    }

    /** Where the headers begin (below the grid's top) or the row labels (right of its left), unmoved. */
    private static double start(List<Node> nodes, boolean down) {
        double start = Double.MAX_VALUE;
        for (Node n : nodes) {
            Bounds b = n.getBoundsInParent();
            start = Math.min(start, down ? b.getMinY() - n.getTranslateY() : b.getMinX() - n.getTranslateX());
        }
        return start == Double.MAX_VALUE ? 0 : start;
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
