package org.ogireport.io.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TableSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.io.read.Doc.Line;
import org.ogireport.model.CellInput;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.util.UserException;

/**
 * Recognises a report in a document, whatever file it came from: the title (organ and year), the six sections by
 * their headings ({@link Outline}), the format version by table 二's labels, the three tables cell by cell
 * ({@link TableReader}) and the prose into the text keys ({@link ProseReader}). The report keeps the document's
 * printed totals ({@link ValueMode#AS_PUBLISHED}) so that the rules can show its errors; what could not be read is
 * listed, never guessed.
 */
final class Recogniser {

    /** The title is at the top: an organ's name and the report's name, perhaps on two lines. */
    private static final int TITLE_SEARCH_LINES = 12;
    /** A line longer than this that names the report is a sentence about it, not a blank form's title. */
    private static final int MAX_BLANK_TITLE = 40;
    /** A title may end with a few words after the report's name ("（全文）"); a sentence goes on. */
    private static final int MAX_AFTER_NAME = 12;
    /** A shorter line (a date, a number) is not taken for part of a title given apart from the text. */
    private static final int MIN_TITLE_PART = 4;
    /**
     * What an organ's name never holds: a quoted document, a reason, a sentence's punctuation, a path. (A name
     * too long for one is refused where names come in, saying so.)
     */
    private static final Pattern NOT_IN_ORGAN = Pattern.compile("[《》〈〉<>，。；：:;!！?？]|根据|关于|按照");
    /** Between a page's title and the names a portal adds to it: 2024年…年度报告_政府信息公开年报_某某网. */
    private static final Pattern PORTAL_SEPARATORS = Pattern.compile("\\s*[_|｜]\\s*|\\s+[-—–]+\\s+");

    private final List<Line> lines;
    private final List<String> titles;
    private final String source;
    private final Notes notes = new Notes();

    private Recogniser(Doc doc, String source) {
        this.lines = doc.lines();
        this.titles = doc.titles();
        this.source = source;
    }

    /**
     * Recognises the report in a document.
     *
     * @param organName the organ it is filed under, or null for the one its title names
     * @param year      the year it is filed under, or null for the one its title names
     * @param source    the file name, for messages
     * @throws UserException when the document holds no report, or names no organ or year and none is given
     */
    static ImportResult recognise(Doc doc, String organName, Integer year, String source) {
        return new Recogniser(doc, source).recognise(organName, year);
    }

    /** The title found: its organ and year (null when it names none), and its last line. */
    private record Title(String organ, Integer year, int last) {
    }

    private ImportResult recognise(String organHint, Integer yearHint) {
        FormatCatalog any = FormatCatalog.of(FormatVersion.V2021);
        Title title = findTitle(any, titles);
        Outline outline = Outline.find(lines, title == null ? 0 : title.last() + 1);
        if (outline.headings().isEmpty()) {
            throw new UserException(Messages.get("import.notAReport", source, any.sections().get(0).heading(),
                    any.sections().get(1).heading()));
        }

        String organName = organHint != null ? organHint.strip() : title == null ? null : title.organ();
        Integer year = yearHint != null ? yearHint : title == null ? null : title.year();
        if (organName == null || organName.isEmpty() || year == null) {
            throw new UserException(Messages.get("import.noTitle", source, reportName(any)));
        }
        if (organHint == null) { // a name given was checked where it was given
            Organ.checkName(organName, Messages.get("import.titleOrgan", source));
        }
        if (year < Report.MIN_YEAR || year > Report.MAX_YEAR) {
            throw new UserException(Messages.get("app.yearRange", year, Report.MIN_YEAR, Report.MAX_YEAR));
        }
        if (title != null && title.year() != null && !title.year().equals(year)) {
            notes.warn("import.yearDiffers", title.year(), year);
        }
        if (title != null && title.organ() != null && !title.organ().isEmpty() && !title.organ().equals(organName)) {
            notes.warn("import.organDiffers", title.organ(), organName);
        }
        OrganKind kind = OrganKinds.guess(organName);
        notes.warn("import.organKindGuessed", kind.label(), organName);

        FormatVersion version = detectVersion(outline.region(SectionKey.PUBLISHED), year);
        FormatCatalog catalog = FormatCatalog.of(version);
        Report report = new Report(version, new Organ(organName, kind), year, ValueMode.AS_PUBLISHED);
        for (Section section : catalog.sections()) {
            if (outline.heading(section.id()).isEmpty()) {
                notes.warn("import.sectionMissing", section.heading());
            }
        }

        readTables(catalog, outline).writeTo(report);
        ProseReader.read(report, outline, new Paragraphs(lines), notes);
        return new ImportResult(report, notes.warnings(), List.copyOf(notes.notFound()));
    }

