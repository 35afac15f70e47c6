package org.ogireport.format;

import java.util.List;

/**
 * One row or one column of a table grid.
 *
 * @param key       the part of the cell key it contributes (e.g. {@code r3_3_4}, {@code np}); null for the single
 *                  unnamed row of table 四
 * @param path      the labels from the outermost merged level to this row or column, exactly as printed
 * @param shortName the name used in messages (e.g. 本年新收)
 * @param hint      the meaning of the category, shown as a tooltip; null when there is none
 * @param kind      what the cells of this column hold (meaningful for columns only)
 */
public record Header(String key, List<String> path, String shortName, String hint, ValueKind kind) {

    public Header {
        path = List.copyOf(path);
    }

    /** The innermost label, as printed in the cell next to the numbers. */
    public String label() {
        return path.isEmpty() ? "" : path.get(path.size() - 1);
    }
}
