package org.ogireport.format;

import java.util.List;

/**
 * One of the six sections of the report.
 *
 * @param key     {@code s1} … {@code s6}
 * @param heading the heading exactly as printed (一、总体情况)
 * @param tableId the table printed in it ({@code t2}, {@code t3}, {@code t4}) or null
 * @param texts   its prose fields
 * @param numbers its number fields
 */
public record Section(String key, String heading, String tableId, List<TextField> texts, List<NumberField> numbers) {

    public Section {
        texts = List.copyOf(texts);
        numbers = List.copyOf(numbers);
    }
}
