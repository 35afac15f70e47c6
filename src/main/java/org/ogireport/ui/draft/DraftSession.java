package org.ogireport.ui.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireport.app.SentReport;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.NumberField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.rules.Deadline;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingPlace;
import org.ogireport.rules.Severity;
import org.ogireport.ui.draft.Change.CellChange;
import org.ogireport.ui.draft.Change.DatedChange;
import org.ogireport.ui.draft.Change.ExplanationChange;
import org.ogireport.ui.draft.Change.FieldChange;
import org.ogireport.ui.draft.Change.HeadingStyleChange;
import org.ogireport.ui.draft.Change.NumberChange;
import org.ogireport.ui.draft.Change.OrganKindChange;
import org.ogireport.ui.draft.Change.TextChange;
import org.ogireport.ui.draft.UndoHistory.Step;
import org.ogireport.ui.grid.GridCells;

/**
 * The draft open in the window. Every edit of the screens goes through here, so that it can be undone, is checked
 * at once (the rules run after every edit, and the offending cells and fields are known by key) and counts as
 * unsaved for the autosave. Used on the FX thread only. Public for the typing benchmark (src/test/…/bench).
 */
public final class DraftSession implements GridCells {

    /** The open findings of a section: errors and warnings without an explanation. */
    record Counts(int errors, int warnings) {
        static final Counts NONE = new Counts(0, 0);
    }

    private final Report report;
    private final FormatCatalog catalog;
    private final Function<Report, List<Finding>> checker;
    private final Function<Report, List<String>> carriedTexts;
    private final Supplier<LocalDate> today;
    private final UndoHistory history = new UndoHistory();
    /** The findings shown: all the rules found, but those held back while the clerk types in a table. */
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final FindingMarks marker;
    private final List<Consumer<List<Change>>> listeners = new ArrayList<>();
    private final ReadOnlyLongWrapper edits = new ReadOnlyLongWrapper(this, "edits");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** What became of the report on the shared inbox: null while not known, empty when never sent. */
    private final ReadOnlyObjectWrapper<Optional<SentReport>> sent = new ReadOnlyObjectWrapper<>(this, "sent");
    private Map<String, Severity> marks = Map.of();
    private Map<String, List<Finding>> findingsByKey = Map.of();
    private Map<String, Counts> countsBySection = Map.of();
    private Map<String, List<String>> markedBy = Map.of();
    private Set<String> echoes = Set.of();
    private Set<String> carried = Set.of();
    /** Everything the rules found after the last edit. */
    private List<Finding> found = List.of();
    /** The number of the edit after which each finding was first found (0: it was there when the draft opened). */
    private Map<String, Long> appeared = Map.of();
    /** The number of the last edit of each cell the clerk changed since the draft was opened. */
    private final Map<String, Long> lastEdited = new HashMap<>();
    /** The table whose new findings between several cells wait until the clerk leaves it or pauses, or null. */
    private String holding;

    /**
     * @param report  the draft, edited in place
     * @param checker runs the rules (with the previous year, when there is one)
     */
    public DraftSession(Report report, Function<Report, List<Finding>> checker) {
        this(report, checker, r -> List.of());
    }

    /**
     * @param carriedTexts the prose fields still word for word as last year's (to be marked for rewriting)
     */
    public DraftSession(Report report, Function<Report, List<Finding>> checker,
                        Function<Report, List<String>> carriedTexts) {
        this(report, checker, carriedTexts, LocalDate::now);
    }

    /**
     * @param today the day it is, by the workspace's clock (the deadline shown on the cover counts from it)
     */
    public DraftSession(Report report, Function<Report, List<Finding>> checker,
                        Function<Report, List<String>> carriedTexts, Supplier<LocalDate> today) {
        this.report = report;
        this.today = today;
        this.catalog = report.catalog();
        this.checker = checker;
        this.carriedTexts = carriedTexts;
        this.marker = new FindingMarks(catalog, this::isComputed);
        recheck(0);
    }

    @Override
    public Report report() {
        return report;
    }

    @Override
    public FormatCatalog catalog() {
        return catalog;
    }

    /**
     * Whether the draft's tables only show: an aggregate's (汇总年报) are the sum of its units' reports, summed again
     * on the 汇总 board, so they are not typed; its prose is edited as any other.
     */
    @Override
    public boolean isReadOnly() {
        return isAggregate();
    }

