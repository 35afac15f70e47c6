package org.ogireport.format;

/**
 * A prose field of the report.
 *
 * @param id      which field it is
 * @param label   what the field is called on screen
 * @param heading the sub-heading printed above it (（一）主动公开情况), or null when none is printed
 */
public record TextField(TextKey id, String label, String heading) {

    /** The stable text key of spec §2 (e.g. {@code s1.active}). */
    public String key() {
        return id.key();
    }

    /** The section it belongs to ({@code s0} for the preamble before 一). */
    public String sectionKey() {
        return id.section().key();
    }
}
