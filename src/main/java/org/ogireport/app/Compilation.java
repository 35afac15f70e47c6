package org.ogireport.app;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.ogireport.exchange.ReportJson;
import org.ogireport.format.CellSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.Formats;
import org.ogireport.io.ReportWriter;
import org.ogireport.io.SafeFiles;
import org.ogireport.io.TableRows;
import org.ogireport.io.summary.FeedbackDocx;
import org.ogireport.io.summary.SummaryData;
import org.ogireport.io.summary.SummaryPage;
import org.ogireport.io.summary.SummaryWorkbook;
import org.ogireport.model.Component;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;
import org.ogireport.model.Unit;
import org.ogireport.model.Verdict;
import org.ogireport.rules.AggregateRules;
import org.ogireport.rules.Finding;
import org.ogireport.rules.FindingCounts;
import org.ogireport.store.Units;
import org.ogireport.util.UserException;

/**
 * The 汇总 of one government for one year (spec §8), the compiling office's use cases: the list of units, collecting
 * the reports they send, the tracking board, reviews, and the aggregate report — the cell-wise sum of the units'
 * reports that count — with. Units' reports are never edited: a faulty one is returned.
 */
public final class Compilation {

    /** A unit a name matches surely, or the units it only resembles (for the clerk to choose). */
    public record Match(Optional<Unit> unit, List<Unit> candidates) {

        static Match sure(Unit unit) {
            return new Match(Optional.of(unit), List.of());
        }
    }

    /** A unit's contribution to one cell of the aggregate. */
    public record Contribution(Unit unit, java.math.BigDecimal value) {
    }

    /** What a sum did: the aggregate stored, the units it counts, and those left out with the reason. */
    public record Summed(Report aggregate, List<String> included, Map<String, String> leftOut) {
    }

    private final Workspace workspace;
    private final Units units;
    private final Organ compiler;
    private final int year;
    /** Units' reports as received, parsed once, and their digests (by submission). */
    private final Map<Long, Report> reports = new HashMap<>();
    private final Map<Long, String> digests = new HashMap<>();

    Compilation(Workspace workspace, Units units, Organ compiler, int year) {
        this.workspace = workspace;
        this.units = units;
        this.compiler = compiler;
        this.year = year;
    }

    public Organ compiler() {
        return compiler;
    }

    public int year() {
        return year;
    }

    /** The level of a government read from its name (…省人民政府, …市人民政府, …区/县人民政府). */
    public static org.ogireport.model.OrganKind governmentKindOf(String name) {
        String n = OrganNames.core(name);
        if (n.matches(".*(省|自治区)人民政府$") || n.matches("^(北京|天津|上海|重庆)市人民政府$")) {
            return org.ogireport.model.OrganKind.PROVINCIAL_GOVERNMENT;
        }
        if (n.matches(".*(区|县|旗|县级市)人民政府$") || n.matches(".*市.+市人民政府$")) {
            return org.ogireport.model.OrganKind.COUNTY_GOVERNMENT;
        }
        return n.endsWith("市人民政府") || n.endsWith("州人民政府") ? org.ogireport.model.OrganKind.CITY_GOVERNMENT
                : org.ogireport.model.OrganKind.COUNTY_GOVERNMENT;
    }

    // ---- the unit list --------------------------------------------------------------------------------------

    public List<Unit> units() {
        return units.of(compiler.name(), year);
    }

    /**
     * Adds a unit to the list.
     *
     * @throws UserException when its name is not an organ's or the list has it already (by any spelling)
     */
    public Unit addUnit(Unit unit) {
        Organ.checkName(unit.name(), Messages.get("units.namePlace"));
        Match m = match(unit.name());
        if (m.unit().isPresent()) {
            throw new UserException(Messages.get("units.exists", m.unit().get().name(), compiler.name(), year));
        }
        return units.add(compiler, year, unit);
    }

    public void updateUnit(Unit unit) {
        units.update(unit);
    }

    public void removeUnit(Unit unit) {
        units.remove(unit);
    }

    /** The units of a table's rows (pasted, or a file), each with its kind and relation read or guessed. */
    public List<Unit> unitsOf(List<List<String>> rows) {
        return UnitList.fromRows(rows, compiler);
    }

    /** The rows of a list of units in a file (.xlsx, .csv) or pasted from a spreadsheet. */
    public static List<List<String>> rowsOf(Path file) {
        return TableRows.read(file);
    }

    public static List<List<String>> rowsPasted(String text) {
        return TableRows.pasted(text);
    }

    /** Adds the units not on the list yet (by any spelling of their names); returns those added. */
    public List<Unit> addUnits(List<Unit> candidates) {
        List<Unit> added = new ArrayList<>();
        for (Unit u : candidates) {
            if (match(u.name()).unit().isEmpty()) {
                added.add(units.add(compiler, year, u));
            }
        }
        return added;
    }

