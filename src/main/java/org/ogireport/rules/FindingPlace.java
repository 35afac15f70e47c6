package org.ogireport.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;

/** Where a finding is: the section it belongs to, for grouping findings as the report is read, and in words. */
public final class FindingPlace {

    /** The key of findings that point at no section (e.g. “no report of last year”). */
    public static final String GENERAL = SectionKey.PREAMBLE.key();

    private FindingPlace() {
    }

    /** The key of the section ({@code s1} … {@code s6}) the finding's first cell or text is in. */
    public static String sectionKey(FormatCatalog catalog, Finding finding) {
        return finding.cells().isEmpty() ? GENERAL : sectionOf(catalog, finding.cells().get(0));
    }

    /** The section a cell, text or number key belongs to ({@link #GENERAL} for the preamble or an unknown key). */
    public static String sectionOf(FormatCatalog catalog, String key) {
        return catalog.cell(key).map(c -> catalog.table(c.tableId()).sectionKey())
                .or(() -> catalog.text(key).map(TextField::sectionKey))
                .or(() -> catalog.number(key).map(NumberField::sectionKey))
                .orElse(GENERAL);
    }

    /**
     * The findings by section in the report's order (general findings first); sections without findings are left
     * out, and the findings keep their order within a section.
     */
    public static Map<String, List<Finding>> bySection(FormatCatalog catalog, List<Finding> findings) {
        Map<String, List<Finding>> all = new LinkedHashMap<>();
        all.put(GENERAL, new ArrayList<>());
        catalog.sections().forEach(s -> all.put(s.key(), new ArrayList<>()));
        findings.forEach(f -> all.computeIfAbsent(sectionKey(catalog, f), k -> new ArrayList<>()).add(f));
        all.values().removeIf(List::isEmpty);
        return all;
    }

    /** The heading of a section as printed, or 总体 for the general findings. */
    public static String heading(FormatCatalog catalog, String sectionKey) {
        return catalog.sections().stream().filter(s -> s.key().equals(sectionKey)).map(Section::heading)
                .findFirst().orElse(Messages.get("rule.general"));
    }

    /** Where a finding is, in words: its first cell or text field, e.g. 表三「本年新收」行「总计」列. */
    public static String describe(FormatCatalog catalog, Finding finding) {
        return finding.cells().isEmpty() ? heading(catalog, GENERAL) : describe(catalog, finding.cells().get(0));
    }

    /** A cell key, text key or number key in words. */
    public static String describe(FormatCatalog catalog, String key) {
        Optional<String> cell = catalog.cell(key).map(c -> CellInput.place(catalog, c));
        if (cell.isPresent()) {
            return cell.get();
        }
        Optional<TextField> text = catalog.text(key);
        if (text.isPresent()) {
            TextField t = text.get();
            String name = t.heading() != null ? t.heading() : t.label();
            return t.sectionKey().equals(GENERAL) ? name
                    : Messages.get("rule.placeText", heading(catalog, t.sectionKey()), name);
        }
        Optional<NumberField> number = catalog.number(key);
        return number.map(n -> Messages.get("rule.placeText", heading(catalog, n.sectionKey()), n.label())).orElse(key);
    }
}
