package org.ogireport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.fxml.FXMLLoader;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionInfo;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingPlace;
import org.ogireport.ui.DraftSession.Counts;
import org.ogireport.util.UserException;

/**
 * The main window: the start view, or the open draft with the navigation list of its screens (each with its open
 * errors and warnings), the screen itself, and the findings panel; the title bar says whose report it is and
 * whether it is saved, the status bar when it was saved and where the data is.
 */
public final class MainWindowController implements Navigator {

    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("errors");
    private static final PseudoClass WARNINGS = PseudoClass.getPseudoClass("warnings");
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO_SHIFT = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    private static final KeyCombination NEXT_SCREEN = new KeyCodeCombination(KeyCode.PAGE_DOWN,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination PREVIOUS_SCREEN = new KeyCodeCombination(KeyCode.PAGE_UP,
            KeyCombination.SHORTCUT_DOWN);

    /** Where the findings panel starts: the screen keeps about three quarters (table 三 fits beside the panel). */
    private static final double FINDINGS_DIVIDER = 0.75;
    /** The sizes of the app's icon (packaging/icons) the window offers the desktop. */
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 256);

    @FXML
    private BorderPane window;
    @FXML
    private StackPane content;
    @FXML
    private Label opening;
    @FXML
    private BorderPane editor;
    @FXML
    private ListView<SectionViewModel> nav;
    @FXML
    private SplitPane split;
    @FXML
    private StackPane sectionHost;
    @FXML
    private VBox findingsPanel;
    @FXML
    private Label findingsTitle;
    @FXML
    private Label saveState;
    @FXML
    private Label dataDir;
    @FXML
    private HBox busy;
    @FXML
    private ProgressBar progressBar;
    @FXML
    private Label progressStep;
    @FXML
    private Menu menuGo;
    @FXML
    private Menu menuExport;
    @FXML
    private MenuItem menuCheckReport;
    @FXML
    private MenuItem menuSave;
    @FXML
    private MenuItem menuHistory;
    @FXML
    private MenuItem menuUndo;
    @FXML
    private MenuItem menuRedo;
    @FXML
    private MenuItem menuFill;
    @FXML
    private MenuItem menuNextProblem;
    @FXML
    private CheckMenuItem menuFindings;

    private Stage stage;
    private TaskExecutor tasks;
    private MainViewModel model;
    private StartView startView;
    private StartViewModel startModel;
    private final Map<String, SectionView> views = new HashMap<>();
    private SectionView current;
    private FindingsList findings;
    /** A view shown aside (an import's preview), and what the screen showed before it, to go back to. */
    private Node aside;
    private Node beforeAside;
    private FileDialogs fileDialogs = FileDialogs.platform();
    private FolderOpener folderOpener = FolderOpener.of(null);