    // ---- title and version ---------------------------------------------------------------------------------

    /**
     * The title: {@code <organ><YYYY>年政府信息公开工作年度报告}, with spaces, full-width digits or 年度. First
     * where the file gives it apart from its text (a web page's meta and {@code <title>}, a portal's suffix such as
     * "_政府信息公开年报_…" cut off); then in the lines at the top, perhaps split over two or three of them (the
     * organ on the line before, or the year with it). A sentence that names the report (a preamble's "根据《……》
     * 关于编制公布2024年政府信息公开工作年度报告…。") is no title: a title stops after the report's name, and an organ's
     * name quotes no document and gives no reason. A short line that names the report but no year (a blank form's
     * title) is a title without organ and year.
     */
    private Title findTitle(FormatCatalog catalog, List<String> givenTitles) {
        String name = reportName(catalog);
        Pattern full = Pattern.compile("^(.*?)([0-9０-９]{4})年度?" + Pattern.quote(name));
        int searched = Math.min(lines.size(), TITLE_SEARCH_LINES);
        List<String> top = new ArrayList<>();
        for (int i = 0; i < searched; i++) {
            top.add(lines.get(i).text().replaceAll("[\\s#]", ""));
        }
        for (String given : givenTitles) {
            for (String part : PORTAL_SEPARATORS.split(given)) {
                Matcher m = full.matcher(part.replaceAll("\\s", ""));
                if (m.find() && isTitle(m, part.replaceAll("\\s", "")) && looksLikeOrgan(m.group(1))) {
                    return new Title(m.group(1), year(m.group(2)), lastTitleLine(top, part));
                }
            }
        }
        for (int i = 0; i < searched; i++) {
            for (int joined = 0; joined <= Math.min(i, 2); joined++) {
                String text = String.join("", top.subList(i - joined, i + 1));
                Matcher m = full.matcher(text);
                if (!m.find() || m.end() <= text.length() - top.get(i).length()) {
                    continue; // no title, or one that ends on a line before: found there
                }
                String organ = m.group(1);
                if (organ.isEmpty() && i - joined > 0) {
                    organ = top.get(i - joined - 1);
                }
                if (isTitle(m, text) && looksLikeOrgan(organ)) {
                    return new Title(organ, year(m.group(2)), i);
                }
            }
            if (top.get(i).contains(name) && top.get(i).length() <= MAX_BLANK_TITLE) {
                return new Title(null, null, i);
            }
        }
        return null;
    }

    private static int year(String digits) {
        return Integer.parseInt(Normalizer.normalize(digits, Normalizer.Form.NFKC));
    }

    /** Whether a text that names the report is its title, not a sentence about it: it stops after the name. */
    private static boolean isTitle(Matcher named, String text) {
        return text.length() - named.end() <= MAX_AFTER_NAME && text.indexOf('。') < 0;
    }

    /** Whether words before a title's year can be an organ's name: no quoted document, no reason, no sentence. */
    private static boolean looksLikeOrgan(String words) {
        return !words.isEmpty() && !NOT_IN_ORGAN.matcher(words).find();
    }

    /**
     * The last of the lines at the top that are part of a title found apart from the text (-1 when none is), so
     * that the title is not taken for the preamble.
     */
    private static int lastTitleLine(List<String> top, String title) {
        String whole = Labels.normalize(title);
        int last = -1;
        for (int i = 0; i < top.size(); i++) {
            String line = Labels.normalize(top.get(i));
            if (line.length() >= MIN_TITLE_PART && whole.contains(line)) {
                last = i;
            }
        }
        return last;
    }

    /** The report's name in its title, after the organ and year: 政府信息公开工作年度报告. */
    static String reportName(FormatCatalog catalog) {
        String yearOfTitle = "2000年";
        return catalog.title("", 2000).substring(yearOfTitle.length());
    }

