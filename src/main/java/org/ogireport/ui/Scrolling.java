package org.ogireport.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the pane around a node so that the node can be seen (the cursor cell, a field a finding points at). */
public final class Scrolling {

    private Scrolling() {
    }

    public static void ensureVisible(Node node) {
        ScrollPane pane = enclosingPane(node);
        if (pane == null || pane.getContent() == null) {
            return;
        }
        Node content = pane.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        Bounds viewport = pane.getViewportBounds();
        double contentHeight = content.getBoundsInLocal().getHeight();
        double contentWidth = content.getBoundsInLocal().getWidth();
        if (inContent == null || contentHeight <= 0) {
            return;
        }
        double v = scrolled(inContent.getMinY(), inContent.getMaxY(), -viewport.getMinY(), viewport.getHeight(),
                contentHeight);
        if (!Double.isNaN(v)) {
            pane.setVvalue(v);
        }
        double h = scrolled(inContent.getMinX(), inContent.getMaxX(), -viewport.getMinX(), viewport.getWidth(),
                contentWidth);
        if (!Double.isNaN(h)) {
            pane.setHvalue(h);
        }
    }

    /**
     * The scroll value (0–1) along one axis that brings the span [min, max] into the view, or NaN when it is in
     * view already or nothing scrolls.
     */
    private static double scrolled(double min, double max, double viewStart, double viewSize, double contentSize) {
        double extra = contentSize - viewSize;
        if (extra <= 0) {
            return Double.NaN;
        }
        if (min < viewStart) {
            return min / extra;
        }
        return max > viewStart + viewSize ? (max - viewSize) / extra : Double.NaN;
    }

    private static ScrollPane enclosingPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }
}
