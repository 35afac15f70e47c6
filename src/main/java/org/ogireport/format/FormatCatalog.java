package org.ogireport.format;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The official format as data: sections, prose fields, tables, labels, cell keys and derived cells, one catalog per
 * format version (spec §2–§5, §7). Every other part of the app reads the format from here; a label is typed once,
 * in {@link OfficialFormat}.
 */
public final class FormatCatalog {

    private static final Map<FormatVersion, FormatCatalog> CATALOGS = new EnumMap<>(FormatVersion.class);

    static {
        for (FormatVersion v : FormatVersion.values()) {
            CATALOGS.put(v, OfficialFormat.build(v));
        }
    }

    private final FormatVersion version;
    private final FormatNotice notice;
    private final List<Section> sections;
    private final PublishedTable published;
    private final ApplicationsTable applications;
    private final ReviewsTable reviews;
    private final List<TableSpec> tables;
    private final List<TextField> texts;
    private final List<NumberField> numbers;
    private final Map<String, CellSpec> cells;
    private final List<String> keyTotals;
    private final Map<String, TextField> textsByKey = new LinkedHashMap<>();
    private final Map<String, NumberField> numbersByKey = new LinkedHashMap<>();

    FormatCatalog(FormatVersion version, FormatNotice notice, List<Section> sections, List<TextField> preambleTexts,
                  PublishedTable published, ApplicationsTable applications, ReviewsTable reviews) {
        this.version = version;
        this.notice = notice;
        this.sections = List.copyOf(sections);
        this.published = published;
        this.applications = applications;
        this.reviews = reviews;
        this.tables = List.of(published.spec(), applications.spec(), reviews.spec());
        List<TextField> allTexts = new ArrayList<>(preambleTexts);
        List<NumberField> allNumbers = new ArrayList<>();
        for (Section s : sections) {
            allTexts.addAll(s.texts());
            allNumbers.addAll(s.numbers());
        }
        this.texts = List.copyOf(allTexts);
        this.numbers = List.copyOf(allNumbers);
        texts.forEach(t -> textsByKey.put(t.key(), t));
        numbers.forEach(n -> numbersByKey.put(n.key(), n));

        Map<String, CellSpec> byKey = new LinkedHashMap<>();
        for (TableSpec table : tables) {
            Map<String, Derivation> derivedBy = new LinkedHashMap<>();
            table.derivations().forEach(d -> derivedBy.put(d.target(), d));
            for (Grid grid : table.grids()) {
                for (Header row : grid.rows()) {
                    for (Header col : grid.columns()) {
                        String key = grid.cellKey(row, col);
                        if (byKey.put(key, new CellSpec(key, grid, row, col, derivedBy.get(key))) != null) {
                            throw new IllegalStateException("duplicate cell key " + key);
                        }
                    }
                }
            }
        }
        this.cells = Collections.unmodifiableMap(byKey);

        List<String> totals = new ArrayList<>();
        Grid t3 = applications.grid();
        totals.add(t3.cellKey(applications.received(), applications.total()));
        totals.add(t3.cellKey(applications.concluded(), applications.total()));
        totals.addAll(published.keyDecisions());
        reviews.groups().forEach(g -> totals.add(reviews.cellKey(g.total())));
        this.keyTotals = List.copyOf(totals);
    }

    public static FormatCatalog of(FormatVersion version) {
        return CATALOGS.get(version);
    }

    public FormatVersion version() {
        return version;
    }

    /** What the notice that issued this format asks of the prose (the topics and the length of 一). */
    public FormatNotice notice() {
        return notice;
    }

    /**
     * The key totals that spec §6's Y-04 follows from year to year, in print order: table 三's 本年新收 and 办理结果总计
     * (their 总计 column), table 二's decisions on 行政许可 and 行政处罚, and table 四's three totals.
     */
    public List<String> keyTotals() {
        return keyTotals;
    }

    /** The six sections in print order. */
    public List<Section> sections() {
        return sections;
    }

    public Section section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no section " + key));
    }

    public Section section(SectionKey key) {
        return section(key.key());
    }

    /** Tables 二, 三, 四 in print order. */
    public List<TableSpec> tables() {
        return tables;
    }

    public TableSpec table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no table " + id));
    }

    public TableSpec table(TableId id) {
        return tables.stream().filter(t -> t.table() == id).findFirst().orElseThrow();
    }

    /** Table 二 by the roles of its rows and columns. */
    public PublishedTable published() {
        return published;
    }

    /** Table 三 by the roles of its rows and columns. */
    public ApplicationsTable applications() {
        return applications;
    }

    /** Table 四 by its groups. */
    public ReviewsTable reviews() {
        return reviews;
    }

    /** Every cell of every table, in print order. */
    public Iterable<CellSpec> cells() {
        return cells.values();
    }

    public int cellCount() {
        return cells.size();
    }

    public Optional<CellSpec> cell(String key) {
        return Optional.ofNullable(cells.get(key));
    }

    public boolean isCell(String key) {
        return cells.containsKey(key);
    }

    /** The cells of one table in print order. */
    public List<CellSpec> cellsOf(String tableId) {
        return cells.values().stream().filter(c -> c.tableId().equals(tableId)).toList();
    }

    /** The cells of one table in print order. */
    public List<CellSpec> cellsOf(TableId table) {
        return cells.values().stream().filter(c -> c.table() == table).toList();
    }

    /** Every prose field, the preamble first, in print order. */
    public List<TextField> texts() {
        return texts;
    }

    public Optional<TextField> text(String key) {
        return Optional.ofNullable(textsByKey.get(key));
    }

    /** A prose field (every format version has them all). */
    public TextField text(TextKey key) {
        return textsByKey.get(key.key());
    }

    /** The number fields of the prose sections (the 信息处理费). */
    public List<NumberField> numbers() {
        return numbers;
    }

    public Optional<NumberField> number(String key) {
        return Optional.ofNullable(numbersByKey.get(key));
    }

    /** A number field (every format version has them all). */
    public NumberField number(NumberKey key) {
        return numbersByKey.get(key.key());
    }

    /** The title of a report: {@code <organ full name><YYYY>年政府信息公开工作年度报告}. */
    public String title(String organName, int year) {
        return organName + year + OfficialFormat.TITLE_SUFFIX;
    }
}
