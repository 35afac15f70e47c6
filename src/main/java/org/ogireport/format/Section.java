package org.ogireport.format;

import java.util.List;

/**
 * One of the six sections of the report.
 *
 * @param id      which section it is
 * @param heading the heading exactly as printed (一、总体情况)
 * @param table   the table printed in it, or null
 * @param texts   its prose fields
 * @param numbers its number fields
 */
public record Section(SectionKey id, String heading, TableId table, List<TextField> texts, List<NumberField> numbers) {

    public Section {
        texts = List.copyOf(texts);
        numbers = List.copyOf(numbers);
    }

    /** {@code s1} … {@code s6}. */
    public String key() {
        return id.key();
    }

    /** The id of the table printed in it ({@code t2}, {@code t3}, {@code t4}), or null. */
    public String tableId() {
        return table == null ? null : table.key();
    }
}
