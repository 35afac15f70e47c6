package org.ogireport.ui.start;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Scope;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.NameSuggestions;
import org.ogireport.ui.OrganKinds;
import org.ogireport.ui.OrganYearInput;

/**
 * The start view: open one of the recent drafts, or start the report of an organ and year: empty, from the year
 * before, or from a file.
 */
public final class StartView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @FXML
    private Region root;
    @FXML
    private ListView<DraftInfo> drafts;
    @FXML
    private Button continueButton;
    @FXML
    private Button openButton;
    @FXML
    private TextField organName;
    @FXML
    private ComboBox<OrganKind> organKind;
    @FXML
    private TextField year;
    @FXML
    private Label message;
    @FXML
    private MessageBar notice;

    private StartViewModel model;
    private Runnable newYear;
    private Runnable importReport;
    private Runnable showProblems = () -> { };

    /**
     * @param newYear      从上一年开始
     * @param importReport 导入已有年报
     */
    public void init(StartViewModel model, Runnable newYear, Runnable importReport) {
        this.model = model;
        this.newYear = newYear;
        this.importReport = importReport;
        drafts.setItems(model.drafts());
        drafts.setPlaceholder(new Label(Messages.get("ui.noDrafts")));
        drafts.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(DraftInfo d, boolean empty) {
                super.updateItem(d, empty);
                setText(empty || d == null ? null : describe(d));
            }
        });
        drafts.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                open();
            }
        });
        drafts.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                open();
                e.consume();
            }
        });
        // The list arrives from the background thread after the view is shown: then the draft opened last (else the
        // newest) is where the clerk most likely goes on, so Enter opens it.
        model.drafts().addListener((ListChangeListener<DraftInfo>) c -> {
            if (!drafts.getItems().isEmpty() && drafts.getSelectionModel().isEmpty()) {
                DraftInfo last = model.lastOpenedProperty().get();
                drafts.getSelectionModel().select(last != null && drafts.getItems().contains(last) ? last
                        : drafts.getItems().get(0));
                focusFirst();
            }
        });
        offerLastOpened();
        openButton.disableProperty().bind(drafts.getSelectionModel().selectedItemProperty().isNull());
        OrganKinds.setUp(organKind);
        organName.textProperty().bindBidirectional(model.organNameProperty());
        organKind.valueProperty().bindBidirectional(model.organKindProperty());
        year.textProperty().bindBidirectional(model.yearProperty());
        checkAsTyped();
        NameSuggestions.attach(organName, model::organNames);
        message.textProperty().bind(model.messageProperty());
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
    }

    /**
     * Marks the organ and year fields that cannot make a report, with the reason as their tooltip (ControlsFX,
     * ADR 0009); nothing is marked before the clerk has typed in a field and left it, or asked for the draft.
     */
    private void checkAsTyped() {
        ValidationSupport validation = new ValidationSupport();
        validation.setErrorDecorationEnabled(false);
        validation.registerValidator(organName, false, (Control c, String text) -> problem(c,
                OrganYearInput.organProblem(text)));
        validation.registerValidator(year, false, (Control c, String text) -> problem(c,
                OrganYearInput.yearProblem(text)));
        for (TextField field : List.of(organName, year)) {
            // Only a field the clerk typed in and left is judged: focus moving on its own marks nothing.
            BooleanProperty typedIn = new SimpleBooleanProperty();
            field.textProperty().addListener((o, was, now) -> typedIn.set(typedIn.get() || field.isFocused()));
            field.focusedProperty().addListener((o, was, now) -> {
                if (!now && typedIn.get()) {
                    validation.setErrorDecorationEnabled(true);
                }
            });
        }
        showProblems = () -> validation.setErrorDecorationEnabled(true);
    }

    private static ValidationResult problem(Control field, Optional<String> problem) {
        return ValidationResult.fromErrorIf(field, problem.orElse(""), problem.isPresent());
    }

    public Region root() {
        return root;
    }

    /** Says at the top what became of the data (a restore from a backup), until the start view is shown again. */
    public void notice(String text) {
        if (text == null) {
            notice.clear();
        } else {
            notice.info(text);
        }
    }

    /**
     * The draft opened last is offered at the top, one key away: its button has the focus, and Enter or its mnemonic
     * opens it.
     */
    private void offerLastOpened() {
        continueButton.visibleProperty().bind(model.lastOpenedProperty().isNotNull());
        continueButton.managedProperty().bind(continueButton.visibleProperty());
        model.lastOpenedProperty().addListener((o, was, now) -> continueButton.setText(now == null ? ""
                : Messages.get("ui.start.continue", now.organName(), now.year())));
        // A focused button fires on Space; the clerk is told Enter, so Enter too.
        continueButton.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                continueButton.fire();
                e.consume();
            }
        });
    }

    @FXML
    private void continueLast() {
        DraftInfo last = model.lastOpenedProperty().get();
        if (last != null) {
            model.open(last);
        }
    }

    /**
     * Puts the focus where the clerk most likely starts: the draft opened last, the newest draft, or the new draft's
     * organ.
     */
    public void focusFirst() {
        if (continueButton.isVisible()) {
            continueButton.requestFocus();
        } else if (drafts.getItems().isEmpty()) {
            organName.requestFocus();
        } else {
            drafts.requestFocus();
        }
    }

    /** A draft's line in the list; an aggregate (汇总年报) is marked, as an organ may hold both of a year. */
    public static String describe(DraftInfo d) {
        return Messages.get("ui.draftRow", d.organName(), d.year(), d.errors(), d.warnings(),
                TIME.format(d.updatedAt().atZoneSameInstant(ZoneId.systemDefault())),
                d.scope() == Scope.AGGREGATE ? Messages.get("ui.draftRow.aggregate") : "");
    }

    @FXML
    private void open() {
        DraftInfo d = drafts.getSelectionModel().getSelectedItem();
        if (d != null) {
            model.open(d);
        }
    }

    @FXML
    private void create() {
        showProblems.run();
        model.create();
    }

    @FXML
    private void newYear() {
        newYear.run();
    }

    @FXML
    private void importReport() {
        importReport.run();
    }
}
