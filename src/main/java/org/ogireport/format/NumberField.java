package org.ogireport.format;

/**
 * A number reported in the prose sections rather than in a table (the 信息处理费 of 六, in 元).
 *
 * @param id      which number it is
 * @param section the section it belongs to
 * @param label   what the field is called on screen
 * @param kind    what it holds
 */
public record NumberField(NumberKey id, SectionKey section, String label, ValueKind kind) {

    /** The stable key, e.g. {@code s6.fee_yuan}. */
    public String key() {
        return id.key();
    }

    /** The section it belongs to. */
    public String sectionKey() {
        return section.key();
    }
}
