package org.ogireport.io.read;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.TableId;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.io.read.Doc.Kind;
import org.ogireport.io.read.Doc.Line;
import org.ogireport.model.CellInput;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.util.UserException;

/**
 * Recognises a report in a document, whatever file it came from: the title (organ and year), the six sections by
 * their headings, the format version by table 二's labels, the prose into the text keys and the three tables cell
 * by cell. The report keeps the document's printed totals ({@link ValueMode#AS_PUBLISHED}) so that the rules can
 * show its errors; what could not be read is listed, never guessed.
 */
final class Recogniser {

    /** The title is at the top: an organ's name and the report's name, perhaps on two lines. */
    private static final int TITLE_SEARCH_LINES = 12;
    /** Words that open the measures after the problems in 五 (besides the catalog's name for them, 改进情况). */
    private static final List<String> MEASURES_START = List.of("下一步", "下步", "今后", "改进措施", "针对存在",
            "针对上述", "针对以上", "针对这些");

    private final List<Line> lines;
    private final String source;
    private final Notes notes = new Notes();
    private final Map<Integer, float[]> margins = new HashMap<>();

    private Recogniser(Doc doc, String source) {
        this.lines = doc.lines();
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
        Title title = findTitle(any);
        int start = title == null ? 0 : title.last() + 1;
        List<Section> sections = any.sections();
        int[] at = new int[sections.size()];
        String[] inline = new String[sections.size()];
        int from = start;
        int found = 0;
        for (int s = 0; s < sections.size(); s++) {
            at[s] = -1;
            for (int i = from; i < lines.size() && at[s] < 0; i++) {
                String rest = headingAt(lines.get(i), sections.get(s).key());
                if (rest != null) {
                    at[s] = i;
                    inline[s] = rest;
                    from = i + 1;
                    found++;
                }
            }
        }
        if (found == 0) {
            throw new UserException(Messages.get("import.notAReport", source, sections.get(0).heading(),
                    sections.get(1).heading()));
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

        FormatVersion version = detectVersion(region(at, 1), year);
        FormatCatalog catalog = FormatCatalog.of(version);
        Report report = new Report(version, new Organ(organName, kind), year, ValueMode.AS_PUBLISHED);
        for (int s = 0; s < sections.size(); s++) {
            if (at[s] < 0) {
                notes.warn("import.sectionMissing", catalog.sections().get(s).heading());
            }
        }

        readTables(catalog, at).writeTo(report);
        readProse(report, catalog, start, at, inline);
        return new ImportResult(report, notes.warnings(), List.copyOf(notes.notFound()));
    }

    // ---- title and headings ---------------------------------------------------------------------------------

    /**
     * The title: {@code <organ><YYYY>年政府信息公开工作年度报告}, perhaps with the organ on the line before, with
     * spaces, full-width digits or 年度. A line that names the report but no year (a blank form's title) is a
     * title without organ and year.
     */
    private Title findTitle(FormatCatalog catalog) {
        String name = reportName(catalog);
        Pattern full = Pattern.compile("^(.*?)([0-9０-９]{4})年度?" + Pattern.quote(name));
        for (int i = 0; i < Math.min(lines.size(), TITLE_SEARCH_LINES); i++) {
            String text = lines.get(i).text().replaceAll("[\\s#]", "");
            if (!text.contains(name)) {
                continue;
            }
            Matcher m = full.matcher(text);
            if (!m.find()) {
                return new Title(null, null, i);
            }
            int year = Integer.parseInt(Normalizer.normalize(m.group(2), Normalizer.Form.NFKC));
            String organ = m.group(1);
            if (organ.isEmpty() && i > 0) {
                organ = lines.get(i - 1).text().replaceAll("[\\s#]", "");
            }
            return new Title(organ, year, i);
        }
        return null;
    }

    /** The report's name in its title, after the organ and year: 政府信息公开工作年度报告. */
    static String reportName(FormatCatalog catalog) {
        String yearOfTitle = "2000年";
        return catalog.title("", 2000).substring(yearOfTitle.length());
    }

    /** Whether a line is the heading of a section (in any format version); the text after it, or null. */
    private String headingAt(Line line, String sectionKey) {
        String text = line.text();
        if (text.isEmpty()) {
            return null;
        }
        for (FormatVersion v : FormatVersion.values()) {
            String rest = Headings.after(text.replaceFirst("^#+\\s*", ""), FormatCatalog.of(v).section(sectionKey)
                    .heading());
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    /** The lines of a section: after its heading up to the next heading found (empty when it has none). */
    private List<Line> region(int[] at, int section) {
        if (at[section] < 0) {
            return List.of();
        }
        int end = lines.size();
        for (int s = section + 1; s < at.length; s++) {
            if (at[s] >= 0) {
                end = at[s];
                break;
            }
        }
        return lines.subList(at[section] + 1, end);
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

    private CellSheet readTables(FormatCatalog catalog, int[] at) {
        FormatVersion other = catalog.version() == FormatVersion.V2021 ? FormatVersion.V2019 : FormatVersion.V2021;
        CellSheet sheet = new CellSheet(catalog);
        TableReader reader = new TableReader(sheet, FormatCatalog.of(other), notes);
        List<Section> sections = catalog.sections();
        for (int s = 0; s < sections.size(); s++) {
            TableId table = sections.get(s).table();
            if (table == null || at[s] < 0) {
                continue;
            }
            List<Line> region = region(at, s);
            switch (table) {
                case T2 -> reader.readTable2(region);
                case T3 -> reader.readTable3(region);
                case T4 -> reader.readTable4(region);
            }
        }
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

    // ---- prose ----------------------------------------------------------------------------------------------

    private void readProse(Report report, FormatCatalog catalog, int start, int[] at, String[] inline) {
        int firstHeading = lines.size();
        for (int a : at) {
            if (a >= 0) {
                firstHeading = Math.min(firstHeading, a);
            }
        }
        TextField preamble = catalog.texts().get(0); // the catalog lists the preamble first
        setText(report, preamble.key(),
                String.join("\n", paragraphs(lines.subList(Math.min(start, firstHeading), firstHeading), "")));
        List<Section> sections = catalog.sections();
        for (int s = 0; s < sections.size(); s++) {
            Section section = sections.get(s);
            if (section.texts().isEmpty()) {
                continue;
            }
            if (at[s] < 0) {
                section.texts().forEach(t -> notes.notFound(t.key()));
                continue;
            }
            List<String> paragraphs = paragraphs(region(at, s), inline[s]);
            switch (section.id()) {
                case OVERVIEW -> readOverview(report, section, paragraphs);
                case PROBLEMS -> readProblems(report, section, paragraphs);
                default -> readOther(report, section, paragraphs);
            }
        }
    }

    /** 一: the lead paragraphs, then one text per topic heading （一）…（五）. */
    private void readOverview(Report report, Section section, List<String> paragraphs) {
        TextField current = section.texts().stream().filter(t -> t.heading() == null).findFirst().orElseThrow();
        Map<TextField, StringBuilder> texts = new HashMap<>();
        Set<TextField> headed = new LinkedHashSet<>();
        for (String p : paragraphs) {
            String rest = null;
            for (TextField topic : section.texts()) {
                if (topic.heading() != null && (rest = Headings.after(p, topic.heading())) != null) {
                    current = topic;
                    headed.add(topic);
                    break;
                }
            }
            append(texts, current, rest == null ? p : rest);
        }
        texts.forEach((field, text) -> setText(report, field.key(), text.toString()));
        List<String> missing = new ArrayList<>();
        for (TextField topic : section.texts()) {
            if (topic.heading() != null && !headed.contains(topic)) {
                missing.add(topic.heading());
                notes.notFound(topic.key());
            }
        }
        if (!missing.isEmpty()) {
            notes.warn("import.topicsMissing", section.heading(), String.join("、", missing));
        }
    }

    /** 五: the problems, then from a sentence that turns to what will be done (下一步 …), the measures. */
    private void readProblems(Report report, Section section, List<String> paragraphs) {
        TextField problems = section.texts().get(0);
        TextField measures = section.texts().get(1);
        for (int p = 0; p < paragraphs.size(); p++) {
            String text = paragraphs.get(p);
            for (int i = 0; i < text.length(); i = nextSentence(text, i)) {
                if ((p > 0 || i > 0) && startsMeasures(text.substring(i), measures)) {
                    List<String> before = new ArrayList<>(paragraphs.subList(0, p));
                    List<String> after = new ArrayList<>(paragraphs.subList(p + 1, paragraphs.size()));
                    if (i > 0) {
                        before.add(text.substring(0, i).strip());
                    }
                    after.add(0, text.substring(i).strip());
                    setText(report, problems.key(), String.join("\n", before));
                    setText(report, measures.key(), String.join("\n", after));
                    return;
                }
            }
        }
        setText(report, problems.key(), String.join("\n", paragraphs));
        if (!paragraphs.isEmpty()) {
            notes.warn("import.measuresNotSplit", section.heading(), problems.label());
        }
    }

    private static int nextSentence(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                return i + 1;
            }
        }
        return text.length();
    }

    private static boolean startsMeasures(String sentence, TextField measures) {
        String head = sentence.strip();
        String start = head.substring(0, Math.min(head.length(), 12));
        return start.contains(measures.label()) || MEASURES_START.stream().anyMatch(start::contains);
    }

    /** 六 (and any other section of prose): its text; the 信息处理费 when it says how many 元. */
    private void readOther(Report report, Section section, List<String> paragraphs) {
        String text = String.join("\n", paragraphs);
        setText(report, section.texts().get(0).key(), text);
        for (NumberField number : section.numbers()) {
            // "……信息处理费 3940 元": the field's name (its label without the unit in brackets), a number, 元.
            String name = number.label().replaceAll("（.*）", "");
            Matcher m = Pattern.compile(Pattern.quote(name) + "[^。；;\\d０-９]{0,15}?([0-9０-９][0-9０-９.．,，]*)\\s*元")
                    .matcher(text);
            BigDecimal amount = m.find() ? CellInput.parse(m.group(1), number.kind()).value() : null;
            if (amount != null) {
                report.setNumber(number.key(), amount);
            }
        }
    }

    private static void append(Map<TextField, StringBuilder> texts, TextField field, String text) {
        if (text.isBlank()) {
            return;
        }
        StringBuilder sb = texts.computeIfAbsent(field, f -> new StringBuilder());
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(text.strip());
    }

    private static void setText(Report report, String key, String text) {
        if (text != null && !text.isBlank()) {
            report.setText(key, text.strip());
        }
    }

    /**
     * The paragraphs of a stretch of lines. Printed lines are joined into paragraphs: a paragraph starts where a
     * line is indented or the line before it stops short of the right margin. A note of a blank form in
     * brackets, such as （文字描述）, is not text of the report.
     */
    private List<String> paragraphs(List<Line> region, String first) {
        List<String> paragraphs = new ArrayList<>();
        if (first != null && !first.isBlank()) {
            paragraphs.add(first.strip());
        }
        StringBuilder current = null;
        Line previous = null;
        for (Line line : region) {
            if (line.kind() != Kind.PRINTED) {
                current = null;
                previous = null;
                addParagraph(paragraphs, line.text());
                continue;
            }
            String text = printedText(line);
            if (current != null && !startsParagraph(previous, line)) {
                current.append(joiner(current, text)).append(text);
                paragraphs.set(paragraphs.size() - 1, current.toString());
            } else {
                current = new StringBuilder(text);
                paragraphs.add(text);
            }
            previous = line;
        }
        paragraphs.removeIf(p -> p.isBlank() || isFormNote(p));
        return paragraphs;
    }

    private static void addParagraph(List<String> paragraphs, String text) {
        if (!text.isBlank()) {
            paragraphs.add(text.strip());
        }
    }

    private static boolean isFormNote(String paragraph) {
        String p = Labels.normalize(paragraph);
        return p.length() > 5 && p.startsWith("(") && p.endsWith(")") && p.indexOf(')') == p.length() - 1;
    }

    private boolean startsParagraph(Line previous, Line line) {
        if (previous == null) {
            return true;
        }
        float[] m = margins(line.page());
        float[] pm = margins(previous.page());
        float em = Math.max(line.size(), 1);
        boolean indented = first(line).x0() > m[0] + 0.9f * em;
        boolean previousShort = last(previous).x1() < pm[1] - 1.5f * em;
        return indented || previousShort;
    }

    /** The left and right edges of the prose on a page: where its long lines start and end. */
    private float[] margins(int page) {
        return margins.computeIfAbsent(page, p -> {
            float left = Float.MAX_VALUE;
            float right = 0;
            for (Line l : lines) {
                if (l.kind() == Kind.PRINTED && l.page() == p && l.text().length() >= 15) {
                    left = Math.min(left, first(l).x0());
                    right = Math.max(right, last(l).x1());
                }
            }
            return left == Float.MAX_VALUE ? new float[] {0, Float.MAX_VALUE} : new float[] {left, right};
        });
    }

    private static Cell first(Line line) {
        return line.cells().get(0);
    }

    private static Cell last(Line line) {
        return line.cells().get(line.cells().size() - 1);
    }

    /** A printed line's text: its pieces joined, with a space only between two Latin words or numbers. */
    private static String printedText(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Cell c : line.cells()) {
            String t = c.text().strip();
            sb.append(joiner(sb, t)).append(t);
        }
        return sb.toString();
    }

    private static String joiner(CharSequence before, String next) {
        if (before.length() == 0 || next.isEmpty()) {
            return "";
        }
        char a = before.charAt(before.length() - 1);
        char b = next.charAt(0);
        return a < 128 && Character.isLetterOrDigit(a) && b < 128 && Character.isLetterOrDigit(b) ? " " : "";
    }
}