    /** Starts this year's list from the list of another year (usually the last); returns the units added. */
    public List<Unit> copyUnitsFrom(int otherYear) {
        List<Unit> other = units.of(compiler.name(), otherYear);
        if (other.isEmpty()) {
            throw new UserException(Messages.get("units.noneIn", compiler.name(), otherYear));
        }
        return addUnits(other.stream().map(u -> u.withId(0)).toList());
    }

    /** The unit a name (as a report writes it) is, surely; or the ones it resembles; or none. */
    public Match match(String organName) {
        List<Unit> similar = new ArrayList<>();
        List<Unit> same = new ArrayList<>();
        for (Unit u : units()) {
            switch (OrganNames.compare(organName, u.name())) {
                case SAME -> same.add(u);
                case SIMILAR -> similar.add(u);
                default -> {
                }
            }
        }
        if (same.size() == 1) {
            return Match.sure(same.get(0));
        }
        same.addAll(similar);
        return new Match(Optional.empty(), same);
    }

    Optional<Unit> unitNamed(String name) {
        return units().stream().filter(u -> u.name().equals(name.strip())).findFirst();
    }

    /** A unit (not stored yet) for a report of an organ not on the list: its kind from the report. */
    Unit newUnitFor(Report report) {
        String name = report.organ().name();
        return Unit.of(name, report.organ().kind(),
                UnitList.relationFor(name, report.organ().kind(), report.scope(), compiler));
    }

    // ---- collecting -----------------------------------------------------------------------------------------

    /**
     * Reads report files (and the report files in folders) and stores each as its unit's report.
     *
     * @param cancelled asked between files: files not stored yet are left out, none half-stored
     * @return what became of every file, in the order of the batch
     */
    public List<CollectedFile> collect(List<Path> inputs, CollectOptions options, CollectProgress progress,
                                       BooleanSupplier cancelled) {
        return new Collector(this).collect(inputs, options, progress, cancelled);
    }

    /**
     * Collects the newest report of each unit from the shared inbox (报送服务器) as one more source, exactly as files
     * are collected: checked, matched to its unit by the account that sent it, stored as received (named
     * 报送服务器#N), or listed with the reason it was not. A report the unit had sent before is left as it is.
     */
    public List<CollectedFile> collectInbox(ServerInbox inbox, CollectOptions options, CollectProgress progress,
                                            BooleanSupplier cancelled) {
        Map<Path, org.ogireport.server.Received> received = inbox.newestFor(this);
        Map<Path, String> assigned = new HashMap<>(options.assigned());
        received.forEach((name, r) -> assigned.putIfAbsent(name, r.organ()));
        return new Collector(this, received).collect(List.copyOf(received.keySet()), new CollectOptions(
                options.knownOnly(), options.takeNewest(), assigned, options.dryRun()), progress, cancelled);
    }

    Optional<Submission> latestOf(Unit unit) {
        return units.submissions(unit).stream().findFirst();
    }

    void receive(Unit unit, String fileName, String sha256, Report report, FindingCounts counts) {
        units.receive(unit, fileName, sha256, report, counts.errors(), counts.unexplainedWarnings());
    }

    // ---- the board and reviews ------------------------------------------------------------------------------

    /** Every unit with what it sent last and where that stands. */
    public List<UnitStatus> board() {
        return units.board(compiler.name(), year).stream().map(s -> UnitStatus.of(s.unit(), s.latest())).toList();
    }

    /** What a unit sent, newest first. */
    public List<Submission> submissions(Unit unit) {
        return units.submissions(unit);
    }

    /** A report as its unit sent it. */
    public Report report(Submission submission) {
        return reports.computeIfAbsent(submission.id(), id -> units.report(id).orElseThrow(
                () -> new UserException(Messages.get("summary.noSubmission", id))));
    }

    /** The findings of a unit's report, by its own rules. */
    public List<Finding> findings(Submission submission) {
        return Workspace.validateAlone(report(submission));
    }

    /**
     * Records the office's decision on the last report a unit sent: 已审核, or 退回 with the reason.
     *
     * @throws UserException when the unit has sent nothing, or a return gives no reason
     */
    public void review(Unit unit, Verdict verdict, String comment) {
        review(unit, verdict, comment, null);
    }