    /**
     * The format version by table 二: the labels only one version's table has (2021: 本年制发件数 …; the 2019
     * trial table: 本年新制作数量, 政府集中采购 …). Without table 二 the version of the report's year.
     */
    private FormatVersion detectVersion(List<Line> table2, int year) {
        StringBuilder text = new StringBuilder();
        table2.forEach(l -> text.append(Labels.normalize(l.text())));
        FormatVersion best = FormatVersion.forYear(year);
        int bestScore = 0;
        boolean tie = false;
        for (FormatVersion v : FormatVersion.values()) {
            Set<String> others = new LinkedHashSet<>();
            for (FormatVersion o : FormatVersion.values()) {
                if (o != v) {
                    others.addAll(table2Labels(FormatCatalog.of(o)));
                }
            }
            int score = 0;
            for (String label : table2Labels(FormatCatalog.of(v))) {
                if (others.stream().noneMatch(o -> o.contains(label)) && text.indexOf(label) >= 0) {
                    score++;
                }
            }
            if (score > bestScore) {
                best = v;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        FormatVersion chosen = tie ? FormatVersion.forYear(year) : best;
        if (chosen != FormatVersion.forYear(year)) {
            notes.warn("import.versionOfTable", chosen.id(), year, FormatVersion.forYear(year).id());
        }
        return chosen;
    }

    private static Set<String> table2Labels(FormatCatalog catalog) {
        Set<String> labels = new LinkedHashSet<>();
        for (Grid g : catalog.published().spec().grids()) {
            if (g.title() != null) {
                labels.add(Labels.normalize(g.title()));
            }
            for (Header h : g.rows()) {
                h.path().forEach(p -> labels.add(Labels.normalize(p)));
            }
            for (Header h : g.columns()) {
                h.path().forEach(p -> labels.add(Labels.normalize(p)));
            }
        }
        return labels;
    }

    // ---- tables ---------------------------------------------------------------------------------------------

    private CellSheet readTables(FormatCatalog catalog, Outline outline) {
        FormatVersion other = catalog.version() == FormatVersion.V2021 ? FormatVersion.V2019 : FormatVersion.V2021;
        CellSheet sheet = new CellSheet(catalog);
        TableReader reader = new TableReader(sheet, FormatCatalog.of(other), notes);
        for (Section section : catalog.sections()) {
            if (section.table() == null || outline.heading(section.id()).isEmpty()) {
                continue;
            }
            List<Line> region = outline.region(section.id());
            switch (section.table()) {
                case T2 -> reader.readTable2(region);
                case T3 -> reader.readTable3(region);
                case T4 -> reader.readTable4(region);
            }
        }
        noteBlankTables(catalog, sheet);
        List<String> zeros = sheet.deduceZeros();
        if (!zeros.isEmpty()) {
            notes.warn("import.zerosDeduced", zeros.size(), places(catalog, zeros));
        }
        List<String> computed = sheet.computeMissingTotals();
        if (!computed.isEmpty()) {
            notes.warn("import.totalsComputed", computed.size(), places(catalog, computed));
        }
        Map<String, String> errors = sheet.errors();
        if (errors.size() <= 3) {
            errors.forEach((key, error) -> notes.warn("import.cellUnreadable",
                    CellInput.place(catalog, catalog.cell(key).orElseThrow()), error));
        } else {
            List<String> keys = List.copyOf(errors.keySet());
            notes.warn("import.cellsUnreadable", keys.size(), places(catalog, keys), errors.get(keys.get(0)));
        }
        sheet.notFound().forEach(notes::notFound);
        return sheet;
    }

    /**
     * A table printed with every cell empty while the others hold numbers has lost them (a web page saved without
     * its table's content): it is said, not only left blank. A blank form, every table empty, is no loss.
     */
    private void noteBlankTables(FormatCatalog catalog, CellSheet sheet) {
        List<TableSpec> blank = new ArrayList<>();
        boolean anyRead = false;
        for (TableSpec table : catalog.tables()) {
            List<CellSheet.State> states = catalog.cellsOf(table.id()).stream().map(c -> sheet.state(c.key()))
                    .toList();
            anyRead |= states.contains(CellSheet.State.READ);
            if (!states.contains(CellSheet.State.READ) && states.contains(CellSheet.State.BLANK)) {
                blank.add(table);
            }
        }
        if (anyRead) {
            blank.forEach(t -> notes.warn("import.tableBlank", t.name()));
        }
    }

    /** Up to three places, then 等 when there are more. */
    private static String places(FormatCatalog catalog, List<String> keys) {
        List<String> shown = new ArrayList<>();
        for (String k : keys.subList(0, Math.min(3, keys.size()))) {
            CellSpec cell = catalog.cell(k).orElseThrow();
            shown.add(CellInput.place(catalog, cell));
        }
        String list = String.join("、", shown);
        return keys.size() > shown.size() ? Messages.get("import.andMore", list) : list;
    }
}
