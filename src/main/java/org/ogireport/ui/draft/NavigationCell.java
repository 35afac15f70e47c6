package org.ogireport.ui.draft;

import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.draft.DraftSession.Counts;

/** A screen in the navigation list with its open errors (✖ n) and warnings (⚠ n), or ✔. */
final class NavigationCell extends ListCell<SectionViewModel> {

    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("errors");
    private static final PseudoClass WARNINGS = PseudoClass.getPseudoClass("warnings");

    private final Label heading = new Label();
    private final Label badge = new Label();
    private final HBox box;
    private final ChangeListener<Counts> onCounts = (o, before, now) -> show(now);
    private SectionViewModel shown;

    NavigationCell() {
        heading.setWrapText(true);
        heading.getStyleClass().add("nav-heading");
        badge.getStyleClass().add("nav-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        box = new HBox(6, heading, gap, badge);
        box.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    protected void updateItem(SectionViewModel s, boolean empty) {
        super.updateItem(s, empty);
        if (shown != null) {
            shown.countsProperty().removeListener(onCounts);
        }
        shown = empty ? null : s;
        if (shown == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        heading.setText(s.heading());
        // Bound to the list, not the cell: a cell not yet laid out would wrap the heading into a tall column. The
        // badge keeps its width (✖7 ⚠10 is wider than ✔).
        heading.maxWidthProperty().bind(getListView().widthProperty().subtract(badge.widthProperty())
                .subtract(36));
        s.countsProperty().addListener(onCounts);
        show(s.countsProperty().get());
        setGraphic(box);
    }

    private void show(Counts c) {
        String text;
        if (c.errors() > 0) {
            text = Messages.get("ui.nav.errors", c.errors()) + (c.warnings() > 0
                    ? " " + Messages.get("ui.nav.warnings", c.warnings()) : "");
        } else {
            text = c.warnings() > 0 ? Messages.get("ui.nav.warnings", c.warnings()) : Messages.get("ui.nav.ok");
        }
        badge.setText(text);
        badge.pseudoClassStateChanged(ERRORS, c.errors() > 0);
        badge.pseudoClassStateChanged(WARNINGS, c.errors() == 0 && c.warnings() > 0);
        setAccessibleText(shown.heading() + " " + text);
    }
}
