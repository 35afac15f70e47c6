package org.ogireport.ui.draft;

import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingPlace;
import org.ogireport.rules.Severity;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.RuleWords;
import org.ogireport.ui.draft.Change.ExplanationChange;

/**
 * The findings of the open draft, as the checks list them: severity, rule id, plain-Chinese message; an explained
 * warning shows its explanation. A click or Enter jumps to the cell or field; the 说明原因… link (or F4) of a finding
 * that can be explained (a warning, or a hint that asks for the reason: Y-04) asks for the written explanation
 * (出错说明). The rule id tells what the rule checks as its tooltip; a finding that only
 * repeats another in a computed total says so and is not counted.
 */
final class FindingsList extends ListView<Finding> {

    private static final PseudoClass ECHO = PseudoClass.getPseudoClass("echo");

    private final DraftSession session;

    FindingsList(DraftSession session, boolean showSection, Consumer<Finding> onJump) {
        super(session.findings());
        this.session = session;
        getStyleClass().add("findings-list");
        setPlaceholder(new Label(Messages.get("ui.findings.none")));
        setCellFactory(list -> new FindingCell(session, showSection));
        setOnKeyPressed(e -> {
            Finding f = getSelectionModel().getSelectedItem();
            if (f != null && e.getCode() == KeyCode.ENTER) {
                onJump.accept(f);
                e.consume();
            } else if (f != null && e.getCode() == KeyCode.F4 && f.isExplainable()) {
                explain(f);
                e.consume();
            }
        });
        setOnMouseClicked(e -> {
            Finding f = getSelectionModel().getSelectedItem();
            if (f != null && e.getButton() == MouseButton.PRIMARY && !onLink(e.getPickResult().getIntersectedNode())) {
                onJump.accept(f);
            }
        });
        // An explanation changes how a finding is shown without changing the finding.
        session.addListener(changes -> {
            if (changes.stream().anyMatch(ExplanationChange.class::isInstance)) {
                refresh();
            }
        });
    }

    private static boolean onLink(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof Hyperlink) {
                return true;
            }
        }
        return false;
    }

    /** Asks for the written explanation of an explainable finding and records it in the draft (an undoable edit). */
    void explain(Finding finding) {
        Dialogs.explanation(getScene().getWindow(), finding.rule() + " " + finding.message(),
                session.report().explanation(finding.id()))
                .ifPresent(text -> session.setExplanation(finding.id(), text));
    }

    private final class FindingCell extends ListCell<Finding> {
        private final DraftSession session;
        private final boolean showSection;
        private final Label head = new Label();
        private final Label message = new Label();
        private final Tooltip ruleWords = new Tooltip();
        private final Label explanation = new Label();
        private final Hyperlink explain = new Hyperlink(Messages.get("ui.findings.explain"));
        private final VBox box = new VBox(2, new HBox(6, head), message, new HBox(6, explanation, explain));

        FindingCell(DraftSession session, boolean showSection) {
            this.session = session;
            this.showSection = showSection;
            head.getStyleClass().add("finding-head");
            message.setWrapText(true);
            message.getStyleClass().add("finding-message");
            explanation.setWrapText(true);
            explanation.getStyleClass().add("finding-explanation");
            message.maxWidthProperty().bind(FindingsList.this.widthProperty().subtract(36));
            explanation.maxWidthProperty().bind(FindingsList.this.widthProperty().subtract(110));
            explain.setFocusTraversable(false);
            explain.setTooltip(new Tooltip(Messages.get("ui.findings.explainTip")));
            ruleWords.setShowDelay(Duration.millis(300));
            ruleWords.setWrapText(true);
            ruleWords.setMaxWidth(420);
            explain.setOnAction(e -> explain(getItem()));
            box.getStyleClass().add("finding");
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            if (empty || f == null) {
                setGraphic(null);
                return;
            }
            String where = showSection ? "  " + sectionHeading(f) : "";
            head.setText(Messages.get("severity." + f.severity().name()) + "  " + f.rule() + where);
            head.getStyleClass().removeAll("severity-E", "severity-W", "severity-I");
            head.getStyleClass().add("severity-" + f.severity().name());
            String words = RuleWords.of(f.rule());
            ruleWords.setText(words);
            head.setTooltip(words.isEmpty() ? null : ruleWords);
            message.setText(session.isEcho(f) ? f.message() + "\n" + Messages.get("ui.findings.echo", f.rule())
                    : f.message());
            message.pseudoClassStateChanged(ECHO, session.isEcho(f));
            String text = session.report().explanation(f.id());
            boolean warning = f.severity() == Severity.W;
            // A warning, or a hint that asks for the reason (Y-04), can be explained; an error must be fixed.
            boolean explainable = f.isExplainable();
            explanation.setText(text == null ? "" : Messages.get("ui.findings.explained", text));
            explanation.setVisible(text != null);
            explanation.setManaged(text != null);
            explain.setText(Messages.get(text == null ? "ui.findings.explain" : "ui.findings.editExplanation"));
            explain.setVisible(explainable);
            explain.setManaged(explainable);
            box.pseudoClassStateChanged(ProseEditor.WARNING, warning && text == null);
            setGraphic(box);
        }

        private String sectionHeading(Finding f) {
            String key = FindingPlace.sectionKey(session.catalog(), f);
            return key.equals(SectionViewModel.COVER) ? Messages.get("ui.nav.cover")
                    : session.catalog().section(key).heading();
        }
    }
}
