package org.ogireport.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.controlsfx.control.StatusBar;
import org.ogireport.app.RestoreOutcome;
import org.ogireport.app.Workspace;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.ui.draft.DraftSession;
import org.ogireport.ui.draft.DraftView;
import org.ogireport.ui.draft.SectionView;
import org.ogireport.ui.draft.SectionViewModel;
import org.ogireport.ui.files.CheckReportCommand;
import org.ogireport.ui.files.ExportCommand;
import org.ogireport.ui.files.HistoryCommand;
import org.ogireport.ui.files.ImportCommand;
import org.ogireport.ui.files.NewYearCommand;
import org.ogireport.ui.files.PrintCommand;
import org.ogireport.ui.files.RestoreCommand;
import org.ogireport.ui.help.GuideView;
import org.ogireport.ui.server.ServerSettingsCommand;
import org.ogireport.ui.server.SubmitCommand;
import org.ogireport.ui.start.StartView;
import org.ogireport.ui.summary.BoardCommand;
import org.ogireport.ui.start.StartViewModel;
import org.ogireport.util.UserException;

/**
 * The main window: the menus; the start view, the open draft ({@link DraftView}) or a view shown aside in their
 * place (an import's preview, the revisions, the 汇总's board); the status bar with when the draft was saved, the
 * long job running and where the data is. The title bar says whose report it is and whether it is saved. The
 * commands of the menus are classes of their own, over the window's {@link WindowContext}.
 */
public final class MainWindowView {

    private static final PseudoClass ERRORS = PseudoClass.getPseudoClass("errors");
    /** The sizes of the app's icon (packaging/icons) the window offers the desktop. */
    private static final List<Integer> ICON_SIZES = List.of(16, 32, 48, 256);

    @FXML
    private BorderPane window;
    @FXML
    private StackPane content;
    @FXML
    private Label opening;
    @FXML
    private Label saveState;
    @FXML
    private Label dataDir;
    @FXML
    private StatusBar statusBar;
    @FXML
    private MenuBar menuBar;
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
    private MenuItem menuRestore;
    @FXML
    private MenuItem menuPrint;
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
    private WindowContext context;
    private MainWindowViewModel model;
    private StartView startView;
    private StartViewModel startModel;
    private DraftView draft;
    private GuideView guide;
    /** Opens the data folder again after a restore (the app's; the tests' too). */
    private DataFolderOpening dataFolder;
    /** A view shown aside (an import's preview), and what the window showed before it, to go back to. */
    private Node aside;
    private Node beforeAside;

    /** Loads the main window into a stage and shows it; the data folder comes later ({@link #setWorkspace}). */
    static MainWindowView show(Stage stage, TaskExecutor tasks) {
        MainWindowView w = ViewLoader.load(MainWindowView.class);
        Scene scene = new Scene(w.window, 1280, 720);
        scene.getStylesheets().add(ViewLoader.styleSheet());
        w.stage = stage;
        w.tasks = tasks;
        w.context = new WindowContext(w, stage, tasks);
        WindowKeys.install(scene, w::shownDraft, w.menuBar);
        stage.titleProperty().unbind();
        stage.setTitle(Messages.get("app.name"));
        stage.getIcons().setAll(ICON_SIZES.stream().map(size -> new Image(MainWindowView.class
                .getResourceAsStream("icons/ogi-report-" + size + ".png"))).toList());
        w.showProgress(tasks);
        stage.setMinWidth(960);
        stage.setMinHeight(600);
        stage.setScene(scene);
        stage.setOnCloseRequest(w::onCloseRequest);
        stage.show();
        return w;
    }

    /** The status bar shows the long job running in the background, and how far it has got. */
    private void showProgress(TaskExecutor executor) {
        executor.progressProperty().addListener((o, was, now) -> {
            statusBar.setText(now == null ? "" : now.step());
            // StatusBar draws its progress bar while the progress is not 0; -1 is JavaFX's "indeterminate".
            statusBar.setProgress(now == null ? 0 : now.done() < 0 ? ProgressBar.INDETERMINATE_PROGRESS
                    : Math.max(now.done(), 0.001));
        });
    }

    @FXML
    private void initialize() {
        draft = DraftView.load(this::writeCheckReport);
        menuFill.setDisable(true);
        draft.shownProperty().addListener((o, was, now) -> menuFill.setDisable(now == null || !now.hasTypedTable()));
        menuFindings.selectedProperty().addListener((o, was, shown) -> draft.showFindingsPanel(shown));
        content.getChildren().setAll(opening);
        showEditor(false);
        menuBar.getMenus().forEach(MainWindowView::selectFirstItemWhenShown);
    }

