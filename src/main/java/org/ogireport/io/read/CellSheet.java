package org.ogireport.io.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Derivation;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.TableSpec;
import org.ogireport.model.CellInput;
import org.ogireport.model.Report;

/**
 * What a document says about each cell of the tables: a value, blank (printed empty or "/"), unreadable (something
 * that is not a number), or missing (the row, column or table is not in the document). Blank cells stay "not
 * filled" for the rules to flag; unreadable and missing ones are what the import could not read.
 */
final class CellSheet {

    enum State { READ, BLANK, UNREADABLE, MISSING }

    private final FormatCatalog catalog;
    private final Map<String, State> states = new LinkedHashMap<>();
    private final Map<String, BigDecimal> values = new LinkedHashMap<>();
    private final Map<String, String> errors = new LinkedHashMap<>();

    CellSheet(FormatCatalog catalog) {
        this.catalog = catalog;
        for (CellSpec c : catalog.cells()) {
            states.put(c.key(), State.MISSING);
        }
    }

    FormatCatalog catalog() {
        return catalog;
    }

    State state(String key) {
        return states.get(key);
    }

    BigDecimal value(String key) {
        return values.get(key);
    }

    /** Records the text printed in a cell; what is not a number the cell can hold is kept with the reason. */
    void put(CellSpec cell, String text) {
        CellInput.Parsed parsed = CellText.parse(text, cell);
        if (!parsed.isValid()) {
            states.put(cell.key(), State.UNREADABLE);
            errors.put(cell.key(), parsed.error());
        } else if (parsed.isEmpty()) {
            states.put(cell.key(), State.BLANK);
        } else {
            set(cell.key(), parsed.value());
        }
    }

    /** Why each cell that still holds no number could not be read, in catalog order. */
    Map<String, String> errors() {
        Map<String, String> open = new LinkedHashMap<>();
        errors.forEach((key, error) -> {
            if (isUnknown(key)) {
                open.put(key, error);
            }
        });
        return open;
    }

    void set(String key, BigDecimal value) {
        states.put(key, State.READ);
        values.put(key, value);
    }

    void markUnreadable(String key) {
        states.put(key, State.UNREADABLE);
    }

    /**
     * Fills what the tables' own sums prove: every count is ≥ 0, so the terms of a total printed as 0 are 0. Only
     * cells that could not be read are filled, never a blank one.
     *
     * @return the cells filled, in catalog order
     */
    List<String> deduceZeros() {
        List<String> filled = new ArrayList<>();
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Derivation d : derivations()) {
                BigDecimal total = values.get(d.target());
                if (states.get(d.target()) != State.READ || total.signum() != 0) {
                    continue;
                }
                for (String term : d.terms()) {
                    if (isUnknown(term)) {
                        set(term, BigDecimal.ZERO);
                        filled.add(term);
                        changed = true;
                    }
                }
            }
        }
        return filled;
    }

    /**
     * Computes the totals the document lost (a web page copied without its 总计 column) from their terms, when
     * every term was read.
     *
     * @return the cells computed, in catalog order
     */
    List<String> computeMissingTotals() {
        List<String> computed = new ArrayList<>();
        for (Derivation d : derivations()) {
            if (states.get(d.target()) != State.MISSING
                    || !d.terms().stream().allMatch(t -> states.get(t) == State.READ)) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (String t : d.terms()) {
                sum = sum.add(values.get(t));
            }
            set(d.target(), sum);
            computed.add(d.target());
        }
        return computed;
    }

    private List<Derivation> derivations() {
        List<Derivation> all = new ArrayList<>();
        for (TableSpec t : catalog.tables()) {
            all.addAll(t.derivations());
        }
        return all;
    }

    private boolean isUnknown(String key) {
        State s = states.get(key);
        return s == State.UNREADABLE || s == State.MISSING;
    }

    /** The keys of every cell the document did not give (unreadable or missing). */
    List<String> notFound() {
        return states.entrySet().stream().filter(e -> isUnknown(e.getKey())).map(Map.Entry::getKey).toList();
    }

    /** Writes the values read into a report (which keeps them as published). */
    void writeTo(Report report) {
        values.forEach(report::setValue);
    }
}
