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
        // The heading wraps in what the badge leaves: it may be as narrow as need be, and takes the rest.
        heading.setMinWidth(0);
        heading.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(heading, Priority.ALWAYS);
        badge.getStyleClass().add("nav-badge");
        badge.setMinWidth(Region.USE_PREF_SIZE);
        box = new HBox(6, heading, badge);
        box.setAlignment(Pos.CENTER_LEFT);
        // As wide as the list, never wider: a cell's preferred width would otherwise be its heading on one line, and
        // a badge grown from ✔ to ✖2 ⚠1 would push the list into scrolling sideways and be cut.
        setPrefWidth(0);
        setGraphicTextGap(0);
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
