package org.ogireport.format;

/**
 * A prose field of the report.
 *
 * @param id      which field it is
 * @param section the section it belongs to (the preamble's is {@link SectionKey#PREAMBLE})
 * @param label   what the field is called on screen
 * @param heading the sub-heading printed above it (（一）主动公开情况), or null when none is printed
 */
public record TextField(TextKey id, SectionKey section, String label, String heading) {

    /** The stable text key of spec §2 (e.g. {@code s1.active}). */
    public String key() {
        return id.key();
    }

    /** The section it belongs to ({@code s0} for the preamble before 一). */
    public String sectionKey() {
        return section.key();
    }
}