    /** Loads the main window into a stage and shows it; the data folder comes later ({@link #setWorkspace}). */
    static MainWindowController show(Stage stage, TaskExecutor tasks) {
        FXMLLoader loader = loader("MainWindow.fxml");
        Parent root = load(loader);
        Scene scene = new Scene(root, 1280, 720);
        scene.getStylesheets().add(MainWindowController.class.getResource("app.css").toExternalForm());
        MainWindowController c = loader.getController();
        c.stage = stage;
        c.tasks = tasks;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, c::onKey);
        stage.titleProperty().unbind();
        stage.setTitle(Messages.get("app.name"));
        stage.getIcons().setAll(ICON_SIZES.stream().map(size -> new Image(MainWindowController.class
                .getResourceAsStream("icons/ogi-report-" + size + ".png"))).toList());
        c.showProgress(tasks);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnCloseRequest(c::onCloseRequest);
        stage.show();
        return c;
    }

    static FXMLLoader loader(String fxml) {
        return new FXMLLoader(MainWindowController.class.getResource(fxml), Messages.bundle());
    }

    static Parent load(FXMLLoader loader) {
        try {
            return loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The status bar shows the long job running in the background, and how far it has got. */
    private void showProgress(TaskExecutor executor) {
        busy.visibleProperty().bind(executor.progressProperty().isNotNull());
        busy.managedProperty().bind(busy.visibleProperty());
        executor.progressProperty().addListener((o, was, now) -> {
            if (now != null) {
                progressBar.setProgress(now.done() < 0 ? ProgressBar.INDETERMINATE_PROGRESS : now.done());
                progressStep.setText(now.step());
            }
        });
    }

    @FXML
    private void initialize() {
        nav.setCellFactory(list -> new NavCell());
        nav.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null && (current == null || current != views.get(now.key()))) {
                showSection(now);
            }
        });
        menuFindings.selectedProperty().addListener((o, was, shown) -> showFindingsPanel(shown));
        content.getChildren().setAll(opening);
        showEditor(false);
    }

    // ---- the data folder and drafts -------------------------------------------------------------------------

    /** Shows the start view over an open data folder. */
    void setWorkspace(Workspace workspace) {
        model = new MainViewModel(workspace, tasks);
        stage.titleProperty().bind(model.titleProperty());
        saveState.textProperty().bind(model.saveStateProperty());
        model.saveFailedProperty().addListener((o, was, failed) ->
                saveState.pseudoClassStateChanged(ERRORS, failed));
        dataDir.setText(Messages.get("ui.dataDir", workspace.dataDir()));
        startModel = new StartViewModel(model, this::opened);
        FXMLLoader loader = loader("StartView.fxml");
        load(loader);
        startView = loader.getController();
        startView.init(startModel, this::newYear, this::importReport);
        showStart();
    }

    MainViewModel model() {
        return model;
    }

    /** Back to the start view; the open draft is saved first and stays open when it cannot be. */
    @FXML
    void showStart() {
        if (model == null || !saveOpenDraft()) {
            return;
        }
        model.closeDraft();
        views.clear();
        current = null;
        showEditor(false);
        content.getChildren().setAll(startView.root());
        startModel.refresh();
        Platform.runLater(startView::focusFirst);
    }

    private void opened(StartViewModel.Opened opened, String message) {
        openDraft(opened.report(), opened.previousYear(), message);
    }

    /** Opens a draft and says, on its first screen, how it came to be (or nothing when message is null). */
    void openDraft(Report report, Report previousYear, String message) {
        openDraft(report, previousYear);
        if (message != null) {
            current.messages().info(message);
        }
    }

    void openDraft(Report report, Report previousYear) {
        model.open(report, previousYear);
        DraftSession session = model.session();
        views.clear();
        current = null;
        nav.getItems().setAll(model.sections());
        findings = new FindingsList(session, false, this::jumpTo);
        findings.setId("findings");
        VBox.setVgrow(findings, Priority.ALWAYS);
        findingsPanel.getChildren().setAll(findingsTitle, findings);
        findingsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            Counts c = model.sections().get(model.sections().size() - 1).countsProperty().get();
            return Messages.get("ui.findings.title", c.errors(), c.warnings());
        }, model.sections().get(model.sections().size() - 1).countsProperty()));
        menuUndo.disableProperty().bind(session.canUndoProperty().not());
        menuRedo.disableProperty().bind(session.canRedoProperty().not());
        content.getChildren().setAll(editor);
        showEditor(true);
        nav.getSelectionModel().select(0);
        Platform.runLater(() -> {
            if (current != null) {
                current.focusFirst();
            }
        });
    }

    private void showEditor(boolean shown) {
        for (MenuItem item : List.of(menuSave, menuHistory, menuFill, menuNextProblem, menuGo, menuExport,
                menuCheckReport)) {
            item.setDisable(!shown);
        }
        if (!shown) {
            menuUndo.disableProperty().unbind();
            menuRedo.disableProperty().unbind();
            menuUndo.setDisable(true);
            menuRedo.setDisable(true);
            return;
        }
        menuGo.getItems().clear();
        for (int i = 0; i < model.sections().size(); i++) {
            SectionViewModel s = model.sections().get(i);
            MenuItem item = new MenuItem(s.heading());
            item.setMnemonicParsing(false);
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> {
                nav.getSelectionModel().select(s);
                Platform.runLater(current::focusFirst);
            });
            menuGo.getItems().add(item);
        }
    }

    /** Commits open editors and writes the draft; false (after telling the clerk) when it cannot be written. */
    boolean saveOpenDraft() {
        if (model.session() == null) {
            return true;
        }
        if (current != null) {
            current.commitEdits();
        }
        try {
            model.saveAndWait();
            return true;
        } catch (UserException e) {
            Dialogs.error(stage, Messages.get("ui.save.notClosed", e.getMessage()));
            return false;
        }
    }

    // ---- screens --------------------------------------------------------------------------------------------

    void showSection(SectionViewModel section) {
        if (current != null) {
            current.commitEdits();
        }
        SectionView view = views.computeIfAbsent(section.key(), k -> {
            FXMLLoader loader = loader(section.fxml());
            load(loader);
            SectionView v = loader.getController();
            v.init(section, this);
            return v;
        });
        current = view;
        sectionHost.getChildren().setAll(view.root());
        if (nav.getSelectionModel().getSelectedItem() != section) {
            nav.getSelectionModel().select(section);
        }
        menuFill.setDisable(section.table() == null);
    }

    /** The screen of a section key, opened. */
    private SectionView open(String sectionKey) {
        SectionViewModel target = model.sections().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .orElse(model.sections().get(0));
        showSection(target);
        return current;
    }

    /** The screen shown now (for the tests). */
    SectionView currentView() {
        return current;
    }

    @Override
    public void jumpTo(Finding finding) {
        SectionView view = open(FindingPlace.sectionKey(model.session().catalog(), finding));
        if (!finding.cells().isEmpty()) {
            String key = finding.cells().get(0);
            Platform.runLater(() -> view.focus(key));
        }
    }

    private void showFindingsPanel(boolean shown) {
        if (shown && !split.getItems().contains(findingsPanel)) {
            split.getItems().add(findingsPanel);
            split.setDividerPositions(FINDINGS_DIVIDER);
        } else if (!shown) {
            split.getItems().remove(findingsPanel);
        }
    }

    @FXML
    private void nextProblem() {
        if (findings == null || findings.getItems().isEmpty()) {
            return;
        }
        int next = (findings.getSelectionModel().getSelectedIndex() + 1) % findings.getItems().size();
        findings.getSelectionModel().select(next);
        findings.scrollTo(next);
        jumpTo(findings.getItems().get(next));
    }

    // ---- commands -------------------------------------------------------------------------------------------

    @FXML
    private void saveNow() {
        if (model != null && model.session() != null) {
            current.commitEdits();
            model.save(true);
        }
    }

    @FXML
    private void undo() {
        if (current != null && !current.cancelEdit()) {
            reveal(model.session().undo());
        }
    }

    @FXML
    private void redo() {
        if (current != null) {
            current.cancelEdit();
            reveal(model.session().redo());
        }
    }

    /** Shows where an undo or redo changed the draft. */
    private void reveal(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Change first = changes.get(0);
        model.session().sectionOf(first).ifPresent(section -> {
            SectionView view = open(section);
            Platform.runLater(() -> view.reveal(first));
        });
    }

    @FXML
    private void fillEmpty() {
        if (current instanceof TableSectionView table) {
            table.fillEmpty();
        }
    }

    @FXML
    private void showHistory() {
        if (model.session() == null || !saveOpenDraft()) {
            return;
        }
        Report report = model.session().report();
        String organ = report.organ().name();
        int year = report.year();
        Workspace ws = model.workspace();
        tasks.run(Messages.get("ui.action.history"), () -> ws.history(organ, year), list -> {
            FXMLLoader loader = loader("HistoryView.fxml");
            load(loader);
            HistoryView view = loader.getController();
            view.init(Messages.get("ui.history.title", organ, year), list, this::restore, this::backToDraft);
            content.getChildren().setAll(view.root());
            Platform.runLater(view::focusFirst);
        });
    }

    private void backToDraft() {
        content.getChildren().setAll(editor);
        if (current != null) {
            Platform.runLater(current::focusFirst);
        }
    }

    private void restore(RevisionInfo revision) {
        if (!saveOpenDraft()) {
            return;
        }
        Report report = model.session().report();
        String time = HistoryView.TIME.format(revision.savedAt().atZoneSameInstant(ZoneId.systemDefault()));
        if (!Dialogs.confirm(stage, Messages.get("ui.history.confirmTitle", revision.id()),
                Messages.get("ui.history.confirm", revision.id(), time, revision.note()),
                Messages.get("ui.history.restore"))) {
            return;
        }
        Workspace ws = model.workspace();
        String organ = report.organ().name();
        int year = report.year();
        record Restored(Report report, Report previousYear, long revision) {
        }
        tasks.run(Messages.get("ui.action.restore"), () -> {
            long id = ws.restoreRevision(organ, year, revision.id());
            Report restored = ws.require(organ, year);
            return new Restored(restored, ws.previousYear(restored).orElse(null), id);
        }, r -> {
            openDraft(r.report(), r.previousYear());
            current.messages().info(Messages.get("ui.history.restored", revision.id(), r.revision()));
        });
    }

    // ---- files in and out -------------------------------------------------------------------------------------

    Stage stage() {
        return stage;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    FileDialogs files() {
        return fileDialogs;
    }

    FolderOpener folders() {
        return folderOpener;
    }

    /** Puts in other file dialogs (the tests answer them by themselves). */
    void useFileDialogs(FileDialogs dialogs) {
        this.fileDialogs = dialogs;
    }

    void useFolderOpener(FolderOpener opener) {
        this.folderOpener = opener;
    }

    /** Where a file dialog starts: the folder used last (also after a restart), else the clerk's home folder. */
    Path startFolder() {
        return model.workspace().lastFolder().orElse(Path.of(System.getProperty("user.home")));
    }

    void rememberFolder(Path folder) {
        if (folder != null) {
            Workspace ws = model.workspace();
            tasks.run(Messages.get("ui.action.settings"), () -> {
                ws.rememberFolder(folder);
                return null;
            }, done -> {
            });
        }
    }

    /** Shows a view in place of the draft or the start view, until {@link #back}. */
    void showAside(Node view) {
        Node shown = content.getChildren().isEmpty() ? null : content.getChildren().get(0);
        if (shown != aside) {
            beforeAside = shown;
        }
        aside = view;
        content.getChildren().setAll(view);
    }

    /** Back from a view shown aside to what was shown before it. */
    void back() {
        if (beforeAside == editor) {
            backToDraft();
        } else if (beforeAside != null) {
            content.getChildren().setAll(beforeAside);
        }
        aside = null;
        beforeAside = null;
    }

    @FXML
    void importReport() {
        if (model != null) {
            new Importing(this).start();
        }
    }

    @FXML
    void newYear() {
        if (model != null) {
            new NewYearDialog(this).start();
        }
    }

    void export(String formatId) {
        if (model != null) {
            new Exporting(this).export(formatId);
        }
    }

    /** A command of the 导出 menu: its user data is the format. */
    @FXML
    private void exportAs(ActionEvent e) {
        export((String) ((MenuItem) e.getSource()).getUserData());
    }

    @FXML
    @Override
    public void writeCheckReport() {
        if (model != null) {
            new Exporting(this).writeCheckReport();
        }
    }

    @FXML
    private void showKeys() {
        Dialogs.info(stage, Messages.get("ui.keys.title"), Messages.get("ui.keys.text"));
    }

    @FXML
    void showAbout() {
        AboutDialog.show(stage, model == null ? null : model.workspace().dataDir());
    }

    @FXML
    private void quit() {
        WindowEvent close = new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST);
        onCloseRequest(close);
        if (!close.isConsumed()) {
            stage.close();
        }
    }

    /** Closing never loses typed text: what is not saved is written first; if that fails, the window stays. */
    private void onCloseRequest(WindowEvent e) {
        if (model != null && !saveOpenDraft()) {
            e.consume();
        }
    }

    // ---- keys -----------------------------------------------------------------------------------------------

    /** The keys that work wherever the focus is: one undo history for cells and text fields, screen switching. */
    private void onKey(KeyEvent e) {
        if (model == null || model.session() == null || !content.getChildren().contains(editor)) {
            return;
        }
        if (UNDO.match(e)) {
            undo();
        } else if (REDO.match(e) || REDO_SHIFT.match(e)) {
            redo();
        } else if (NEXT_SCREEN.match(e) || PREVIOUS_SCREEN.match(e)) {
            int n = nav.getItems().size();
            int i = nav.getSelectionModel().getSelectedIndex() + (NEXT_SCREEN.match(e) ? 1 : n - 1);
            nav.getSelectionModel().select(i % n);
            Platform.runLater(current::focusFirst);
        } else if (e.getCode() == KeyCode.F6) {
            cycleFocus(e.isShiftDown());
        } else {
            return;
        }
        e.consume();
    }

    /** F6 moves between the navigation list, the screen and the findings panel. */
    private void cycleFocus(boolean back) {
        Node focused = stage.getScene().getFocusOwner();
        int area = isInside(focused, nav) ? 0 : isInside(focused, sectionHost) ? 1 : 2;
        int next = (area + (back ? 2 : 1)) % 3;
        if (next == 2 && !split.getItems().contains(findingsPanel)) {
            next = back ? 1 : 0;
        }
        switch (next) {
            case 0 -> nav.requestFocus();
            case 1 -> current.focusFirst();
            default -> findings.requestFocus();
        }
    }

    private static boolean isInside(Node node, Node area) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == area) {
                return true;
            }
        }
        return false;
    }

    /** A screen in the navigation list with its open errors (✖ n) and warnings (⚠ n), or ✔. */
    private static final class NavCell extends ListCell<SectionViewModel> {
        private final Label heading = new Label();
        private final Label badge = new Label();
        private final HBox box;
        private final ChangeListener<Counts> onCounts = (o, before, now) -> show(now);
        private SectionViewModel shown;

        NavCell() {
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
}
