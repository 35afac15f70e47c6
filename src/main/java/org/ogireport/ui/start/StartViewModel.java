package org.ogireport.ui.start;

import java.util.Comparator;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.ui.OrganYearInput;
import org.ogireport.ui.TaskExecutor;

/**
 * The start view: the drafts in the data folder, newest first, and a new draft for an organ and year (the year
 * defaults to last year: the report is written in January about the year before).
 */
public final class StartViewModel {

    /** An opened draft and the same organ's report of the year before (or null). */
    public record Opened(Report report, Report previousYear) {
    }

    private final Workspace workspace;
    private final TaskExecutor tasks;
    private final BiConsumer<Opened, String> onOpened;
    private final ObservableList<DraftInfo> drafts = FXCollections.observableArrayList();
    private final StringProperty organName = new SimpleStringProperty(this, "organName", "");
    private final ObjectProperty<OrganKind> organKind = new SimpleObjectProperty<>(this, "organKind");
    private final StringProperty year = new SimpleStringProperty(this, "year", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<DraftInfo> lastOpened = new ReadOnlyObjectWrapper<>(this, "lastOpened");

    /**
     * @param onOpened gets the opened draft and a message for the status bar (or null)
     */
    public StartViewModel(Workspace workspace, TaskExecutor tasks, BiConsumer<Opened, String> onOpened) {
        this.workspace = workspace;
        this.tasks = tasks;
        this.onOpened = onOpened;
        year.set(Integer.toString(workspace.yearDue()));
    }

    /** The organs of the drafts stored, each once, for the name field's suggestions. */
    List<String> organNames() {
        return drafts.stream().map(DraftInfo::organName).distinct().toList();
    }

    ObservableList<DraftInfo> drafts() {
        return drafts;
    }

    StringProperty organNameProperty() {
        return organName;
    }

    ObjectProperty<OrganKind> organKindProperty() {
        return organKind;
    }

    StringProperty yearProperty() {
        return year;
    }

    /** What is wrong with the new draft's entries, beside the form. */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The draft opened last, offered to go on with at once; null when there is none. */
    ReadOnlyObjectProperty<DraftInfo> lastOpenedProperty() {
        return lastOpened.getReadOnlyProperty();
    }

    /**
     * Lists the drafts, and the one opened last; the organ of the newest one is proposed for a new draft (the clerk's
     * own organ).
     */
    public void refresh() {
        record Listed(List<DraftInfo> drafts, DraftInfo lastOpened) {
        }
        tasks.run(Messages.get("ui.action.list"), () -> new Listed(workspace.listDrafts(),
                workspace.lastOpened().orElse(null)), listed -> {
            List<DraftInfo> newestFirst = listed.drafts().stream()
                    .sorted(Comparator.comparing(DraftInfo::updatedAt).reversed()).toList();
            lastOpened.set(listed.lastOpened());
            drafts.setAll(newestFirst);
            if (!newestFirst.isEmpty() && organName.get().isBlank()) {
                organName.set(newestFirst.get(0).organName());
                organKind.set(newestFirst.get(0).organKind());
            }
        });
    }

    /** Creates the draft of the entered organ and year, or opens it when it exists already. */
    void create() {
        OrganYearInput input = OrganYearInput.check(organName.get(), organKind.get(), year.get(), message::set);
        if (input == null) {
            return;
        }
        message.set("");
        Organ organ = input.organ();
        String name = organ.name();
        int reportYear = input.year();
        record Created(Opened opened, boolean existed) {
        }
        tasks.run(Messages.get("ui.action.create"), () -> {
            Report existing = workspace.load(name, reportYear).orElse(null);
            Report report = existing;
            if (report == null) {
                report = Report.newDraft(organ, reportYear);
                workspace.save(report, Messages.get("ui.note.created"));
            }
            return new Created(new Opened(report, workspace.previousYear(report).orElse(null)), existing != null);
        }, created -> onOpened.accept(created.opened(),
                created.existed() ? Messages.get("ui.start.existed", name, reportYear) : null));
    }

    /** Opens a listed draft as it was last saved. */
    void open(DraftInfo draft) {
        tasks.run(Messages.get("ui.action.open"), () -> {
            Report report = workspace.require(new ReportKey(draft.organName(), draft.year(), draft.scope()));
            return new Opened(report, workspace.previousYear(report).orElse(null));
        }, opened -> onOpened.accept(opened, null));
    }
}