    /** Whether the draft is a government's aggregate report (汇总年报), whose tables are summed, not typed. */
    public boolean isAggregate() {
        return report.scope() == Scope.AGGREGATE;
    }

    /** When the report is due (D-01), as the workspace says it today (报送期限 …，还有 12 天). */
    String deadlineToday() {
        return Deadline.of(report).describe(today.get());
    }

    /** Whether the report's deadline has passed today. */
    boolean isPastDeadline() {
        return Deadline.of(report).isPast(today.get());
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /** The findings shown now (see {@link #holdNewFindings}). */
    public ObservableList<Finding> findings() {
        return findings;
    }

    /** Every finding of the draft as it is now, those held back included (for a check report). */
    public List<Finding> allFindings() {
        return found;
    }

    /**
     * The cells that show a finding, the one to go to first: the cells the clerk typed behind it since it appeared,
     * the most recent first (see {@link FindingMarks}); empty for a finding without cells.
     */
    public List<String> markedCells(Finding finding) {
        return markedBy.getOrDefault(finding.id(), finding.cells());
    }

    /** Whether a finding only repeats another in a computed total (listed, not counted). */
    boolean isEcho(Finding finding) {
        return echoes.contains(finding.id());
    }

    // ---- findings held while typing -------------------------------------------------------------------------

    /**
     * While the clerk types in a table, a new finding between several of its cells (a balance, the blank cells of a
     * column) waits until he leaves the table or pauses: the first column of table 三 is unbalanced until its last
     * row is typed. A finding on one cell, and one that goes away, shows at once.
     */
    public void holdNewFindings(String tableId) {
        if (!tableId.equals(holding)) {
            showHeldFindings();
            holding = tableId;
        }
    }

    /** Shows what was held back (the clerk paused); new findings keep waiting while he types on in the table. */
    public void showHeldFindings() {
        if (holding != null && !findings.containsAll(found)) {
            show(found);
            tell(List.of());
        }
    }

    /** Ends the holding in a table (the clerk left it) and shows every finding. */
    public void stopHolding(String tableId) {
        if (tableId.equals(holding)) {
            showHeldFindings();
            holding = null;
        }
    }

    private boolean isHeld(Finding f, Set<String> shownBefore) {
        return holding != null && !shownBefore.contains(f.id()) && f.cells().size() > 1
                && f.cells().stream().allMatch(k -> holding.equals(
                        catalog.cell(k).map(CellSpec::tableId).orElse(null)));
    }

    /** The worst open finding on a cell or field: E, W (without explanation), or null. */
    @Override
    public Severity mark(String key) {
        return marks.get(key);
    }

    /** The findings that point at a cell or field. */
    @Override
    public List<Finding> findingsAt(String key) {
        return findingsByKey.getOrDefault(key, List.of());
    }

    Counts counts(String sectionKey) {
        return countsBySection.getOrDefault(sectionKey, Counts.NONE);
    }

    /** The open findings of the whole report. */
    Counts totalCounts() {
        return countsBySection.values().stream().reduce(Counts.NONE,
                (a, b) -> new Counts(a.errors() + b.errors(), a.warnings() + b.warnings()));
    }

    /** Whether a prose field is still last year's text word for word (copied when the year was begun). */
    boolean isCarried(String textKey) {
        return carried.contains(textKey);
    }

    /** Whether a finding still wants the clerk's attention: an error always, a warning until it is explained. */
    @Override
    public boolean isOpen(Finding f) {
        return f.isOpenIn(report);
    }

    /** The section ({@code s0} for the cover) a key of the report belongs to. */
    String sectionOf(String key) {
        return FindingPlace.sectionOf(catalog, key);
    }

    /**
     * The screen where a change can be seen: its field's section, the cover for the organ's kind, the 成文日期 and the
     * heading style; none for an explanation (it shows in the findings, wherever the clerk is).
     */
    Optional<String> sectionOf(Change change) {
        if (change instanceof FieldChange field) {
            return Optional.of(sectionOf(field.key()));
        }
        return change instanceof OrganKindChange || change instanceof DatedChange
                || change instanceof HeadingStyleChange ? Optional.of(FindingPlace.GENERAL) : Optional.empty();
    }

    /** How many edits were made since the draft was opened (undo and redo count too): the autosave watches it. */
    public ReadOnlyLongProperty editsProperty() {
        return edits.getReadOnlyProperty();
    }

    /**
     * What became of the report on the shared inbox (报送服务器): null while it is not known (no server set, or it
     * could not be asked), empty when the report was never sent, else the newest submission and its review.
     */
    public ReadOnlyObjectProperty<Optional<SentReport>> sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** Shows what the shared inbox said of the report (after it was sent, or when the draft was opened). */
    public void showSent(Optional<SentReport> latest) {
        sent.set(latest);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** Called after every edit, undo and redo with what it changed (the rules have run by then). */
    void addListener(Consumer<List<Change>> listener) {
        listeners.add(listener);
    }

    @Override
    public void onChange(Runnable listener) {
        addListener(changes -> listener.run());
    }

    // ---- editing --------------------------------------------------------------------------------------------

    /**
     * Sets a table cell from what the clerk typed.
     *
     * @return null when done (or nothing changed); otherwise a message naming the cell and what is expected, and
     * the report is unchanged
     */
    @Override
    public String setCellText(String cellKey, String text) {
        CellSpec cell = catalog.cell(cellKey).orElseThrow();
        CellInput.Parsed parsed = CellInput.parse(text, cell.kind());
        String place = CellInput.place(catalog, cell);
        if (!parsed.isValid()) {
            return Messages.get("ui.cell.bad", place, parsed.error());
        }
        if (isComputed(cell)) {
            return Messages.get("ui.cell.computed", place);
        }
        if (isAggregate()) {
            return Messages.get("ui.aggregate.tables");
        }
        Map<String, BigDecimal> one = new HashMap<>();
        one.put(cellKey, parsed.value());
        return setCells(one);
    }

    /** Sets several cells as one undo step (a paste, emptying a selection); null values empty a cell. */
    @Override
    public String setCells(Map<String, BigDecimal> values) {
        if (isAggregate()) {
            return Messages.get("ui.aggregate.tables");
        }
        List<Change> changes = new ArrayList<>();
        values.forEach((key, value) -> changes.add(new CellChange(key, report.value(key), value)));
        return apply(changes, false);
    }

    /** Sets a prose field as the clerk types; keystrokes in one field coalesce into one undo step. */
    public void setText(String textKey, String text) {
        apply(List.of(new TextChange(textKey, report.text(textKey), text == null ? "" : text)), true);
    }

    /**
     * Sets a number field (the 信息处理费) from what the clerk typed.
     *
     * @return null when done, else a message naming the field and what is expected
     */
    String setNumberText(String key, String text) {
        NumberField field = catalog.number(key).orElseThrow();
        CellInput.Parsed parsed = CellInput.parse(text, field.kind());
        if (!parsed.isValid()) {
            return Messages.get("ui.cell.bad", field.label(), parsed.error());
        }
        return apply(List.of(new NumberChange(key, report.number(key), parsed.value())), false);
    }

    /** Records the clerk's explanation of a warning (null or blank removes it). */
    void setExplanation(String findingId, String text) {
        String value = text == null || text.isBlank() ? null : text.strip();
        apply(List.of(new ExplanationChange(findingId, report.explanation(findingId), value)), false);
    }

    void setOrganKind(OrganKind kind) {
        apply(List.of(new OrganKindChange(report.organ().kind(), kind)), false);
    }

    /** Sets the 成文日期; null dates the report the day it is exported. */
    void setDated(LocalDate dated) {
        apply(List.of(new DatedChange(report.dated(), dated)), false);
    }

    void setHeadingStyle(HeadingStyle style) {
        apply(List.of(new HeadingStyleChange(report.headingStyle(), style)), false);
    }

    /** Makes every empty typed cell of a table 0 (the clerk's "全部空格填0"), as one undo step; none in an aggregate. */
    int fillEmptyWithZero(String tableId) {
        if (isAggregate()) {
            return 0;
        }
        Map<String, BigDecimal> zeros = new HashMap<>();
        for (CellSpec c : catalog.cellsOf(tableId)) {
            if (!isComputed(c) && !report.isFilled(c.key())) {
                zeros.put(c.key(), BigDecimal.ZERO);
            }
        }
        setCells(zeros);
        return zeros.size();
    }

    /** Ends the current typing step of the undo history (the clerk left the field). */
    void sealTyping() {
        history.seal();
    }

    /** Undoes the last step; returns what it changed (empty when there was nothing to undo). */
    List<Change> undo() {
        Step step = history.popUndo();
        return step == null ? List.of() : replay(step, false);
    }

    /** Redoes the last undone step; returns what it changed. */
    List<Change> redo() {
        Step step = history.popRedo();
        return step == null ? List.of() : replay(step, true);
    }

    private List<Change> replay(Step step, boolean forward) {
        write(step.changes(), forward);
        changed(step.changes());
        return step.changes();
    }

    private String apply(List<Change> changes, boolean typing) {
        List<Change> real = changes.stream().filter(c -> !c.changesNothing()).toList();
        if (real.isEmpty()) {
            return null;
        }
        try {
            write(real, true);
        } catch (IllegalArgumentException e) {
            return Messages.get("ui.cell.overflow");
        }
        history.record(new Step(real, typing, System.currentTimeMillis()));
        changed(real);
        return null;
    }

    /** Writes changes into the report, all or none: a failure (a sum beyond 64 bits) rolls back what was written. */
    private void write(List<Change> changes, boolean forward) {
        List<Change> done = new ArrayList<>();
        try {
            for (Change c : changes) {
                c.writeTo(report, forward);
                done.add(c);
            }
        } catch (IllegalArgumentException e) {
            Collections.reverse(done);
            done.forEach(c -> c.writeTo(report, !forward));
            throw e;
        }
    }

    private void changed(List<Change> changes) {
        long edit = edits.get() + 1;
        for (Change c : changes) {
            if (c instanceof CellChange cell) {
                lastEdited.put(cell.key(), edit);
            }
        }
        recheck(edit);
        edits.set(edit);
        canUndo.set(history.canUndo());
        canRedo.set(history.canRedo());
        tell(changes);
    }

    private void tell(List<Change> changes) {
        for (Consumer<List<Change>> l : List.copyOf(listeners)) {
            l.accept(changes);
        }
    }

    /** Runs the rules after an edit (0: on opening) and shows their findings. */
    private void recheck(long edit) {
        found = checker.apply(report);
        Map<String, Long> since = new HashMap<>();
        found.forEach(f -> since.put(f.id(), appeared.getOrDefault(f.id(), edit)));
        appeared = since;
        carried = Set.copyOf(carriedTexts.apply(report));
        Set<String> shownBefore = new HashSet<>();
        findings.forEach(f -> shownBefore.add(f.id()));
        show(found.stream().filter(f -> !isHeld(f, shownBefore)).toList());
    }

    /** Shows findings: indexes them by cell, field and section, and marks where each is (echoes not counted). */
    private void show(List<Finding> shown) {
        Set<String> echoing = marker.echoes(shown, this::isOpen);
        Map<String, Severity> newMarks = new HashMap<>();
        Map<String, List<Finding>> byKey = new HashMap<>();
        Map<String, List<String>> marked = new HashMap<>();
        Map<String, int[]> bySection = new HashMap<>();
        for (Finding f : shown) {
            List<String> cells = marker.cellsToMark(f, lastEdited, appeared.getOrDefault(f.id(), 0L));
            marked.put(f.id(), cells);
            Set<String> keys = new LinkedHashSet<>(cells);
            keys.addAll(f.cells());
            keys.forEach(key -> byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(f));
            if (isOpen(f) && !echoing.contains(f.id())) {
                cells.forEach(key -> newMarks.merge(key, f.severity(), (a, b) -> a.compareTo(b) <= 0 ? a : b));
                int[] c = bySection.computeIfAbsent(FindingPlace.sectionKey(catalog, f), k -> new int[2]);
                c[f.severity() == Severity.E ? 0 : 1]++;
            }
        }
        marks = newMarks;
        findingsByKey = byKey;
        markedBy = marked;
        echoes = echoing;
        Map<String, Counts> counts = new HashMap<>();
        bySection.forEach((section, c) -> counts.put(section, new Counts(c[0], c[1])));
        countsBySection = counts;
        // An explanation changes how a finding is shown even when the findings stay the same.
        findings.setAll(shown);
    }
}