    /**
     * Records the office's decision on the last report a unit sent; when that report came from the shared inbox,
     * the decision goes back there first, for the unit to see (nothing is recorded when the server cannot be reached).
     *
     * @param inbox the shared inbox (null when there is none: a report that came from one is then refused)
     * @throws UserException when the unit has sent nothing, a return gives no reason, or the inbox is needed and
     *                       not given or cannot be reached
     */
    public void review(Unit unit, Verdict verdict, String comment, ServerInbox inbox) {
        Submission latest = latestOf(unit).orElseThrow(() -> new UserException(
                Messages.get("summary.nothingSent", unit.name())));
        if (verdict == Verdict.RETURNED && (comment == null || comment.isBlank())) {
            throw new UserException(Messages.get("summary.returnWhy", unit.name()));
        }
        java.util.OptionalLong fromInbox = ServerInbox.submissionIdOf(latest.fileName());
        if (fromInbox.isPresent()) {
            ServerInbox.requireFor(inbox, unit.name());
            inbox.review(fromInbox.getAsLong(), verdict, comment);
        }
        units.review(latest.id(), verdict, comment);
    }

    // ---- the aggregate --------------------------------------------------------------------------------------

    public ReportKey aggregateKey() {
        return new ReportKey(compiler.name(), year, Scope.AGGREGATE);
    }

