package org.ogireport.ui.files;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ogireport.app.NewYear;
import org.ogireport.app.NewYearOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Report;
import org.ogireport.ui.Dialogs;
import org.ogireport.ui.OrganYearInput;
import org.ogireport.ui.WindowContext;

/**
 * 从上一年开始: the clerk picks an organ and a year whose year before is stored; the year's draft begins from it
 * ({@link Workspace#newYear}) and opens, its carried prose marked for rewriting. An existing draft of the year is
 * replaced only after the clerk agrees.
 */
public final class NewYearCommand {

    /** An organ and year chosen. */
    record Choice(String organ, int year) {
    }

    private static final double CONTENT_WIDTH = 520;

    private final WindowContext window;

    public NewYearCommand(WindowContext window) {
        this.window = window;
    }

    public void start() {
        if (!window.saveOpenDraft()) {
            return;
        }
        Workspace ws = window.workspace();
        window.tasks().run(Messages.get("ui.action.list"), ws::listDrafts, this::ask);
    }

    private void ask(List<DraftInfo> drafts) {
        if (drafts.isEmpty()) {
            Dialogs.info(window.owner(), Messages.get("ui.newYear.title"), Messages.get("ui.newYear.noDrafts"));
            return;
        }
        String openOrgan = window.openReport().map(r -> r.organ().name()).orElse(null);
        choose(drafts, openOrgan).ifPresent(choice -> begin(drafts, choice));
    }

    private Optional<Choice> choose(List<DraftInfo> drafts, String openOrgan) {
        Set<String> organs = new LinkedHashSet<>();
        drafts.stream().sorted(Comparator.comparing(DraftInfo::updatedAt).reversed())
                .forEach(d -> organs.add(d.organName()));
        ComboBox<String> organ = new ComboBox<>();
        organ.setId("newYear-organ");
        organ.getItems().setAll(organs);
        organ.setValue(openOrgan != null && organs.contains(openOrgan) ? openOrgan : organs.iterator().next());
        organ.setMaxWidth(Double.MAX_VALUE);
        TextField year = new TextField(Integer.toString(window.workspace().yearDue()));
        year.setId("newYear-year");
        year.setPrefColumnCount(6);
        Label years = new Label();
        years.getStyleClass().add("section-hint");
        years.setWrapText(true);
        Label error = new Label();
        error.getStyleClass().add("form-error");
        error.setWrapText(true);
        error.setId("newYear-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.managedProperty());
        organ.valueProperty().addListener((o, was, now) -> years.setText(yearsOf(drafts, now)));
        years.setText(yearsOf(drafts, organ.getValue()));

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        Label organLabel = new Label(Messages.get("ui.start.organ"));
        organLabel.setMnemonicParsing(true);
        organLabel.setLabelFor(organ);
        Label yearLabel = new Label(Messages.get("ui.start.year"));
        yearLabel.setMnemonicParsing(true);
        yearLabel.setLabelFor(year);
        form.addRow(0, organLabel, organ);
        form.add(years, 1, 1);
        form.addRow(2, yearLabel, year);
        Label hint = new Label(Messages.get("ui.newYear.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("section-hint");
        // A wrapped label tells its height only for a width it is given.
        hint.setPrefWidth(CONTENT_WIDTH);
        error.setPrefWidth(CONTENT_WIDTH);

        Dialog<Choice> dialog = new Dialog<>();
        dialog.initOwner(window.owner());
        dialog.setTitle(Messages.get("app.name"));
        dialog.setHeaderText(Messages.get("ui.newYear.title"));
        VBox content = new VBox(12, form, error, hint);
        dialog.getDialogPane().setContent(content);
        ButtonType ok = new ButtonType(Messages.get("ui.newYear.begin"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("ui.dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        Dialogs.style(dialog, window.owner());
        Node okButton = dialog.getDialogPane().lookupButton(ok);
        okButton.setId("newYear-begin");
        // A year without its year before stays in the dialog with the reason.
        okButton.addEventFilter(ActionEvent.ACTION, e -> {
            String problem = problem(drafts, organ.getValue(), year.getText());
            error.setText(problem);
            if (problem != null) {
                e.consume();
                // A dialog keeps its size: it grows to show the message whole.
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        dialog.setResultConverter(b -> b == ok ? new Choice(organ.getValue(),
                OrganYearInput.year(year.getText(), m -> { })) : null);
        dialog.setOnShown(e -> year.requestFocus());
        return dialog.showAndWait();
    }

    /** The years stored for an organ, in words. */
    private static String yearsOf(List<DraftInfo> drafts, String organ) {
        List<String> years = drafts.stream().filter(d -> d.organName().equals(organ)).map(DraftInfo::year).sorted()
                .map(String::valueOf).toList();
        return Messages.get("ui.newYear.years", String.join("、", years));
    }

    /** What stands in the way of beginning the year, or null. */
    private static String problem(List<DraftInfo> drafts, String organ, String yearText) {
        String[] message = {null};
        int year = OrganYearInput.year(yearText, m -> message[0] = m);
        if (year < 0) {
            return message[0];
        }
        if (!exists(drafts, organ, year - 1)) {
            return Messages.get("ui.newYear.noPrevious", organ, year - 1, year);
        }
        return null;
    }

    private static boolean exists(List<DraftInfo> drafts, String organ, int year) {
        return drafts.stream().anyMatch(d -> d.organName().equals(organ) && d.year() == year);
    }

    private void begin(List<DraftInfo> drafts, Choice choice) {
        boolean exists = exists(drafts, choice.organ(), choice.year());
        if (exists && !Dialogs.confirm(window.owner(),
                Messages.get("ui.newYear.replaceTitle", choice.organ(), choice.year()),
                Messages.get("ui.newYear.replace", choice.organ(), choice.year(), choice.year() - 1),
                Messages.get("ui.newYear.replaceAction"))) {
            return;
        }
        Workspace ws = window.workspace();
        record Begun(NewYearOutcome outcome, Report report, Report previousYear) {
        }
        window.tasks().run(Messages.get("ui.action.newYear"), () -> {
            NewYearOutcome outcome = ws.newYear(choice.organ(), choice.year(), exists);
            Report report = ws.require(choice.organ(), choice.year());
            return new Begun(outcome, report, ws.previousYear(report).orElse(null));
        }, begun -> {
            NewYear start = begun.outcome().start();
            window.openDraft(begun.report(), begun.previousYear(), Messages.get("ui.newYear.done",
                    choice.year() - 1, choice.year(), start.carriedCells().size(), start.carriedTexts().size()));
        });
    }
}
