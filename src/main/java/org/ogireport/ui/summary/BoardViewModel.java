package org.ogireport.ui.summary;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.ogireport.app.Compilation;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.UnitStatus;
import org.ogireport.app.UnitStatus.State;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Report;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.model.Verdict;
import org.ogireport.ui.TaskExecutor;

/**
 * The tracking board of one 汇总 (a government, a year): a row per unit with where its report stands, filtered by
 * state and by text, the counts of the heading, and the aggregate as last summed. Every call into the
 * {@link Compilation} runs on the window's background thread; the lists change on the FX thread.
 */
public final class BoardViewModel {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /**
     * The deadline of each unit's report and the days left, in words (rule D-01, another piece of work): the board's
     * column stays hidden while there is none.
     */
    @FunctionalInterface
    public interface UnitDeadlines {
        UnitDeadlines NONE = unit -> Optional.empty();

        Optional<String> describe(UnitStatus unit);
    }

    /** A unit on the board: its place on the list and where its report stands. */
    record Row(int index, UnitStatus status) {

        Unit unit() {
            return status.unit();
        }

        State state() {
            return status.state();
        }

        Optional<Submission> latest() {
            return status.latest();
        }

        /** 未报送, 已收到, 有错误 3, 有警告 2, 已审核, 退回. */
        String stateText() {
            return stateText(status);
        }

        static String stateText(UnitStatus status) {
            String label = status.state().label();
            return switch (status.state()) {
                case ERRORS -> Messages.get("ui.summary.stateCount", label, status.latest().orElseThrow().errors());
                case WARNINGS -> Messages.get("ui.summary.stateCount", label,
                        status.latest().orElseThrow().warnings());
                default -> label;
            };
        }

        String received() {
            return latest().map(s -> TIME.format(s.receivedAt().atZoneSameInstant(ZoneId.systemDefault())))
                    .orElse("");
        }

        String fileName() {
            return latest().map(Submission::fileName).orElse("");
        }

        String comment() {
            return latest().flatMap(Submission::review).map(Submission.Review::comment).orElse("");
        }
    }

    /** The aggregate as stored, and what the last sum in this window counted and left out (null before one). */
    record AggregateState(Report report, Compilation.Summed summed) {
    }

    private final Workspace workspace;
    private final Compilation compilation;
    private final TaskExecutor tasks;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final FilteredList<Row> filtered = new FilteredList<>(rows);
    private final SortedList<Row> sorted = new SortedList<>(filtered);
    private final ObjectProperty<State> stateFilter = new SimpleObjectProperty<>(this, "stateFilter");
    private final StringProperty textFilter = new SimpleStringProperty(this, "textFilter", "");
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper(this, "counts", "");
    private final ReadOnlyObjectWrapper<AggregateState> aggregate = new ReadOnlyObjectWrapper<>(this, "aggregate");
    /** Whether reports arrived or were reviewed since the aggregate was summed. */
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");
    private UnitDeadlines deadlines = UnitDeadlines.NONE;

    BoardViewModel(Workspace workspace, Compilation compilation, TaskExecutor tasks) {
        this.workspace = workspace;
        this.compilation = compilation;
        this.tasks = tasks;
        stateFilter.addListener((o, was, now) -> applyFilter());
        textFilter.addListener((o, was, now) -> applyFilter());
    }

    /** What a board shows when it opens, read in the background. */
    record Loaded(List<UnitStatus> board, Report aggregate) {
    }

    /** Reads the board and the stored aggregate (on the background thread). */
    static Loaded load(Workspace workspace, Compilation compilation) {
        return new Loaded(compilation.board(), workspace.load(compilation.aggregateKey()).orElse(null));
    }

    /** Shows what was read (on the FX thread). */
    void show(Loaded loaded) {
        List<Row> list = new ArrayList<>();
        for (UnitStatus s : loaded.board()) {
            list.add(new Row(list.size() + 1, s));
        }
        rows.setAll(list);
        long sent = loaded.board().stream().filter(s -> s.latest().isPresent()).count();
        long summed = loaded.board().stream().filter(UnitStatus::isSummed).count();
        counts.set(Messages.get("ui.summary.counts", loaded.board().size(), sent, summed));
        AggregateState was = aggregate.get();
        aggregate.set(loaded.aggregate() == null ? null : new AggregateState(loaded.aggregate(),
                was == null ? null : was.summed()));
        stale.set(loaded.aggregate() != null && !sameUnits(loaded));
    }

