package org.ogireport.format;

/**
 * A number reported in the prose sections rather than in a table (the 信息处理费 of 六, in 元).
 *
 * @param key        the stable key, e.g. {@code s6.fee_yuan}
 * @param sectionKey the section it belongs to
 * @param label      what the field is called on screen
 * @param kind       what it holds
 */
public record NumberField(String key, String sectionKey, String label, ValueKind kind) {
}