    /**
     * A menu opened by its key (Alt+T) selects its first command, so that Enter runs it (JavaFX selects none, and
     * Enter then does nothing); opened by the mouse it shows the same.
     */
    private static void selectFirstItemWhenShown(Menu menu) {
        menu.setOnShown(e -> Platform.runLater(() -> menu.getItems().stream()
                .filter(i -> !i.isDisable() && !(i instanceof SeparatorMenuItem) && i.getStyleableNode() != null)
                .findFirst().ifPresent(i -> i.getStyleableNode().requestFocus())));
    }

    /** What the commands use of the window. */
    WindowContext context() {
        return context;
    }

    /** How the window opens its data folder, again after a restore from a backup. */
    void useDataFolder(DataFolderOpening opening) {
        this.dataFolder = opening;
    }

    // ---- the data folder and drafts -------------------------------------------------------------------------

    /** Shows the start view over an open data folder. */
    void setWorkspace(Workspace workspace) {
        model = new MainWindowViewModel(workspace, tasks);
        stage.titleProperty().bind(model.titleProperty());
        saveState.textProperty().bind(model.saveStateProperty());
        model.saveFailedProperty().addListener((o, was, failed) ->
                saveState.pseudoClassStateChanged(ERRORS, failed));
        dataDir.setText(Messages.get("ui.dataDir", workspace.dataDir()));
        menuRestore.setDisable(workspace.isReadOnly() || dataFolder == null);
        context.server().reload();
        startModel = new StartViewModel(workspace, tasks,
                (opened, message) -> openDraft(opened.report(), opened.previousYear(), message));
        startView = ViewLoader.load(StartView.class);
        startView.init(startModel, this::newYear, this::importReport);
        showStart();
    }

    MainWindowViewModel model() {
        return model;
    }

    /** Back to the start view; the open draft is saved first and stays open when it cannot be. */
    @FXML
    void showStart() {
        if (model == null || !saveOpenDraft(true)) {
            return;
        }
        model.closeDraft();
        draft.close();
        showEditor(false);
        startView.notice(null);
        content.getChildren().setAll(startView.root());
        startModel.refresh();
        Platform.runLater(startView::focusFirst);
    }

    /**
     * Replaces the data with a backup: the open draft is saved (nothing happens when it cannot be) and closed, the
     * window lets go of the store while the restore swaps it, and opens the restored data on the start view, which
     * says what was restored. A backup refused changes nothing: the window says why and opens the data again.
     *
     * @param said what the start view says of the restore
     */
    void restoreData(Path backup, Function<RestoreOutcome, String> said) {
        if (model == null || dataFolder == null || !saveOpenDraft(true)) {
            return;
        }
        Workspace old = model.workspace();
        model.closeDraft();
        draft.close();
        showEditor(false);
        model = null;
        aside = null;
        beforeAside = null;
        menuRestore.setDisable(true);
        opening.setText(Messages.get("ui.backups.restoring", backup.getFileName()));
        content.getChildren().setAll(opening);
        dataFolder.restore(backup, old::close, outcome -> startView.notice(said.apply(outcome)),
                dataFolder::refusedThenReopen);
    }

    /** Opens a draft and says, on its first screen, how it came to be (or nothing when message is null). */
    void openDraft(Report report, Report previousYear, String message) {
        model.open(report, previousYear);
        DraftSession session = model.session();
        draft.open(session, model.sections());
        menuUndo.disableProperty().bind(session.canUndoProperty().not());
        menuRedo.disableProperty().bind(session.canRedoProperty().not());
        content.getChildren().setAll(draft.root());
        showEditor(true);
        draft.showFirstScreen(message);
        new SubmitCommand(context).lookUp(report);
    }

    void openDraft(Report report, Report previousYear) {
        openDraft(report, previousYear, null);
    }

    /** Opens a draft behind the view shown aside, which stays shown (back() shows the draft). */
    void openDraftBehind(Report report, Report previousYear, String message) {
        Node shown = aside;
        openDraft(report, previousYear, message);
        if (shown != null) {
            showAside(shown);
        }
    }