    /**
     * Sums the reports of the units that count into the aggregate report and stores it (its prose, the compiler's
     * own, stays as it was).
     *
     * @throws UserException when no unit counts yet: zeros are never a report
     */
    public Summed aggregate() {
        List<UnitStatus> board = board();
        List<AggregateRules.Part> parts = new ArrayList<>();
        List<String> included = new ArrayList<>();
        Map<String, String> leftOut = new java.util.LinkedHashMap<>();
        for (UnitStatus s : board) {
            if (s.isSummed()) {
                parts.add(part(s));
                included.add(s.unit().name());
            } else {
                leftOut.put(s.unit().name(), s.state().label());
            }
        }
        if (parts.isEmpty()) {
            throw new UserException(Messages.get("summary.nothingToSum", compiler.name(), year));
        }
        Report aggregate = workspace.load(aggregateKey()).orElseGet(() -> {
            Report r = Report.newDraft(compiler, year);
            r.setScope(Scope.AGGREGATE);
            return r;
        });
        fill(aggregate, parts);
        List<String> shas = board.stream().filter(UnitStatus::isSummed).map(u -> digest(u.latest().orElseThrow()))
                .toList();
        List<Component> components = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            Report r = parts.get(i).report();
            components.add(new Component(r.organ(), r.year(), r.scope(), shas.get(i)));
        }
        aggregate.setComponents(components);
        workspace.save(aggregate, Messages.get("summary.noteSummed", parts.size()));
        return new Summed(aggregate, included, leftOut);
    }

    private AggregateRules.Part part(UnitStatus s) {
        Submission sub = s.latest().orElseThrow();
        return new AggregateRules.Part(s.unit().name(), s.unit().relation(), report(sub), sub.errors());
    }

    /** The canonical digest of a received report (spec §9 components), computed once. */
    private String digest(Submission sub) {
        return digests.computeIfAbsent(sub.id(), id -> canonicalSha256(report(sub)));
    }

    /** Sets every typed cell of the aggregate to the parts' sum (a draft computes its totals). */
    static void fill(Report aggregate, List<AggregateRules.Part> parts) {
        for (CellSpec cell : aggregate.catalog().cells()) {
            if (!cell.isDerived()) {
                aggregate.setValue(cell.key(), AggregateRules.sum(parts, cell.key(), aggregate));
            }
        }
    }

    /** The SHA-256 of a report's exchange JSON as this app writes it (spec §9 components). */
    public static String canonicalSha256(Report report) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(ReportJson.write(report).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * of an aggregate against the units' reports it names as its components (those the store
     * holds); a component the store does not hold is said in a hint.
     */
    public List<Finding> checkAggregate(Report aggregate) {
        Map<Long, Unit> unitsById = new HashMap<>();
        units().forEach(u -> unitsById.put(u.id(), u));
        Map<String, AggregateRules.Part> bySha = new HashMap<>();
        for (Submission sub : units.allSent(compiler.name(), year)) {
            Unit u = unitsById.get(sub.unitId());
            bySha.putIfAbsent(digest(sub), new AggregateRules.Part(u.name(), u.relation(), report(sub),
                    sub.errors()));
        }
        List<AggregateRules.Part> parts = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Component c : aggregate.components()) {
            AggregateRules.Part p = bySha.get(c.sha256());
            if (p == null) {
                unknown.add(c.organ().name());
            } else {
                parts.add(p);
            }
        }
        if (!unknown.isEmpty()) {
            return List.of(new Finding("A:unknown", "A-01", org.ogireport.rules.Severity.I, List.of(),
                    Messages.get("summary.unknownComponents", unknown.size(), String.join("、", unknown))));
        }
        return AggregateRules.check(aggregate, parts);
    }

    /** What each counted unit gives to one cell of the aggregate (the drill-down of a cell). */
    public List<Contribution> contributions(String cellKey) {
        List<Contribution> out = new ArrayList<>();
        for (UnitStatus s : board()) {
            if (s.isSummed()) {
                Report r = report(s.latest().orElseThrow());
                out.add(new Contribution(s.unit(), r.catalog().cell(cellKey).isPresent() ? r.value(cellKey) : null));
            }
        }
        return out;
    }

    // ---- what goes out: the 汇总表, the 集中公布 page, the 反馈单 --------------------------------------------------

    /** Every unit with its state and report, and the aggregate when summed. */
    SummaryData summaryData() {
        List<SummaryData.UnitRow> rows = new ArrayList<>();
        for (UnitStatus s : board()) {
            Submission sub = s.latest().orElse(null);
            rows.add(new SummaryData.UnitRow(s.unit().name(), s.unit().relation().label(), s.state().label(),
                    sub == null ? null : sub.receivedAt(), sub == null ? null : sub.fileName(),
                    sub == null ? 0 : sub.errors(), sub == null ? 0 : sub.warnings(),
                    sub == null ? "" : sub.review().map(Submission.Review::comment).orElse(""),
                    sub == null ? null : report(sub), s.isSummed()));
        }
        return new SummaryData(compiler, year, workspace.load(aggregateKey()).orElse(null), rows);
    }

    /** Writes the 汇总表 (.xlsx): a sheet per table, a row per counted unit, SUM rows, and 报送情况. */
    public void writeWorkbook(Path target, boolean overwrite) {
        requireExtension(target, "xlsx");
        SummaryData data = summaryData();
        SafeFiles.writeAtomically(target, overwrite, out -> SummaryWorkbook.write(data, out));
    }

    /**
     * Writes the 集中公布 page (.html) and beside it, in a folder of the same name, the web page of the aggregate and
     * of every counted unit's report.
     */
    public void writePortalPage(Path index, boolean overwrite) {
        requireExtension(index, "html");
        SummaryData data = summaryData();
        Path abs = index.toAbsolutePath().normalize();
        String folderName = abs.getFileName().toString().replaceFirst("\\.html?$", "") + "_files";
        Path folder = abs.resolveSibling(folderName);
        try {
            java.nio.file.Files.createDirectories(folder);
        } catch (java.io.IOException e) {
            throw new UserException(Messages.get("file.noFolder", folder), e);
        }
        ReportWriter html = Formats.writer("html").orElseThrow();
        ExportOptions options = ExportOptions.finalCopy(workspace.today());
        Map<String, String> links = new java.util.LinkedHashMap<>();
        int n = 0;
        for (SummaryData.UnitRow u : data.units()) {
            if (u.summed()) {
                String file = String.format(java.util.Locale.ROOT, "%03d.html", ++n);
                SafeFiles.writeAtomically(folder.resolve(file), true, out -> html.write(u.report(), options, out));
                links.put(u.name(), folderName + "/" + file);
            }
        }
        String aggregateLink = null;
        if (data.aggregate() != null) {
            SafeFiles.writeAtomically(folder.resolve("aggregate.html"), true,
                    out -> html.write(data.aggregate(), options, out));
            aggregateLink = folderName + "/aggregate.html";
        }
        String finalLink = aggregateLink;
        SafeFiles.writeAtomically(abs, overwrite, out -> SummaryPage.write(data, finalLink, links, out));
    }

    /**
     * Writes the 反馈单 (.docx) of the returned units (or of one unit): the office's comment and every finding.
     *
     * @throws UserException when no unit is returned (or the unit has sent nothing)
     */
    public void writeFeedback(Path target, String unitName, boolean overwrite) {
        requireExtension(target, "docx");
        List<FeedbackDocx.Returned> returned = new ArrayList<>();
        for (UnitStatus s : board()) {
            boolean asked = unitName != null && OrganNames.compare(unitName, s.unit().name())
                    == OrganNames.Likeness.SAME;
            if (s.latest().isPresent() && (asked || unitName == null && s.state() == UnitStatus.State.RETURNED)) {
                Submission sub = s.latest().get();
                returned.add(new FeedbackDocx.Returned(s.unit().name(),
                        sub.review().map(Submission.Review::comment).orElse(""), findings(sub)));
            }
        }
        if (returned.isEmpty()) {
            throw new UserException(unitName == null ? Messages.get("summary.feedback.noneReturned", compiler.name(),
                    year) : Messages.get("summary.nothingSent", unitName));
        }
        java.time.LocalDate date = workspace.today();
        SafeFiles.writeAtomically(target, overwrite, out -> FeedbackDocx.write(compiler, year, date, returned, out));
    }

    private static void requireExtension(Path target, String extension) {
        String name = target.getFileName() == null ? "" : target.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension)) {
            throw new UserException(Messages.get("summary.extension", target, extension));
        }
    }
}
