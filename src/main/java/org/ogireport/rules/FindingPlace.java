package org.ogireport.rules;

import org.ogireport.format.FormatCatalog;

/** Which section of the report a finding belongs to, for grouping findings as the report is read. */
public final class FindingPlace {

    private FindingPlace() {
    }

    /** The key of the section ({@code s1} … {@code s6}) the finding's first cell or text is in. */
    public static String sectionKey(FormatCatalog catalog, Finding finding) {
        if (finding.cells().isEmpty()) {
            return "s0";
        }
        String first = finding.cells().get(0);
        return catalog.cell(first).map(c -> catalog.table(c.tableId()).sectionKey())
                .orElse(first.contains(".") ? first.substring(0, first.indexOf('.')) : "s0");
    }
}