    /** The draft's menus: enabled while it is open, with a 转到 item (Ctrl+0 …) per screen. */
    private void showEditor(boolean shown) {
        for (MenuItem item : List.of(menuSave, menuHistory, menuPrint, menuNextProblem, menuGo, menuExport,
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
            // The screen's number is its mnemonic as well as its shortcut (Alt+G, 3 or Ctrl+3).
            MenuItem item = new MenuItem(Messages.get("ui.menu.goScreen", s.heading().replace("_", ""), i));
            item.setAccelerator(new KeyCodeCombination(KeyCode.getKeyCode(Integer.toString(i)),
                    KeyCombination.SHORTCUT_DOWN));
            item.setOnAction(e -> draft.select(s));
            menuGo.getItems().add(item);
        }
    }

    /**
     * Commits open editors and writes the draft; false (after telling the clerk) when it cannot be written.
     *
     * @param closing the draft is closed after (a revision of its own), not only saved before a command
     */
    boolean saveOpenDraft(boolean closing) {
        if (model.session() == null) {
            return true;
        }
        draft.commitEdits();
        try {
            model.saveAndWait(closing);
            return true;
        } catch (UserException e) {
            Dialogs.error(stage, Messages.get("ui.save.notClosed", e.getMessage()));
            return false;
        }
    }

    /** The draft view while it is shown (the window's keys act on it), else null. */
    private DraftView shownDraft() {
        boolean shown = model != null && model.session() != null && content.getChildren().contains(draft.root());
        return shown ? draft : null;
    }

    // ---- screens --------------------------------------------------------------------------------------------

    void showSection(SectionViewModel section) {
        draft.showSection(section);
    }

    /** The screen shown now (for the tests). */
    SectionView currentView() {
        return draft.currentView();
    }

    void jumpTo(Finding finding) {
        draft.jumpTo(finding);
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
        if (beforeAside == draft.root()) {
            content.getChildren().setAll(draft.root());
            draft.focusCurrent();
        } else if (beforeAside != null) {
            content.getChildren().setAll(beforeAside);
        }
        aside = null;
        beforeAside = null;
    }

    // ---- the menus ------------------------------------------------------------------------------------------

    @FXML
    private void nextProblem() {
        draft.nextProblem();
    }

    @FXML
    private void saveNow() {
        if (model != null && model.session() != null) {
            draft.commitEdits();
            model.save(true);
        }
    }

    @FXML
    private void undo() {
        draft.undo();
    }

    @FXML
    private void redo() {
        draft.redo();
    }

    @FXML
    private void fillEmpty() {
        draft.fillEmpty();
    }

    @FXML
    private void showHistory() {
        if (model != null) {
            new HistoryCommand(context).start();
        }
    }

    /** 文件 → 从备份恢复…: the backups of the data folder, restoring one, making one now. */
    @FXML
    void restoreBackup() {
        if (model != null && dataFolder != null) {
            new RestoreCommand(context).start();
        }
    }

    @FXML
    void importReport() {
        if (model != null) {
            new ImportCommand(context).start();
        }
    }

    @FXML
    void newYear() {
        if (model != null) {
            new NewYearCommand(context).start();
        }
    }

    void export(String formatId) {
        if (model != null) {
            new ExportCommand(context).start(formatId);
        }
    }

    /** A command of the 导出 menu: its user data is the format. */
    @FXML
    private void exportAs(ActionEvent e) {
        export((String) ((MenuItem) e.getSource()).getUserData());
    }

    @FXML
    void writeCheckReport() {
        if (model != null) {
            new CheckReportCommand(context).start();
        }
    }

    /** 填报说明 (F1), beside the window, at the part of the report shown (the checks on the 检查 page). */
    @FXML
    void showGuide() {
        if (guide == null) {
            guide = ViewLoader.load(GuideView.class);
        }
        SectionViewModel shown = shownDraft() == null ? null : draft.shownProperty().get();
        int year = model == null ? Report.MAX_YEAR : model.workspace().yearDue();
        FormatCatalog catalog = shown != null ? model.session().catalog()
                : FormatCatalog.of(FormatVersion.forYear(year));
        String chapter = shown == null ? null : shown.key().equals(SectionViewModel.CHECK) ? GuideView.RULES
                : shown.key();
        guide.show(stage, catalog, KeysHelp.of(menuBar), chapter);
    }

    @FXML
    void print() {
        if (model != null) {
            new PrintCommand(context).start();
        }
    }

    /** 导出 → 报送正式版: the final copy of the open draft to the shared inbox (the server set first, if none is). */
    @FXML
    void submit() {
        if (model != null) {
            new SubmitCommand(context).start();
        }
    }

    /** 设置 → 报送服务器…: the shared inbox's address and role, tried, kept or no longer used. */
    @FXML
    void serverSettings() {
        if (model != null) {
            new ServerSettingsCommand(context).start(login -> context.openReport().ifPresent(open ->
                    new SubmitCommand(context).lookUp(open)));
        }
    }

    /** 汇总 → 报送情况: the board of the government and year compiled last (asked the first time). */
    @FXML
    void openSummary() {
        if (model != null) {
            new BoardCommand(context).start(false);
        }
    }

    /** 汇总 → 选择政府和年度…. */
    @FXML
    void chooseSummary() {
        if (model != null) {
            new BoardCommand(context).start(true);
        }
    }

    @FXML
    private void showKeys() {
        Dialogs.keys(stage, KeysHelp.of(menuBar));
    }

    /** The shortcuts of the menus as the keys help lists them (for the tests). */
    List<KeysHelp.Group> keysHelp() {
        return KeysHelp.of(menuBar);
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
        if (model != null && !saveOpenDraft(true)) {
            e.consume();
        }
    }
}
