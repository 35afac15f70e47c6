package org.ogireport.ui.draft;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Severity;

/** 检查: every finding of the draft by section, how many are open, the explanations given; the 校验报告. */
public final class CheckView extends SectionView {

    @FXML
    private Label summary;
    @FXML
    private VBox body;

    private FindingsList list;

    @Override
    protected void build() {
        DraftSession session = model.session();
        list = new FindingsList(session, true, navigator::jumpTo);
        list.setId("check-findings");
        VBox.setVgrow(list, Priority.ALWAYS);
        body.getChildren().add(list);
        session.addListener(keys -> showSummary());
        showSummary();
        root.setBottom(messages);
    }

    private void showSummary() {
        DraftSession session = model.session();
        DraftSession.Counts open = session.totalCounts();
        long explained = session.findings().stream()
                .filter(f -> f.severity() == Severity.W && !session.isOpen(f)).count();
        summary.setText(session.findings().isEmpty() ? Messages.get("ui.check.clean")
                : Messages.get("ui.check.summary", open.errors(), open.warnings(), explained));
    }

    @FXML
    private void writeCheckReport() {
        navigator.writeCheckReport();
    }

    @Override
    protected boolean focusKey(String key) {
        return false;
    }

    @Override
    protected void focusFirstField() {
        list.requestFocus();
        if (!list.getItems().isEmpty() && list.getSelectionModel().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }
}