    /** Whether the stored aggregate names the units that count now (by name; a resubmission is told apart later). */
    private static boolean sameUnits(Loaded loaded) {
        List<String> now = loaded.board().stream().filter(UnitStatus::isSummed)
                .map(s -> OrganNames.core(s.unit().name())).sorted().toList();
        List<String> summed = loaded.aggregate().components().stream()
                .map(c -> OrganNames.core(c.organ().name())).sorted().toList();
        return now.equals(summed);
    }

    /** Reads the board again; then runs {@code then} (may be null). */
    void refresh(Runnable then) {
        tasks.run(Messages.get("ui.summary.action.board"), () -> load(workspace, compilation), loaded -> {
            show(loaded);
            if (then != null) {
                then.run();
            }
        });
    }

    /** Runs a use case of the 汇总 in the background, then reads the board again and says how it went. */
    <T> void change(String action, Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        tasks.run(action, work, result -> {
            stale.set(true);
            refresh(() -> done.accept(result));
        }, failed);
    }

    /** Runs work on the background thread without changing the board. */
    <T> void read(String action, Callable<T> work, Consumer<T> done) {
        tasks.run(action, work, done);
    }

    /** Runs work on the background thread without changing the board; a failure goes to {@code failed}. */
    <T> void read(String action, Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        tasks.run(action, work, done, failed);
    }

    /**
     * Records 已审核 or 退回 (with the reason) for a unit's last report; one received from the shared inbox goes back
     * there first.
     *
     * @param inbox the shared inbox set, or null
     */
    void review(Unit unit, Verdict verdict, String comment, ServerInbox inbox, Runnable done,
                Consumer<String> failed) {
        change(Messages.get("ui.summary.action.review"), () -> {
            compilation.review(unit, verdict, comment, inbox);
            return null;
        }, r -> done.run(), failed);
    }

    /** Sums the units that count into the aggregate (and stores it). */
    void sum(Consumer<Compilation.Summed> done, Consumer<String> failed) {
        tasks.run(Messages.get("ui.summary.action.sum"), compilation::aggregate, summed -> {
            aggregate.set(new AggregateState(summed.aggregate(), summed));
            refresh(() -> {
                stale.set(false);
                done.accept(summed);
            });
        }, failed);
    }

    // ---- filters --------------------------------------------------------------------------------------------

    private void applyFilter() {
        State state = stateFilter.get();
        String text = OrganNames.normalized(textFilter.get() == null ? "" : textFilter.get().strip())
                .toLowerCase(Locale.ROOT);
        filtered.setPredicate(r -> (state == null || r.state() == state) && (text.isEmpty()
                || OrganNames.normalized(r.unit().name()).toLowerCase(Locale.ROOT).contains(text)
                || r.fileName().toLowerCase(Locale.ROOT).contains(text)));
    }

    // ---- what the view binds --------------------------------------------------------------------------------

    Compilation compilation() {
        return compilation;
    }

    Workspace workspace() {
        return workspace;
    }

    TaskExecutor tasks() {
        return tasks;
    }

    /** The rows shown: filtered, and sorted as the table says. */
    SortedList<Row> shown() {
        return sorted;
    }

    /** Every unit, unfiltered. */
    List<Row> rows() {
        return rows;
    }

    ObjectProperty<State> stateFilterProperty() {
        return stateFilter;
    }

    StringProperty textFilterProperty() {
        return textFilter;
    }

    /** 单位 32 个 · 已报送 20 · 计入汇总 18. */
    ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<AggregateState> aggregateProperty() {
        return aggregate.getReadOnlyProperty();
    }

    BooleanProperty staleProperty() {
        return stale;
    }

    /** 淮安市洪泽区人民政府 2024 年度汇总. */
    String title() {
        return Messages.get("ui.summary.title", compilation.compiler().name(), compilation.year());
    }

    UnitDeadlines deadlines() {
        return deadlines;
    }

    /** Gives the board the units' deadlines (rule D-01), which shows their column. */
    void useDeadlines(UnitDeadlines source) {
        this.deadlines = source;
    }
}
