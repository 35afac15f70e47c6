package org.ogireport.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Derivation;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TableSpec;

/**
 * One organ's report for one year: the cells of tables 二/三/四, the prose by text key, the number fields and the
 * clerk's explanations of warnings. A cell that is not filled is absent, which is different from 0. It also holds
 * how the organ signs and sets it: the 成文日期 and the style of the topic headings.
 *
 * <p>In {@link ValueMode#COMPUTED} (a draft) the derived cells are recomputed on every change and cannot be set;
 * in {@link ValueMode#AS_PUBLISHED} every cell keeps the value it was given.
 */
public final class Report {

    public static final int MIN_YEAR = 2008;
    public static final int MAX_YEAR = 2100;

    private final FormatCatalog catalog;
    private final int year;
    private Organ organ;
    private ValueMode mode;
    private final Map<String, Long> counts = new LinkedHashMap<>();
    private final Map<String, BigDecimal> amounts = new LinkedHashMap<>();
    private final Map<String, String> texts = new LinkedHashMap<>();
    private final Map<String, BigDecimal> numbers = new LinkedHashMap<>();
    private final Map<String, String> explanations = new TreeMap<>();
    private Scope scope = Scope.OWN;
    private List<Component> components = List.of();
    private LocalDate dated;
    private HeadingStyle headingStyle = HeadingStyle.OWN_LINE;

