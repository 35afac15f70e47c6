package org.ogireport.ui.summary;

import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.ogireport.app.Compilation;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.ReportKey;
import org.ogireport.ui.NameSuggestions;
import org.ogireport.ui.OrganKinds;
import org.ogireport.ui.OrganYearInput;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;
import org.ogireport.ui.summary.BoardViewModel.UnitDeadlines;

/**
 * 汇总 → 报送情况: the tracking board of the government and year compiled last (kept in the data folder), in the
 * draft's place; the first time, and whenever the clerk wants another (选择政府和年度…), a small form asks which — the
 * open draft's organ or the last one proposed, its kind read from the name, the year due.
 */
public final class BoardCommand {

    private final WindowContext window;
    private final UnitDeadlines deadlines;

    public BoardCommand(WindowContext window) {
        this(window, UnitDeadlines.NONE);
    }

    /** @param deadlines each unit's deadline and days left (rule D-01): a column of the board */
    public BoardCommand(WindowContext window, UnitDeadlines deadlines) {
        this.window = window;
        this.deadlines = deadlines;
    }

    /** @param choose ask for the government and year even when one was compiled before */
    public void start(boolean choose) {
        Workspace ws = window.workspace();
        Optional<ReportKey> last = ws.lastCompilation();
        if (last.isPresent() && !choose) {
            open(last.get().organName(), null, last.get().year());
            return;
        }
        String organ = window.openReport().map(r -> r.organ().name())
                .or(() -> last.map(ReportKey::organName)).orElse("");
        int year = last.map(ReportKey::year).orElse(ws.yearDue());
        window.tasks().run(Messages.get("ui.action.list"), ws::listDrafts, drafts -> ask(organ, year,
                drafts.stream().map(DraftInfo::organName).distinct().toList()));
    }

    /** Asks for the government (its kind read from the name as it is typed) and the year. */
    private void ask(String organ, int year, List<String> organs) {
        TextField name = new TextField(organ);
        name.setId("compiler-name");
        name.setPrefColumnCount(24);
        NameSuggestions.attach(name, () -> organs);
        ComboBox<OrganKind> kind = new ComboBox<>();
        kind.setId("compiler-kind");
        OrganKinds.setUp(kind);
        kind.setValue(organ.isBlank() ? null : Compilation.governmentKindOf(organ));
        name.textProperty().addListener((o, was, now) -> kind.setValue(now.isBlank() ? null
                : Compilation.governmentKindOf(now)));
        TextField yearField = new TextField(Integer.toString(year));
        yearField.setId("compiler-year");
        yearField.setPrefColumnCount(6);
        GridPane form = FormDialog.form();
        FormDialog.addRow(form, "ui.summary.choose.organ", name);
        FormDialog.addRow(form, "ui.summary.choose.kind", kind);
        FormDialog.addRow(form, "ui.summary.choose.year", yearField);
        Label hint = FormDialog.note(Messages.get("ui.summary.choose.hint"), "section-hint");
        Label error = FormDialog.errorLabel();
        OrganYearInput[] chosen = {null};
        FormDialog.ask(window.owner(), Messages.get("ui.summary.choose.title"), new VBox(12, form, error, hint),
                Messages.get("ui.summary.choose.open"), error, () -> {
                    String[] problem = {null};
                    chosen[0] = OrganYearInput.check(name.getText(), kind.getValue(), yearField.getText(),
                            m -> problem[0] = m);
                    return Optional.ofNullable(problem[0]);
                }, organ.isBlank() ? name : yearField)
                .ifPresent(ok -> open(chosen[0].organ().name(), chosen[0].organ().kind(), chosen[0].year()));
    }

    /**
     * Reads the board in the background and shows it.
     *
     * @param kind the government's kind as the clerk chose it, or null for the one stored (else read from the name)
     */
    private void open(String organName, OrganKind kind, int year) {
        Workspace ws = window.workspace();
        record Opened(Compilation compilation, BoardViewModel.Loaded loaded) {
        }
        window.tasks().run(Messages.get("ui.summary.action.board"), () -> {
            Organ organ = kind != null ? new Organ(organName, kind)
                    : ws.organ(organName, Compilation.governmentKindOf(organName));
            Compilation compilation = ws.compilation(organ, year);
            ws.rememberCompilation(compilation);
            return new Opened(compilation, BoardViewModel.load(ws, compilation));
        }, opened -> {
            BoardViewModel model = new BoardViewModel(ws, opened.compilation(), window.tasks());
            model.useDeadlines(deadlines);
            model.show(opened.loaded());
            BoardView view = ViewLoader.load(BoardView.class);
            view.init(window, model);
            window.showAside(view.root());
            Platform.runLater(view::focusFirst);
        });
    }
}
