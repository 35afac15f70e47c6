package org.ogireport.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the pane around a node so that the node can be seen (the cursor cell, a field a finding points at). */
final class Scrolling {

    private Scrolling() {
    }

    static void ensureVisible(Node node) {
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
        double extraY = contentHeight - viewport.getHeight();
        if (extraY > 0) {
            double y = -viewport.getMinY();
            if (inContent.getMinY() < y) {
                pane.setVvalue(inContent.getMinY() / extraY);
            } else if (inContent.getMaxY() > y + viewport.getHeight()) {
                pane.setVvalue((inContent.getMaxY() - viewport.getHeight()) / extraY);
            }
        }
        double extraX = contentWidth - viewport.getWidth();
        if (extraX > 0) {
            double x = -viewport.getMinX();
            if (inContent.getMinX() < x) {
                pane.setHvalue(inContent.getMinX() / extraX);
            } else if (inContent.getMaxX() > x + viewport.getWidth()) {
                pane.setHvalue((inContent.getMaxX() - viewport.getWidth()) / extraX);
            }
        }
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
