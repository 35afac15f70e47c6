package org.ogireport.ui.draft;

import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.ui.OrganKinds;
import org.ogireport.ui.draft.Change.OrganKindChange;

/** 封面与基本信息: whose report for which year, in which format, under which title, and the preamble before 一. */
public final class CoverView extends SectionView {

    @FXML
    private Label organName;
    @FXML
    private ComboBox<OrganKind> organKind;
    @FXML
    private Label year;
    @FXML
    private Label formatVersion;
    @FXML
    private Label reportTitle;
    @FXML
    private VBox body;

    @Override
    protected void build() {
        DraftSession session = model.session();
        Report report = session.report();
        organName.setText(report.organ().name());
        year.setText(Integer.toString(report.year()));
        formatVersion.setText(report.formatVersion().id());
        reportTitle.setText(session.catalog().title(report.organ().name(), report.year()));
        OrganKinds.setUp(organKind);
        organKind.setValue(report.organ().kind());
        organKind.valueProperty().addListener((o, before, now) -> {
            if (now != null && now != report.organ().kind()) {
                session.setOrganKind(now);
            }
        });
        session.addListener(changes -> {
            if (changes.stream().anyMatch(OrganKindChange.class::isInstance)) {
                organKind.setValue(report.organ().kind());
            }
        });
        addProseEditors(body);
        root.setBottom(messages);
    }

    @Override
    protected boolean focusKey(String key) {
        return focusProse(key);
    }

    @Override
    protected void revealChange(Change change) {
        if (change instanceof OrganKindChange) {
            organKind.requestFocus();
        } else {
            super.revealChange(change);
        }
    }

    @Override
    protected void focusFirstField() {
        organKind.requestFocus();
    }
}
