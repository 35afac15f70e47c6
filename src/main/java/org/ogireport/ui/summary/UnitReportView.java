package org.ogireport.ui.summary;

import java.math.BigDecimal;
import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.ogireport.app.UnitStatus;
import org.ogireport.format.FormatCatalog;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.Submission;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingPlace;
import org.ogireport.rules.Severity;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.grid.ShownCells;

/**
 * A unit's report as it was received, never edited: its three tables with the findings marked, its prose, and the
 * findings its own rules give; the compiler approves it (已审核) or returns it (退回) with the reason.
 */
public final class UnitReportView {

    /** What the buttons do. */
    record Actions(Runnable approve, Runnable giveBack, Runnable feedback, Runnable back) {
    }

    @FXML
    private Region root;
    @FXML
    private Label heading;
    @FXML
    private Label details;
    @FXML
    private Label comment;
    @FXML
    private TabPane tabs;
    @FXML
    private Label findingsTitle;
    @FXML
    private ListView<Finding> findings;
    @FXML
    private MessageBar messages;
    @FXML
    private Button feedbackButton;
    @FXML
    private Button returnButton;
    @FXML
    private Button approveButton;

    private Actions actions;

    void init(UnitStatus status, Report report, List<Finding> found, Actions what) {
        this.actions = what;
        Submission sent = status.latest().orElseThrow();
        heading.setText(Messages.get("ui.summary.report.title", status.unit().name()));
        details.setText(Messages.get("ui.summary.report.details", sent.fileName(),
                BoardViewModel.TIME.format(sent.receivedAt().atZoneSameInstant(java.time.ZoneId.systemDefault())),
                BoardViewModel.Row.stateText(status)));
        String said = sent.review().map(r -> Messages.get("ui.summary.report.comment", r.comment())).orElse("");
        comment.setText(said);
        comment.setManaged(!said.isEmpty());
        comment.setVisible(!said.isEmpty());
        // A report with errors is returned, never approved: it would count in the sum.
        approveButton.setDisable(status.state() == UnitStatus.State.APPROVED || sent.errors() > 0);
        returnButton.setDisable(status.state() == UnitStatus.State.RETURNED);
        // A 反馈单 is for a report that is not accepted (yet).
        feedbackButton.setDisable(status.state() == UnitStatus.State.APPROVED);

        ReportTables tables = new ReportTables(new ShownCells(report, found), "unit", messages);
        tabs.getTabs().setAll(tables.tabs());
        Tab prose = new Tab(Messages.get("ui.summary.report.prose"), prose(report));
        prose.setId("unit-prose");
        tabs.getTabs().add(prose);

        long errors = found.stream().filter(f -> f.severity() == Severity.E).count();
        long warnings = found.stream().filter(f -> f.severity() == Severity.W && f.isOpenIn(report)).count();
        findingsTitle.setText(Messages.get("ui.summary.report.findings", errors, warnings));
        findings.getItems().setAll(found);
        findings.setPlaceholder(new Label(Messages.get("ui.summary.report.noFindings")));
        findings.setCellFactory(l -> new FindingCell(report, findings));
        // A finding shows its cell (or the prose it is about).
        findings.getSelectionModel().selectedItemProperty().addListener((o, was, f) -> {
            if (f != null && f.cells().stream().noneMatch(k -> tables.reveal(tabs, k)) && !f.cells().isEmpty()
                    && report.catalog().text(f.cells().get(0)).isPresent()) {
                tabs.getSelectionModel().select(prose);
            }
        });
    }

    /** Every prose field and number of the format with what the unit wrote. */
    private static ScrollPane prose(Report report) {
        FormatCatalog catalog = report.catalog();
        VBox box = new VBox(6);
        box.getStyleClass().add("section-body");
        box.setId("unit-prose-body");
        for (var field : catalog.texts()) {
            Label place = new Label(FindingPlace.describe(catalog, field.key()));
            place.getStyleClass().add("prose-heading");
            place.setWrapText(true);
            String text = report.text(field.key());
            Label body = new Label(text.isBlank() ? Messages.get("ui.summary.report.empty") : text);
            body.setWrapText(true);
            body.getStyleClass().add(text.isBlank() ? "import-missing" : "shown-prose");
            box.getChildren().addAll(place, body);
        }
        for (var number : catalog.numbers()) {
            BigDecimal v = report.number(number.key());
            Label line = new Label(Messages.get("ui.summary.report.number", FindingPlace.describe(catalog,
                    number.key()), v == null ? Messages.get("ui.summary.report.empty") : v.toPlainString()));
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        return scroll;
    }

    /** A finding: its kind, rule and place, then what is wrong (and the unit's explanation of a warning). */
    private static final class FindingCell extends ListCell<Finding> {
        private final Report report;
        private final Label head = new Label();
        private final Label message = new Label();
        private final Label explanation = new Label();
        private final VBox box = new VBox(2, head, message, explanation);

        FindingCell(Report report, ListView<Finding> list) {
            this.report = report;
            head.getStyleClass().add("finding-head");
            explanation.getStyleClass().add("finding-explanation");
            for (Label l : List.of(head, message, explanation)) {
                l.setWrapText(true);
                // As wide as the list, so that a long message wraps instead of being cut.
                l.maxWidthProperty().bind(list.widthProperty().subtract(36));
            }
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            setGraphic(empty || f == null ? null : box);
            if (empty || f == null) {
                return;
            }
            head.setText(Messages.get("ui.summary.report.findingHead", Messages.get("severity." + f.severity().name()),
                    f.rule(), FindingPlace.describe(report.catalog(), f)));
            head.getStyleClass().removeAll("severity-E", "severity-W", "severity-I");
            head.getStyleClass().add("severity-" + f.severity().name());
            message.setText(f.message());
            String said = f.explanationIn(report);
            explanation.setText(said == null ? "" : Messages.get("ui.summary.report.explained", said));
            explanation.setVisible(said != null);
            explanation.setManaged(said != null);
        }
    }

    Region root() {
        return root;
    }

    MessageBar messages() {
        return messages;
    }

    void focusFirst() {
        (findings.getItems().isEmpty() ? approveButton : findings).requestFocus();
    }

    @FXML
    private void approve() {
        actions.approve().run();
    }

    @FXML
    private void giveBack() {
        actions.giveBack().run();
    }

    @FXML
    private void feedback() {
        actions.feedback().run();
    }

    @FXML
    private void back() {
        actions.back().run();
    }
}