    public Report(FormatVersion version, Organ organ, int year, ValueMode mode) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " outside " + MIN_YEAR + "–" + MAX_YEAR);
        }
        this.catalog = FormatCatalog.of(Objects.requireNonNull(version, "version"));
        this.organ = Objects.requireNonNull(organ, "organ");
        this.year = year;
        this.mode = Objects.requireNonNull(mode, "mode");
    }

    /** A new, empty draft in the format of its year. */
    public static Report newDraft(Organ organ, int year) {
        return new Report(FormatVersion.forYear(year), organ, year, ValueMode.COMPUTED);
    }

    public FormatCatalog catalog() {
        return catalog;
    }

    public FormatVersion formatVersion() {
        return catalog.version();
    }

    public Organ organ() {
        return organ;
    }

    public void setOrgan(Organ organ) {
        this.organ = Objects.requireNonNull(organ, "organ");
    }

    public int year() {
        return year;
    }

    public ValueMode mode() {
        return mode;
    }

    /** Switches the mode; switching to {@link ValueMode#COMPUTED} recomputes every derived cell. */
    public void setMode(ValueMode mode) {
        this.mode = Objects.requireNonNull(mode, "mode");
        if (mode == ValueMode.COMPUTED) {
            catalog.tables().forEach(this::recompute);
        }
    }

    // ---- cells ----------------------------------------------------------------------------------------------

    public boolean isFilled(String cellKey) {
        return counts.containsKey(cellKey) || amounts.containsKey(cellKey);
    }

    /** The count in an integer cell, or null when it is not filled. */
    public Long count(String cellKey) {
        requireKind(cellKey, true);
        return counts.get(cellKey);
    }

    /** The amount in a decimal cell, or null when it is not filled. */
    public BigDecimal amount(String cellKey) {
        requireKind(cellKey, false);
        return amounts.get(cellKey);
    }

    /** The value of any cell as a decimal, or null when it is not filled. */
    public BigDecimal value(String cellKey) {
        if (spec(cellKey).kind().isInteger()) {
            Long c = counts.get(cellKey);
            return c == null ? null : BigDecimal.valueOf(c);
        }
        return amounts.get(cellKey);
    }

    /** Sets an integer cell; null empties it. */
    public void setCount(String cellKey, Long value) {
        CellSpec spec = requireKind(cellKey, true);
        requireWritable(spec);
        Long before = counts.get(cellKey);
        putOrRemove(counts, cellKey, value);
        try {
            recompute(catalog.table(spec.tableId()));
        } catch (ArithmeticException e) {
            putOrRemove(counts, cellKey, before);
            recompute(catalog.table(spec.tableId()));
            throw new IllegalArgumentException("sum overflows 64 bits with " + cellKey + " = " + value, e);
        }
    }

    /** Sets a decimal cell; null empties it. */
    public void setAmount(String cellKey, BigDecimal value) {
        CellSpec spec = requireKind(cellKey, false);
        requireWritable(spec);
        putOrRemove(amounts, cellKey, value);
    }

    /** Sets any cell from a decimal (which must be integral for an integer cell); null empties it. */
    public void setValue(String cellKey, BigDecimal value) {
        if (spec(cellKey).kind().isInteger()) {
            setCount(cellKey, value == null ? null : value.longValueExact());
        } else {
            setAmount(cellKey, value);
        }
    }

    /** Empties a cell. */
    public void clear(String cellKey) {
        setValue(cellKey, null);
    }

    private CellSpec spec(String cellKey) {
        return catalog.cell(cellKey).orElseThrow(() -> new IllegalArgumentException(
                "no cell " + cellKey + " in format " + catalog.version().id()));
    }

    private CellSpec requireKind(String cellKey, boolean integer) {
        CellSpec spec = spec(cellKey);
        if (spec.kind().isInteger() != integer) {
            throw new IllegalArgumentException(cellKey + " holds " + spec.kind());
        }
        return spec;
    }

    private void requireWritable(CellSpec spec) {
        if (mode == ValueMode.COMPUTED && spec.isDerived()) {
            throw new IllegalArgumentException(spec.key() + " is computed in a draft");
        }
    }

    /** In a draft, recomputes the derived cells of a table; a total of only empty cells stays empty. */
    private void recompute(TableSpec table) {
        if (mode != ValueMode.COMPUTED) {
            return;
        }
        for (Derivation d : table.derivations()) {
            putOrRemove(counts, d.target(), sumOf(d));
        }
    }

    /** The sum of a derivation's filled terms, or null when none is filled; throws on 64-bit overflow. */
    private Long sumOf(Derivation d) {
        Long sum = null;
        for (String term : d.terms()) {
            Long v = counts.get(term);
            if (v != null) {
                sum = sum == null ? v : Math.addExact(sum, v);
            }
        }
        return sum;
    }

    /**
     * The derived cells whose value differs from the sum of their terms (a total of only empty terms is empty), in
     * catalog order. Always empty in a draft.
     */
    public List<String> derivedMismatches() {
        List<String> keys = new ArrayList<>();
        for (TableSpec table : catalog.tables()) {
            for (Derivation d : table.derivations()) {
                Long sum;
                try {
                    sum = sumOf(d);
                } catch (ArithmeticException overflow) {
                    sum = null;
                }
                if (!Objects.equals(sum, counts.get(d.target()))) {
                    keys.add(d.target());
                }
            }
        }
        return keys;
    }

    private static <V> void putOrRemove(Map<String, V> map, String key, V value) {
        if (value == null) {
            map.remove(key);
        } else {
            map.put(key, value);
        }
    }

    // ---- prose, numbers, explanations ------------------------------------------------------------------------

    /** The text of a prose field, or "" when it is empty. */
    public String text(String textKey) {
        requireText(textKey);
        return texts.getOrDefault(textKey, "");
    }

    /** Sets a prose field; null or blank empties it. */
    public void setText(String textKey, String text) {
        requireText(textKey);
        putOrRemove(texts, textKey, text == null || text.isBlank() ? null : text);
    }

    /** The non-empty prose fields, in the order they were set. */
    public Map<String, String> texts() {
        return Collections.unmodifiableMap(texts);
    }

    private void requireText(String textKey) {
        if (catalog.text(textKey).isEmpty()) {
            throw new IllegalArgumentException("no text field " + textKey);
        }
    }

    /** A number field (the 信息处理费 in 元), or null when not filled. */
    public BigDecimal number(String key) {
        requireNumber(key);
        return numbers.get(key);
    }

    public void setNumber(String key, BigDecimal value) {
        requireNumber(key);
        putOrRemove(numbers, key, value);
    }

    public Map<String, BigDecimal> numbers() {
        return Collections.unmodifiableMap(numbers);
    }

    private void requireNumber(String key) {
        if (catalog.number(key).isEmpty()) {
            throw new IllegalArgumentException("no number field " + key);
        }
    }

    /** The clerk's written explanations (出错说明) of warnings, by finding id. */
    public Map<String, String> explanations() {
        return Collections.unmodifiableMap(explanations);
    }

    public String explanation(String findingId) {
        return explanations.get(findingId);
    }

    /** Records or (with null or blank) removes the explanation of a finding. */
    public void setExplanation(String findingId, String text) {
        putOrRemove(explanations, Objects.requireNonNull(findingId), text == null || text.isBlank() ? null : text);
    }

    // ---- scope ----------------------------------------------------------------------------------------------

    /** Whose figures the report holds: the organ's own, or the aggregate of the units it sums. */
    public Scope scope() {
        return scope;
    }

    public void setScope(Scope scope) {
        this.scope = Objects.requireNonNull(scope, "scope");
    }

    /** The reports an aggregate summed (empty for an own report, and for an aggregate not yet summed). */
    public List<Component> components() {
        return components;
    }

    public void setComponents(List<Component> components) {
        this.components = List.copyOf(components);
    }

    // ---- how it is signed and set ------------------------------------------------------------------------------

    /** The 成文日期 printed under the organ's name, or null when the report is dated the day it is exported. */
    public LocalDate dated() {
        return dated;
    }

    /** Sets the 成文日期; null dates the report the day it is exported. */
    public void setDated(LocalDate dated) {
        this.dated = dated;
    }

    public HeadingStyle headingStyle() {
        return headingStyle;
    }

    public void setHeadingStyle(HeadingStyle headingStyle) {
        this.headingStyle = Objects.requireNonNull(headingStyle, "headingStyle");
    }

    // ---- whole report ---------------------------------------------------------------------------------------

    /** A deep copy. */
    public Report copy() {
        return copyAs(organ, year);
    }

    /** A deep copy filed under another organ or year (an import told whose report it is). */
    public Report copyAs(Organ organ, int year) {
        Report r = new Report(catalog.version(), organ, year, mode);
        r.counts.putAll(counts);
        r.amounts.putAll(amounts);
        r.texts.putAll(texts);
        r.numbers.putAll(numbers);
        r.explanations.putAll(explanations);
        r.scope = scope;
        r.components = components;
        r.dated = dated;
        r.headingStyle = headingStyle;
        return r;
    }

    /** True when the report holds no cell, text or number. */
    public boolean isEmpty() {
        return counts.isEmpty() && amounts.isEmpty() && texts.isEmpty() && numbers.isEmpty();
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Report r)) {
            return false;
        }
        return year == r.year && catalog == r.catalog && organ.equals(r.organ) && mode == r.mode
                && counts.equals(r.counts) && amounts.equals(r.amounts) && texts.equals(r.texts)
                && numbers.equals(r.numbers) && explanations.equals(r.explanations) && scope == r.scope
                && components.equals(r.components) && Objects.equals(dated, r.dated)
                && headingStyle == r.headingStyle;
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, catalog.version(), organ, mode, scope, counts, amounts, texts, numbers);
    }

    @Override
    public String toString() {
        return "Report[" + organ.name() + " " + year + " " + scope.id() + " " + catalog.version().id() + " " + mode
                + ", " + (counts.size() + amounts.size()) + " cells, " + texts.size() + " texts]";
    }
}
