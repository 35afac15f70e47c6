package org.ogireport.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.CellSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.io.CheckReport;
import org.ogireport.io.CheckReportWriter;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.Formats;
import org.ogireport.io.ImportResult;
import org.ogireport.io.ReportReader;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.SafeFiles;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.RevisionCause;
import org.ogireport.model.RevisionInfo;
import org.ogireport.model.Scope;
import org.ogireport.rules.Deadline;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingCounts;
import org.ogireport.rules.Rule;
import org.ogireport.rules.RuleSet;
import org.ogireport.rules.Severity;
import org.ogireport.store.DamagedStoreException;
import org.ogireport.store.ReportStore;
import org.ogireport.util.PasswordPrompt;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases shared by the window and the command line, over one open data folder: list, open and save
 * drafts, import, export, validate, history, backups.
 */
public final class Workspace implements AutoCloseable {

    /** How long consecutive autosaves keep overwriting one revision before they start a new one. */
    public static final Duration AUTOSAVE_STRETCH = Duration.ofMinutes(10);
    /** The autosaved revisions a draft keeps; the others (saves, closings, imports, restores) are all kept. */
    public static final int KEEP_AUTOSAVES = ReportStore.KEEP_AUTOSAVES;
    /** The backups a data folder keeps (the newest; older ones are deleted as new ones are made). */
    public static final int KEEP_BACKUPS = ReportStore.KEEP_BACKUPS;
    /** The errors a refused export lists; the rest are counted (the validate command lists them all). */
    private static final int MAX_ERRORS_LISTED = 10;
    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);
    /** The label of a backup made before a migration: {@code before-v} and the schema migrated to. */
    private static final Pattern BEFORE_MIGRATION = Pattern.compile("before-v(\\d{1,4})");

    private final ReportStore store;
    private final RuleSet rules;
    private final Settings settings;
    private final Map<ReportKey, Compilation> compilations = new HashMap<>();
    /** Today and now for the use cases: the stretch of autosaves, the dates of exports, the year due. */
    private final Clock clock;
    /** The autosaves going on, or null before the first. */
    private Stretch stretch;

    private Workspace(ReportStore store, RuleSet rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.settings = new Settings(store.dataDir());
        this.clock = clock;
    }

    /** Opens the data folder; refused with a clear message when another copy of the app has it open. */
    public static Workspace open(Path dataDir) {
        return open(dataDir, Clock.systemDefaultZone());
    }

    /** Opens the data folder with the clock that tells the use cases and the store what time it is. */
    public static Workspace open(Path dataDir, Clock clock) {
        try {
            return new Workspace(ReportStore.open(dataDir, clock), RuleSet.standard(), clock);
        } catch (DamagedStoreException e) {
            throw new DataFolderDamaged(e);
        }
    }

    /**
     * The 汇总 of a government for a year: its units, what they sent, the aggregate.
     *
     * @param compiler the government (its 主管部门 compiles); its kind as stored when the name is known
     */
    public synchronized Compilation compilation(Organ compiler, int year) {
        checkYear(year);
        Organ.checkName(compiler.name(), Messages.get("units.compilerPlace"));
        // One per government and year: it keeps the units' reports it has read (they never change).
        return compilations.compute(new ReportKey(compiler.name(), year, Scope.AGGREGATE), (k, c) ->
                c != null && c.compiler().equals(compiler) ? c : new Compilation(this, store.units(), compiler, year));
    }

    /** An organ by its name, with the kind it was stored with, or the kind given when the store does not know it. */
    public Organ organ(String name, OrganKind orElse) {
        return new Organ(name, store.organKind(name).orElse(orElse));
    }

    /** Whether the data folder may not be written: reports can be listed, checked and exported, not saved. */
    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public Path dataDir() {
        return store.dataDir();
    }

    /**
     * Whether a data folder holds data already: a command that only looks (an import's dry run) opens none where
     * there is none.
     */
    public static boolean hasData(Path dataDir) {
        return Files.exists(dataDir.resolve(ReportStore.DB_FILE));
    }

    /** The version of the database engine. */
    public static String engineVersion() {
        return ReportStore.engineVersion();
    }

    // ---- drafts ---------------------------------------------------------------------------------------------

    public List<DraftInfo> listDrafts() {
        return store.list();
    }

    public Optional<Report> load(String organName, int year) {
        return store.load(organName, year);
    }

    public Optional<Report> load(ReportKey key) {
        return store.load(key);
    }

    /** The draft of an organ and year, or a message saying there is none. */
    public Report require(String organName, int year) {
        return require(ReportKey.own(organName, year));
    }

    /** A stored report, or a message saying there is none. */
    public Report require(ReportKey key) {
        checkYear(key.year());
        return store.load(key).orElseThrow(() -> new UserException(key.scope() == Scope.AGGREGATE
                ? Messages.get("app.noAggregate", key.organName(), key.year())
                : Messages.get("app.noDraft", key.organName(), key.year())));
    }

    /** Saves a report as the draft of its organ and year, as the clerk asked; returns the revision id. */
    public long save(Report report, String note) {
        return save(report, RevisionCause.SAVE, note);
    }

    /** Saves a report as the draft of its organ and year, for a cause; returns the revision id. */
    public synchronized long save(Report report, RevisionCause cause, String note) {
        FindingCounts counts = counts(report);
        if (stretch != null && stretch.isOf(report)) {
            stretch = null; // any other save ends the autosaves' stretch: the next autosave starts a revision
        }
        return store.save(report, cause, note, counts.errors(), counts.unexplainedWarnings());
    }

    private FindingCounts counts(Report report) {
        return FindingCounts.of(validate(report), report);
    }

    /** The autosaves of one draft that overwrite one revision, begun at {@code started}. */
    private record Stretch(ReportKey draft, long revision, Instant started) {

        boolean isOf(Report report) {
            return draft.equals(ReportKey.of(report));
        }
    }

    /**
     * Saves a draft without the clerk asking (the window's autosave). Consecutive autosaves of the same draft within
     * {@link #AUTOSAVE_STRETCH} overwrite their own revision, so that saving every few seconds does not bury the
     * history; any other save in between (an explicit save, a closing, an import, a restore) keeps its own revision
     * and ends the stretch. The store keeps the newest {@link #KEEP_AUTOSAVES} autosaves of a draft.
     *
     * @param note the note of autosaved revisions
     * @return the revision id
     */
    public synchronized long autosave(Report report, String note) {
        Instant now = clock.instant();
        boolean sameStretch = stretch != null && stretch.isOf(report)
                && Duration.between(stretch.started(), now).compareTo(AUTOSAVE_STRETCH) < 0;
        FindingCounts counts = counts(report);
        long revision = sameStretch
                ? store.saveOver(report, RevisionCause.AUTOSAVE, note, counts.errors(), counts.unexplainedWarnings(),
                        stretch.revision())
                : store.save(report, RevisionCause.AUTOSAVE, note, counts.errors(), counts.unexplainedWarnings());
        // The store overwrote the stretch's revision, or something else was saved in between: a new stretch.
        Instant started = sameStretch && revision == stretch.revision() ? stretch.started() : now;
        stretch = new Stretch(ReportKey.of(report), revision, started);
        return revision;
    }

    /** Today, by the workspace's clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * Saves a draft the clerk closes (back to the start view, quitting): the closing is a revision of its own. The
     * autosave of the stretch just ended becomes it (with what was typed since), so that closing and reopening never
     * merges two sittings into one revision; a draft closed without a change adds none.
     *
     * @return the revision id
     */
    public synchronized long saveOnClose(Report report, String note) {
        FindingCounts counts = counts(report);
        long revision = stretch != null && stretch.isOf(report)
                ? store.saveOver(report, RevisionCause.CLOSE, note, counts.errors(), counts.unexplainedWarnings(),
                        stretch.revision())
                : store.save(report, RevisionCause.CLOSE, note, counts.errors(), counts.unexplainedWarnings());
        stretch = null;
        return revision;
    }

    /**
     * Saves a draft because the clerk asked (Ctrl+S): a revision of its own, kept from pruning. When nothing changed
     * since the last autosave, that autosave becomes the clerk's saved point instead of a copy of it.
     */
    public synchronized SaveOutcome saveNow(Report report, String note) {
        ReportKey key = ReportKey.of(report);
        Optional<RevisionInfo> before = store.currentRevision(key);
        long revision = save(report, RevisionCause.SAVE, note);
        if (before.isEmpty() || before.get().id() != revision) {
            return new SaveOutcome(revision, false);
        }
        boolean marked = store.relabelAutosave(key, revision, RevisionCause.SAVE, note);
        return new SaveOutcome(revision, !marked);
    }

    /** The year whose report is written now: the year before today's (a report is due early in the next year). */
    public int yearDue() {
        return today().getYear() - 1;
    }

    /**
     * When a report is due (D-01, spec §8), for the cover screen and {@code validate}. Its scope (own or aggregate)
     * is passed in {@link Deadline#of(Report)} once the model has one.
     */
    public static Deadline deadlineOf(Report report) {
        return Deadline.of(report);
    }

    /** When a report is due and how that stands today: 2026年1月31日前（县级人民政府部门的年报），还有 12 天. */
    public String deadlineToday(Report report) {
        return deadlineOf(report).describe(today());
    }

    public static void checkYear(int year) {
        if (year < Report.MIN_YEAR || year > Report.MAX_YEAR) {
            throw new UserException(Messages.get("app.yearRange", year, Report.MIN_YEAR, Report.MAX_YEAR));
        }
    }

    // ---- checks ---------------------------------------------------------------------------------------------

    /** Runs every rule, with the same organ's previous year from the store when there is one. */
    public List<Finding> validate(Report report) {
        return validate(report, previousYear(report).orElse(null));
    }

    /**
     * Runs every rule with a previous year the caller already has (the window checks on every keystroke); an
     * aggregate is also checked against the units' reports it names.
     */
    public List<Finding> validate(Report report, Report previousYear) {
        List<Finding> findings = rules.check(report, previousYear);
        if (report.scope() == Scope.AGGREGATE && !report.components().isEmpty()) {
            findings = new java.util.ArrayList<>(findings);
            findings.addAll(compilation(report.organ(), report.year()).checkAggregate(report));
        }
        return findings;
    }

    /** The same organ's report of the year before, when the store has one. */
    public Optional<Report> previousYear(Report report) {
        return report.year() > Report.MIN_YEAR
                ? store.load(new ReportKey(report.organ().name(), report.year() - 1, report.scope()))
                : Optional.empty();
    }

    /** Runs every rule on a report that is not in the store (a file): no previous year is known. */
    public static List<Finding> validateAlone(Report report) {
        return RuleSet.standard().check(report, null);
    }

    /** The file name extension of a check report format (without the dot). */
    public static String checkReportExtension(String formatId) {
        return CheckReportWriter.forId(formatId).map(CheckReportWriter::extension).orElseThrow(
                () -> new IllegalArgumentException("no check report format " + formatId));
    }

    /** Writes a 校验报告 dated today, naming the report it checked by its content's digest (see below). */
    public static void writeCheckReport(Report report, List<Finding> findings, String formatId, Path target,
                                        boolean overwrite) {
        writeCheckReport(report, findings, formatId, target, overwrite, Clock.systemDefaultZone());
    }

    /** Writes a 校验报告 naming the report it checked by its content's digest (see below). */
    public static void writeCheckReport(Report report, List<Finding> findings, String formatId, Path target,
                                        boolean overwrite, Clock clock) {
        writeCheckReport(report, findings, contentVersion(report), formatId, target, overwrite, clock);
    }

    /**
     * Writes a 校验报告 (check report) of a report's findings for the reviewer at the 主管部门.
     *
     * @param version   which version of the report was checked, in words: {@link #versionOf}, {@link #fileVersion}
     *                  or {@link #contentVersion}
     * @param formatId  {@code docx} or {@code html}
     * @param overwrite whether an existing file may be replaced
     * @param clock     tells the day it is dated
     */
    public static void writeCheckReport(Report report, List<Finding> findings, String version, String formatId,
                                        Path target, boolean overwrite, Clock clock) {
        CheckReportWriter writer = CheckReportWriter.forId(formatId).orElseThrow(() -> new UserException(
                Messages.get("check.unknownFormat", formatId,
                        String.join("、", CheckReportWriter.all().stream().map(CheckReportWriter::id).toList()))));
        checkCheckReportTarget(target, writer.id());
        List<String> rules = RuleSet.standard().rules().stream().map(Rule::id).toList();
        CheckReport content = CheckReport.of(report, findings, rules, version, LocalDate.now(clock));
        SafeFiles.writeAtomically(target, overwrite, out -> writer.write(content, out));
    }

    /**
     * Which version of a report a check report names: the stored draft's current revision and when it was saved
     * (第 12 号修订，2025年1月18日 16:42 保存) when the report is that revision, else the digest of its content.
     */
    public String versionOf(Report report) {
        String organ = report.organ().name();
        if (store.load(organ, report.year()).filter(report::equals).isPresent()) {
            Optional<RevisionInfo> current = store.history(organ, report.year()).stream()
                    .filter(RevisionInfo::current).findFirst();
            if (current.isPresent()) {
                ZonedDateTime saved = current.get().savedAt().atZoneSameInstant(clock.getZone());
                String time = Messages.get("check.version.time", saved.getYear(), saved.getMonthValue(),
                        saved.getDayOfMonth(), saved.format(DateTimeFormatter.ofPattern("HH:mm")));
                return Messages.get("check.version.revision", current.get().id(), time);
            }
        }
        return contentVersion(report);
    }

    /** A report read from a file, named by the file's name and the SHA-256 of its bytes. */
    public static String fileVersion(Path file) {
        return Messages.get("check.version.file", file.getFileName(), SafeFiles.sha256(file));
    }

    /** A report named by the SHA-256 of its exchange JSON (the same content gives the same digest). */
    public static String contentVersion(Report report) {
        return Messages.get("check.version.content", SafeFiles.sha256(ReportJson.write(report)
                .getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Refuses a check report's file that is a folder, with an example of a file name in it (before its extension
     * is looked at: a folder has none to speak of).
     *
     * @param formatId the format asked for, or null when it is to come from the file name
     */
    public static void checkCheckReportTarget(Path target, String formatId) {
        String extension = CheckReportWriter.forId(formatId == null ? "docx" : formatId)
                .map(CheckReportWriter::extension).orElse("docx");
        SafeFiles.refuseFolder(target, Messages.get("check.exampleName") + "." + extension);
    }

    // ---- import and export ----------------------------------------------------------------------------------

    /** Reads a report from a file, without storing it; the organ and year serve where the file names none. */
    private static ImportResult read(Path file, String organName, Integer year) {
        ReportReader reader = Formats.readerFor(file).orElseThrow(() -> new UserException(
                Messages.get("app.unknownFileType", file.getFileName(),
                        String.join("、", Formats.readableExtensions()))));
        if (!Files.exists(file)) {
            throw new UserException(Messages.get("file.notFound", file));
        }
        return reader.read(file, organName, year);
    }

    /**
     * Reads a report from a file and says what an import would store, without storing anything.
     *
     * @param organName files it under this organ instead of the one the file names (null: the file's)
     * @param year      files it under this year instead of the file's (null: the file's)
     * @throws UserException when the file cannot be read as a report, or gave no table cell and no text at all
     *                       (nothing of a report: it must not replace a draft)
     */
    public static ImportOutcome preview(Path file, String organName, Integer year) {
        if (year != null) {
            checkYear(year);
        }
        if (organName != null) {
            Organ.checkName(organName, Messages.get("app.organGiven"));
        }
        ImportResult read = read(file, organName, year);
        Report report = read.report();
        if (organName != null || year != null) {
            Organ organ = organName == null ? report.organ() : new Organ(organName, report.organ().kind());
            report = report.copyAs(organ, year == null ? report.year() : year);
        }
        int cells = filledCells(report);
        if (cells == 0 && report.texts().isEmpty()) {
            throw new UserException(Messages.get("app.nothingRead", file.getFileName(),
                    report.catalog().sections().get(0).heading()));
        }
        return new ImportOutcome(report, read.warnings(), cells, report.texts().size(), false, false, 0,
                read.notFound());
    }

    private static int filledCells(Report report) {
        int cells = 0;
        for (CellSpec c : report.catalog().cells()) {
            cells += report.isFilled(c.key()) ? 1 : 0;
        }
        return cells;
    }

    /** The extensions of the files {@link #preview} reads, for a file chooser. */
    public static List<String> readableExtensions() {
        return Formats.readableExtensions();
    }

    /**
     * The draft a report read by {@link #preview} would go into, as it is now: whether there is one, whether it holds
     * exactly what was read, and how much it holds (to ask before {@link ImportTarget#losesMuchTo much is lost}).
     */
    public ImportTarget targetOf(ImportOutcome read) {
        Report report = read.report();
        // Compared as the store compares a save with the current revision: by their exchange JSON.
        String json = ReportJson.write(report);
        return store.load(report.organ().name(), report.year())
                .map(draft -> new ImportTarget(true, ReportJson.write(draft).equals(json), filledCells(draft),
                        draft.texts().size()))
                .orElse(ImportTarget.NONE);
    }

    /**
     * Stores a report read by {@link #preview} (perhaps filed under another organ or year since) for its organ and
     * year. When that draft exists, the clerk chose: replace it (the import becomes its state; the old state stays a
     * revision) or keep it (the import is only recorded as a revision, to be restored from the history if wanted).
     * When the draft already holds exactly what was read, nothing is stored either way and the outcome says
     * {@link ImportOutcome#unchanged()}. Replacing a draft with much less ({@link ImportTarget#losesMuchTo}) is the
     * caller's to confirm first.
     *
     * @param fileName    the file read, for the revision's note
     * @param keepCurrent whether an existing draft stays as it is
     */
    public ImportOutcome storeImport(ImportOutcome read, String fileName, boolean keepCurrent) {
        checkYear(read.report().year());
        return store(read, fileName, keepCurrent, targetOf(read));
    }

    private ImportOutcome store(ImportOutcome read, String fileName, boolean keepCurrent, ImportTarget target) {
        Report report = read.report();
        String note = Messages.get("app.noteImport", fileName);
        if (target.identical()) {
            // The store adds no revision for the state it holds: it answers with the current one.
            return read.as(true, false, save(report, RevisionCause.IMPORT, note), true);
        }
        long revision = target.exists() && keepCurrent ? store.addRevision(report, RevisionCause.IMPORT, note)
                : save(report, RevisionCause.IMPORT, note);
        return read.as(true, target.exists() && !keepCurrent, revision, false);
    }

    /** Imports a report from a file as the draft of its organ and year, without {@code replace} (see below). */
    public ImportOutcome importFile(Path file, String organName, Integer year) {
        return importFile(file, organName, year, false);
    }

    /**
     * Imports a report from a file as the draft of its organ and year (see {@link #preview}); an existing draft is
     * replaced and its state stays a revision, or left as it is when it holds exactly what was read.
     *
     * @param replace whether a draft may be replaced by much less than it holds ({@link ImportTarget#losesMuchTo})
     * @throws UserException when the file cannot be read as a report, or would replace much more than it gives and
     *                       {@code replace} is not set: nothing is stored
     */
    public ImportOutcome importFile(Path file, String organName, Integer year, boolean replace) {
        ImportOutcome read = preview(file, organName, year);
        ImportTarget target = targetOf(read);
        refuseLosingMuch(file, read, target, replace);
        return store(read, file.getFileName().toString(), false, target);
    }

    /**
     * Says what {@link #importFile(Path, String, Integer, boolean)} would do, with the same refusals, without storing
     * anything: whether it would replace a draft or change nothing.
     */
    public ImportOutcome dryRunImport(Path file, String organName, Integer year, boolean replace) {
        ImportOutcome read = preview(file, organName, year);
        ImportTarget target = targetOf(read);
        refuseLosingMuch(file, read, target, replace);
        return read.as(false, target.exists() && !target.identical(), 0, target.identical());
    }

    private static void refuseLosingMuch(Path file, ImportOutcome read, ImportTarget target, boolean replace) {
        if (!replace && target.losesMuchTo(read)) {
            Report report = read.report();
            throw new UserException(Messages.get("app.importMuchLess", file.getFileName(), read.cellsRead(),
                    read.textsRead(), report.organ().name(), report.year(), target.cells(), target.texts()));
        }
    }

    /**
     * Starts loading what an export to a format needs, in the background, so that it overlaps with opening the
     * data folder and checking the report (the Word library alone takes about half a second to load). Unknown
     * formats are left to {@link #export} to report.
     */
    public static void prepareExport(String formatId) {
        Formats.writer(formatId).ifPresent(writer -> CompletableFuture.runAsync(writer::prepare)
                .exceptionally(e -> {
                    LOG.debug("preparing the {} export failed; the export itself will say why", formatId, e);
                    return null;
                }));
    }

    /** The file name extension of an export format (without the dot). */
    public static String exportExtension(String formatId) {
        return Formats.writer(formatId).map(ReportWriter::extension).orElseThrow(
                () -> new IllegalArgumentException("no export format " + formatId));
    }

    /** Exports the final copy of an organ's report of a year (see {@link #export(ExportRequest, ExportProgress)}). */
    public ExportOutcome export(String organName, int year, String formatId, Path target, boolean overwrite) {
        return export(new ExportRequest(organName, year, formatId, target, false, overwrite), ExportProgress.NONE);
    }

    /**
     * Exports the stored report of an organ and year to a file. The final copy for submission is refused while it
     * has errors (severity E), naming them (the exchange file, which carries its own status, never is); a draft is
     * written anyway, marked 草稿 on every page with the reason. Nothing is half-written: the file appears complete
     * or not at all. Safe to call from a background thread.
     *
     * @throws ExportRefused when the final copy is asked for and errors remain
     * @throws UserException when the format, the file name or the file cannot be used, saying why
     */
    public ExportOutcome export(ExportRequest request, ExportProgress progress) {
        ReportWriter writer = Formats.writer(request.formatId()).orElseThrow(() -> new UserException(
                Messages.get("app.unknownFormat", request.formatId(),
                        String.join("、", Formats.writers().stream().map(ReportWriter::id).toList()))));
        checkExtension(request.target(), writer);
        progress.update(0, Messages.get("export.step.check"));
        Report report = require(request.key());
        List<Finding> findings = validate(report);
        List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.E).toList();
        List<Finding> unexplained = findings.stream()
                .filter(f -> f.severity() == Severity.W && f.isOpenIn(report)).toList();
        if (!errors.isEmpty() && !request.draft() && writer.isPublication()) {
            throw new ExportRefused(refusal(report, errors), errors);
        }
        ExportOptions options = options(errors, request.draft());
        String draftNote = options.draftNote();
        progress.update(0.2, Messages.get("export.step.write", writer.id().toUpperCase(Locale.ROOT)));
        SafeFiles.writeAtomically(request.target(), request.overwrite(), out -> writer.write(report, options, out));
        progress.update(1, Messages.get("export.step.done"));
        return new ExportOutcome(request.target(), draftNote, unexplained, deadlineOf(report).lateNote(today()));
    }

    /**
     * How a report is written out today: a draft (marked on every page, with why) when asked for or while it has
     * errors; else the final copy.
     *
     * @param errors its E findings
     */
    private ExportOptions options(List<Finding> errors, boolean draftAsked) {
        String draftNote = !draftAsked ? null : errors.isEmpty() ? Messages.get("export.draftAsked")
                : Messages.get("export.draftBecause", errors.size(),
                        String.join("、", errors.stream().map(Finding::rule).distinct().toList()));
        // The date under the organ's name when the report carries no 成文日期 of its own; the export and the print
        // both take it from here.
        return draftNote == null ? ExportOptions.finalCopy(today()) : ExportOptions.draft(draftNote, today());
    }

    /**
     * A report laid out as its Word file prints (打印 in the window): a draft, marked 草稿 with why on every page, while
     * it has errors, as an export would be; else the final copy.
     */
    public PrintedReport printed(Report report) {
        List<Finding> errors = validate(report).stream().filter(f -> f.severity() == Severity.E).toList();
        return PrintedReport.of(report, options(errors, !errors.isEmpty()));
    }

    /** Refuses a target that is a folder or whose extension is not the format's, saying what is expected. */
    private static void checkExtension(Path target, ReportWriter writer) {
        SafeFiles.refuseFolder(target, Messages.get("export.exampleName") + "." + writer.extension());
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith("." + writer.extension())) {
            throw new UserException(Messages.get("export.wrongExtension", target, writer.id(), writer.extension()));
        }
    }

    private static String refusal(Report report, List<Finding> errors) {
        return refusal(Messages.get("export.refused", report.organ().name(), report.year(), errors.size()), errors,
                Messages.get("export.refusedHint"));
    }

    /** Why the final copy is refused: the head, the first errors, and what to do (an export's or a submission's). */
    static String refusal(String head, List<Finding> errors, String hint) {
        StringBuilder sb = new StringBuilder(head);
        errors.stream().limit(MAX_ERRORS_LISTED)
                .forEach(f -> sb.append("\n  · [").append(f.rule()).append("] ").append(f.message()));
        if (errors.size() > MAX_ERRORS_LISTED) {
            sb.append("\n  · ").append(Messages.get("export.moreErrors", errors.size() - MAX_ERRORS_LISTED));
        }
        return sb.append("\n").append(hint).toString();
    }

    // ---- a new year ---------------------------------------------------------------------------------------

    /**
     * Begins the draft of a year from the organ's draft of the year before (see {@link NewYear}) and stores it.
     *
     * @param replace whether an existing draft of the year may be replaced; its state stays a revision
     * @return what was carried over, with the stored draft
     */
    public NewYearOutcome newYear(String organName, int year, boolean replace) {
        checkYear(year);
        String organ = organName.strip();
        Report previous = store.load(organ, year - 1).orElseThrow(() -> new UserException(
                Messages.get("newYear.noPrevious", organ, year - 1, year)));
        boolean existed = store.load(organ, year).isPresent();
        if (existed && !replace) {
            throw new UserException(Messages.get("newYear.exists", organ, year));
        }
        NewYear start = NewYear.from(previous, year);
        long revision = save(start.draft(), RevisionCause.NEW_YEAR, Messages.get("newYear.note", year - 1));
        return new NewYearOutcome(start, existed, revision);
    }

    /**
     * The prose fields of a draft still word for word as last year's (copied when the year was begun and not yet
     * rewritten): the window marks them for rewriting.
     */
    public List<String> carriedTexts(Report report) {
        return carriedTexts(report, previousYear(report).orElse(null));
    }

    /** The prose fields still word for word as last year's, with last year's report the caller has (or null). */
    public static List<String> carriedTexts(Report report, Report previous) {
        if (previous == null) {
            return List.of();
        }
        return report.texts().keySet().stream()
                .filter(k -> previous.catalog().text(k).isPresent() && previous.text(k).equals(report.text(k)))
                .toList();
    }

    // ---- the clerk's settings -------------------------------------------------------------------------------

    /** The folder the file dialogs last used (kept in the data folder across restarts), while it exists. */
    public Optional<Path> lastFolder() {
        return settings.lastFolder();
    }

    public void rememberFolder(Path folder) {
        settings.rememberFolder(folder);
    }

    /** The draft opened last (kept in the data folder across restarts), while it is still stored. */
    public Optional<DraftInfo> lastOpened() {
        return settings.lastDraft().flatMap(last -> store.list().stream().filter(d -> d.key().equals(last))
                .findFirst());
    }

    /** Remembers the draft opened, for the start view after the next start. */
    public void rememberOpened(String organName, int year) {
        if (!isReadOnly()) {
            settings.rememberDraft(organName, year);
        }
    }

    /** The aggregate (government and year) the clerk compiled last, to open again. */
    public Optional<ReportKey> lastCompilation() {
        return settings.lastCompilation();
    }

    public void rememberCompilation(Compilation compilation) {
        settings.rememberCompilation(compilation.compiler().name(), compilation.year());
    }

    // ---- the shared inbox (报送服务器, ADR 0014) ---------------------------------------------------------------

    /** The shared inbox the clerk set (设置 → 报送服务器): its URL and role, never a password. */
    public Optional<ServerLogin> serverLogin() {
        return settings.serverLogin();
    }

    /** Keeps the inbox's URL and role for the next time (a password is never kept). */
    public void rememberServer(ServerLogin login) {
        settings.rememberServer(login);
    }

    public void forgetServer() {
        settings.forgetServer();
    }

    /**
     * The shared inbox as this clerk uses it: submitting the final copy and seeing what became of it, or, for a
     * compiling office, collecting from it ({@link Compilation#collectInbox}). Connects only when used.
     *
     * @param prompt asked for the password when the server wants one and PostgreSQL's password file has none
     */
    public ServerInbox inbox(ServerLogin login, PasswordPrompt prompt) {
        return new ServerInbox(this, login, prompt);
    }

    // ---- history and backups --------------------------------------------------------------------------------

    /** The revisions of a draft, newest first, each with a line of what changed since the one before it. */
    public List<RevisionInfo> history(String organName, int year) {
        return history(ReportKey.own(organName, year));
    }

    /** The revisions of a report, newest first, each with a line of what changed since the one before it. */
    public List<RevisionInfo> history(ReportKey key) {
        Report current = require(key);
        List<RevisionInfo> revisions = store.history(key);
        List<RevisionInfo> out = new ArrayList<>();
        Report newer = null;
        RevisionInfo newerInfo = null;
        for (RevisionInfo r : revisions) {
            Report state = store.revision(key, r.id()).orElse(null);
            if (newerInfo != null) {
                out.add(newerInfo.withSummary(RevisionSummary.of(state, newer)));
            }
            newer = state;
            newerInfo = r;
        }
        if (newerInfo != null) {
            // The oldest against an empty draft: what it began with.
            out.add(newerInfo.withSummary(RevisionSummary.of(Report.newDraft(current.organ(), key.year()), newer)));
        }
        return out;
    }

    /** Makes an earlier revision the draft's current state again (as a new revision: nothing is lost). */
    public long restoreRevision(String organName, int year, long revisionId) {
        return restoreRevision(ReportKey.own(organName, year), revisionId);
    }

    public long restoreRevision(ReportKey key, long revisionId) {
        Report old = store.revision(key, revisionId).orElseThrow(() -> new UserException(
                Messages.get("app.noRevision", revisionId, key.organName(), key.year())));
        return save(old, RevisionCause.RESTORE, Messages.get("app.noteRestoreRevision", revisionId));
    }

    public Path backup() {
        return store.backup();
    }

    /** Replaces the data of a folder with a backup; the folder must not be open in any copy of the app. */
    public static RestoreOutcome restore(Path dataDir, Path backupFile) {
        ReportStore.Restored r = ReportStore.restore(dataDir, backupFile);
        return new RestoreOutcome(r.organs(), r.drafts(), r.revisions(), r.previousData());
    }

    /** The backups of a data folder, newest first. */
    public static List<Path> backups(Path dataDir) {
        return ReportStore.listBackups(dataDir.resolve(ReportStore.BACKUP_DIR));
    }

    /**
     * The backups of a data folder, newest first, with when and why each was made and its size (a file that
     * vanished while listed is left out).
     */
    public static List<BackupInfo> backupList(Path dataDir) {
        List<BackupInfo> out = new ArrayList<>();
        for (ReportStore.BackupFile b : ReportStore.describeBackups(dataDir.resolve(ReportStore.BACKUP_DIR))) {
            try {
                long size = Files.size(b.file());
                LocalDateTime made = b.made().orElse(LocalDateTime.ofInstant(
                        Files.getLastModifiedTime(b.file()).toInstant(), ZoneId.systemDefault()));
                Matcher migration = BEFORE_MIGRATION.matcher(b.label());
                BackupInfo.Kind kind = switch (b.label()) {
                    case "daily" -> BackupInfo.Kind.DAILY;
                    case "manual" -> BackupInfo.Kind.MANUAL;
                    case "before-restore" -> BackupInfo.Kind.BEFORE_RESTORE;
                    default -> migration.matches() ? BackupInfo.Kind.BEFORE_MIGRATION : BackupInfo.Kind.OTHER;
                };
                int schema = kind == BackupInfo.Kind.BEFORE_MIGRATION ? Integer.parseInt(migration.group(1)) : 0;
                out.add(new BackupInfo(b.file(), made, size, kind, schema));
            } catch (IOException | NumberFormatException e) {
                LOG.warn("backup {} left out of the list", b.file(), e);
            }
        }
        return out;
    }

    @Override
    public void close() {
        store.close();
    }
}
