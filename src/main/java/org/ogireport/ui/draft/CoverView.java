package org.ogireport.ui.draft;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.ogireport.app.SentReport;
import org.ogireport.i18n.Messages;
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
    private Label sentLabel;
    @FXML
    private Label sentState;
    @FXML
    private VBox body;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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
        sentLabel.visibleProperty().bind(session.sentProperty().isNotNull());
        sentLabel.managedProperty().bind(sentLabel.visibleProperty());
        sentState.visibleProperty().bind(sentLabel.visibleProperty());
        sentState.managedProperty().bind(sentLabel.visibleProperty());
        showSent(session.sentProperty().get());
        session.sentProperty().addListener((o, was, now) -> showSent(now));
        addProseEditors(body);
        root.setBottom(messages);
    }

    /** 已报送 (when), 已审核通过, 退回 with the office's comment; nothing while it is not known. */
    private void showSent(Optional<SentReport> latest) {
        sentState.getStyleClass().remove("form-error");
        if (latest == null) {
            sentState.setText("");
            return;
        }
        sentState.setText(sentText(latest));
        if (latest.isPresent() && latest.get().state() == SentReport.State.RETURNED) {
            sentState.getStyleClass().add("form-error");
        }
    }

    /** What the cover says of the report on the shared inbox. */
    static String sentText(Optional<SentReport> latest) {
        if (latest.isEmpty()) {
            return Messages.get("ui.cover.sent.none");
        }
        SentReport s = latest.get();
        String sentAt = time(s.submittedAt());
        String reviewedAt = s.review().map(r -> time(r.at())).orElse("");
        return switch (s.state()) {
            case SUBMITTED -> Messages.get("ui.cover.sent.submitted", sentAt, s.id());
            case APPROVED -> Messages.get("ui.cover.sent.approved", reviewedAt, sentAt);
            case RETURNED -> Messages.get("ui.cover.sent.returned", reviewedAt, s.comment(), sentAt);
        };
    }

    private static String time(OffsetDateTime t) {
        return t == null ? "" : TIME.format(t.atZoneSameInstant(ZoneId.systemDefault()));
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
