package org.ogireport.ui.draft;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingPlace;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.draft.DraftSession.Counts;

/**
 * The open draft: the navigation list of its screens (each with its open errors and warnings), the screen itself
 * and the findings panel; going where a finding points or an undo changed something, to the next problem, to another
 * screen or area by keyboard. The main window shows it and its menus act on it.
 */
public final class DraftView implements Navigator {

    /** Where the findings panel starts: the screen keeps about three quarters (table 三 fits beside the panel). */
    private static final double FINDINGS_DIVIDER = 0.75;

    @FXML
    private BorderPane root;
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

    private final Map<String, SectionView> views = new HashMap<>();
    private final ReadOnlyObjectWrapper<SectionViewModel> shown = new ReadOnlyObjectWrapper<>(this, "shown");
    private DraftSession session;
    private SectionView current;
    private FindingsList findings;
    private Runnable writeCheckReport;

    /** @param writeCheckReport the 校验报告 command (the 检查 screen has its button) */
    public static DraftView load(Runnable writeCheckReport) {
        DraftView view = ViewLoader.load(DraftView.class);
        view.writeCheckReport = writeCheckReport;
        return view;
    }

    @FXML
    private void initialize() {
        nav.setCellFactory(list -> new NavigationCell());
        nav.getSelectionModel().selectedItemProperty().addListener((o, before, now) -> {
            if (now != null && (current == null || current != views.get(now.key()))) {
                showSection(now);
            }
        });
    }

    public Node root() {
        return root;
    }

    /**
     * Takes a draft: its screens in the navigation list and its findings; {@link #showFirstScreen} then opens the
     * first screen, once the view is in the window.
     *
     * @param screens the draft's screens ({@link SectionViewModel#screensOf}), the 检查 page last
     */
    public void open(DraftSession session, List<SectionViewModel> screens) {
        this.session = session;
        views.clear();
        current = null;
        nav.getItems().setAll(screens);
        findings = new FindingsList(session, false, this::jumpTo);
        findings.setId("findings");
        VBox.setVgrow(findings, Priority.ALWAYS);
        findingsPanel.getChildren().setAll(findingsTitle, findings);
        SectionViewModel check = screens.get(screens.size() - 1);
        findingsTitle.textProperty().bind(Bindings.createStringBinding(() -> {
            Counts c = check.countsProperty().get();
            return Messages.get("ui.findings.title", c.errors(), c.warnings());
        }, check.countsProperty()));
    }

    /**
     * Shows the first screen of the draft taken, with the focus in it.
     *
     * @param message how the draft came to be, said on the screen; or null
     */
    public void showFirstScreen(String message) {
        nav.getSelectionModel().select(0);
        Platform.runLater(() -> {
            if (current != null) {
                current.focusFirst();
            }
        });
        if (message != null) {
            current.messages().info(message);
        }
    }

    /** Forgets the screens of the draft closed. */
    public void close() {
        views.clear();
        current = null;
        shown.set(null);
    }

    /** The screen shown, or null while no draft is open. */
    public ReadOnlyObjectProperty<SectionViewModel> shownProperty() {
        return shown.getReadOnlyProperty();
    }

    /** The view of the screen shown now. */
    public SectionView currentView() {
        return current;
    }

    /** Shows a screen, built the first time; what is typed in the screen left is written first. */
    public void showSection(SectionViewModel section) {
        commitEdits();
        SectionView view = views.computeIfAbsent(section.key(), k -> {
            SectionView v = ViewLoader.load(section.viewClass());
            v.init(section, this);
            return v;
        });
        current = view;
        sectionHost.getChildren().setAll(view.root());
        if (nav.getSelectionModel().getSelectedItem() != section) {
            nav.getSelectionModel().select(section);
        }
        shown.set(section);
    }

    /** Shows a screen (a 转到 menu item) and puts the focus in it. */
    public void select(SectionViewModel section) {
        nav.getSelectionModel().select(section);
        Platform.runLater(current::focusFirst);
    }

    /** The next (or the previous) screen, round the list, with the focus in it. */
    public void nextScreen(boolean forward) {
        int n = nav.getItems().size();
        int i = nav.getSelectionModel().getSelectedIndex() + (forward ? 1 : n - 1);
        nav.getSelectionModel().select(i % n);
        Platform.runLater(current::focusFirst);
    }

    /** Back to the screen after a view shown in the draft's place: the focus goes into it. */
    public void focusCurrent() {
        if (current != null) {
            Platform.runLater(current::focusFirst);
        }
    }

    /** The screen of a section key, opened. */
    private SectionView open(String sectionKey) {
        SectionViewModel target = nav.getItems().stream().filter(s -> s.key().equals(sectionKey)).findFirst()
                .orElse(nav.getItems().get(0));
        showSection(target);
        return current;
    }

    @Override
    public void jumpTo(Finding finding) {
        SectionView view = open(FindingPlace.sectionKey(session.catalog(), finding));
        List<String> marked = session.markedCells(finding);
        if (!marked.isEmpty()) {
            String key = marked.get(0);
            Platform.runLater(() -> view.focus(key));
        }
    }

    @Override
    public void writeCheckReport() {
        writeCheckReport.run();
    }

    public void showFindingsPanel(boolean shown) {
        if (shown && !split.getItems().contains(findingsPanel)) {
            split.getItems().add(findingsPanel);
            split.setDividerPositions(FINDINGS_DIVIDER);
        } else if (!shown) {
            split.getItems().remove(findingsPanel);
        }
    }

    /** Selects the next finding, round the list, and goes where it points. */
    public void nextProblem() {
        if (findings == null || findings.getItems().isEmpty()) {
            return;
        }
        int next = (findings.getSelectionModel().getSelectedIndex() + 1) % findings.getItems().size();
        findings.getSelectionModel().select(next);
        findings.scrollTo(next);
        jumpTo(findings.getItems().get(next));
    }

    // ---- editing --------------------------------------------------------------------------------------------

    /** Writes what is typed in a cell editor still open (before saving or closing). */
    public void commitEdits() {
        if (current != null) {
            current.commitEdits();
        }
    }

    /** Closes a cell editor still open, or else undoes the last edit, and shows where. */
    public void undo() {
        if (current != null && !current.cancelEdit()) {
            reveal(session.undo());
        }
    }

    public void redo() {
        if (current != null) {
            current.cancelEdit();
            reveal(session.redo());
        }
    }

    /** Shows where an undo or redo changed the draft. */
    private void reveal(List<Change> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Change first = changes.get(0);
        session.sectionOf(first).ifPresent(section -> {
            SectionView view = open(section);
            Platform.runLater(() -> view.reveal(first));
        });
    }

    /** 本表空格全部填 0, on a table screen. */
    public void fillEmpty() {
        if (current instanceof TableSectionView table) {
            table.fillEmpty();
        }
    }

    // ---- focus ----------------------------------------------------------------------------------------------

    /** F6 moves between the navigation list, the screen and the findings panel. */
    public void cycleFocus(boolean back) {
        Node focused = root.getScene().getFocusOwner();
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
}
