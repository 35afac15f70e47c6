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
        ensureVisible(node, 0, 0);
    }

    /**
     * Scrolls so that the node can be seen below and right of what stays put at the top and left of the view (a
     * grid's frozen headers and row labels).
     *
     * @param top  the height covered at the top of the view
     * @param left the width covered at its left
     */
    public static void ensureVisible(Node node, double top, double left) {
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
        double v = scrolled(inContent.getMinY() - top, inContent.getMaxY(), scrolledDown(pane), viewport.getHeight(),
                contentHeight);
        if (!Double.isNaN(v)) {
            pane.setVvalue(v);
        }
        double h = scrolled(inContent.getMinX() - left, inContent.getMaxX(), scrolledRight(pane), viewport.getWidth(),
                contentWidth);
        if (!Double.isNaN(h)) {
            pane.setHvalue(h);
        }
    }

    /**
     * How far the content is scrolled up out of view, from the scroll value (the viewport's bounds follow it only at
     * the next layout).
     */
    public static double scrolledDown(ScrollPane pane) {
        double extra = pane.getContent().getLayoutBounds().getHeight() - pane.getViewportBounds().getHeight();
        double range = pane.getVmax() - pane.getVmin();
        return extra <= 0 || range <= 0 ? 0 : extra * (pane.getVvalue() - pane.getVmin()) / range;
    }

    /** How far the content is scrolled left out of view. */
    public static double scrolledRight(ScrollPane pane) {
        double extra = pane.getContent().getLayoutBounds().getWidth() - pane.getViewportBounds().getWidth();
        double range = pane.getHmax() - pane.getHmin();
        return extra <= 0 || range <= 0 ? 0 : extra * (pane.getHvalue() - pane.getHmin()) / range;
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
            return Math.max(0, min) / extra;
        }
        return max > viewStart + viewSize ? (max - viewSize) / extra : Double.NaN;
    }

    /** The scroll pane a node is shown in, or null. */
    public static ScrollPane enclosingPane(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane sp) {
                return sp;
            }
        }
        return null;
    }
}
