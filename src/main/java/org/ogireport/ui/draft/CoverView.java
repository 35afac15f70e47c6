package org.ogireport.ui.draft;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.ogireport.app.SentReport;
import org.ogireport.i18n.Messages;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.ui.OrganKinds;
import org.ogireport.ui.draft.Change.DatedChange;
import org.ogireport.ui.draft.Change.HeadingStyleChange;
import org.ogireport.ui.draft.Change.OrganKindChange;

/**
 * 封面与基本信息: whose report for which year and when it is due (D-01, a warning once past), in which format, under
 * which title, its 成文日期 (blank: the day of export) and how its headings print, and the preamble before 一.
 */
public final class CoverView extends SectionView {

    private static final PseudoClass PAST = PseudoClass.getPseudoClass("past");
    /** How the 成文日期 is shown; what the clerk types may also be 2025-1-20, 2025/1/20 or 20250120. */
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final List<DateTimeFormatter> TYPED = List.of(SHOWN, DateTimeFormatter.ofPattern("yyyy-M-d"),
            DateTimeFormatter.ofPattern("yyyy/M/d"), DateTimeFormatter.ofPattern("yyyy.M.d"),
            DateTimeFormatter.BASIC_ISO_DATE);

    @FXML
    private Label organName;
    @FXML
    private ComboBox<OrganKind> organKind;
    @FXML
    private Label year;
    @FXML
    private Label deadline;
    @FXML
    private Label formatVersion;
    @FXML
    private Label reportTitle;
    @FXML
    private DatePicker dated;
    @FXML
    private ComboBox<HeadingStyle> headingStyle;
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
        setUpDated(session);
        setUpHeadingStyle(session);
        showDeadline();
        // Each time the cover is shown again: a draft left open overnight counts the days anew.
        deadline.sceneProperty().addListener((o, was, now) -> {
            if (now != null) {
                showDeadline();
            }
        });
        session.addListener(changes -> {
            if (changes.stream().anyMatch(OrganKindChange.class::isInstance)) {
                organKind.setValue(report.organ().kind());
            }
            if (changes.stream().anyMatch(DatedChange.class::isInstance)) {
                dated.setValue(report.dated());
            }
            if (changes.stream().anyMatch(HeadingStyleChange.class::isInstance)) {
                headingStyle.setValue(report.headingStyle());
            }
            showDeadline();
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

    /** When the report is due, as the workspace says it today; a warning once the day has passed. */
    private void showDeadline() {
        DraftSession session = model.session();
        deadline.setText(session.deadlineToday());
        deadline.pseudoClassStateChanged(PAST, session.isPastDeadline());
    }

    private void setUpDated(DraftSession session) {
        dated.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : SHOWN.format(date);
            }

            @Override
            public LocalDate fromString(String text) {
                if (text == null || text.isBlank()) {
                    return null;
                }
                LocalDate date = parse(text.strip());
                if (date == null) {
                    // The date stays as it was, and the clerk is told what is expected.
                    messages.error(Messages.get("ui.cover.datedBad", text.strip()));
                    return session.report().dated();
                }
                messages.clear();
                return date;
            }
        });
        dated.setValue(session.report().dated());
        dated.valueProperty().addListener((o, before, now) -> {
            if (!Objects.equals(now, session.report().dated())) {
                session.setDated(now);
            }
        });
        // Leaving the field keeps what was typed, as Enter does.
        dated.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                commitDated();
            }
        });
    }

    private static LocalDate parse(String text) {
        for (DateTimeFormatter f : TYPED) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // the next pattern
            }
        }
        return null;
    }

    /** Writes the date typed in the picker's box, if any is being typed. */
    private void commitDated() {
        if (!dated.getEditor().getText().equals(dated.getConverter().toString(dated.getValue()))) {
            dated.setValue(dated.getConverter().fromString(dated.getEditor().getText()));
            dated.getEditor().setText(dated.getConverter().toString(dated.getValue()));
        }
    }

    private void setUpHeadingStyle(DraftSession session) {
        headingStyle.getItems().setAll(Arrays.asList(HeadingStyle.values()));
        headingStyle.setConverter(new StringConverter<>() {
            @Override
            public String toString(HeadingStyle style) {
                if (style == null) {
                    return "";
                }
                return Messages.get(switch (style) {
                    case OWN_LINE -> "ui.cover.headingOwnLine";
                    case RUN_IN -> "ui.cover.headingRunIn";
                });
            }

            @Override
            public HeadingStyle fromString(String label) {
                return Arrays.stream(HeadingStyle.values()).filter(s -> toString(s).equals(label)).findFirst()
                        .orElse(null);
            }
        });
        headingStyle.setValue(session.report().headingStyle());
        headingStyle.valueProperty().addListener((o, before, now) -> {
            if (now != null && now != session.report().headingStyle()) {
                session.setHeadingStyle(now);
            }
        });
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
        } else if (change instanceof DatedChange) {
            dated.requestFocus();
        } else if (change instanceof HeadingStyleChange) {
            headingStyle.requestFocus();
        } else {
            super.revealChange(change);
        }
    }

    @Override
    void commitEdits() {
        commitDated();
    }

    @Override
    protected void focusFirstField() {
        organKind.requestFocus();
    }
}
