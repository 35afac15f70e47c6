package org.ogireport.format;

import java.util.List;

/**
 * A prose field of the report.
 *
 * @param id       which field it is
 * @param section  the section it belongs to (the preamble's is {@link SectionKey#PREAMBLE})
 * @param label    what the field is called on screen
 * @param heading  the sub-heading printed above it (（一）主动公开情况), or null when none is printed
 * @param variants how real reports print it otherwise, learnt from them: for a sub-heading, other words after its
 *                 number (（四）平台载体建设方面); for a text without a heading of its own, the words with which
 *                 reports turn to it (五's measures: 下一步, 我们将采取以下措施加以改进)
 */
public record TextField(TextKey id, SectionKey section, String label, String heading, List<String> variants) {

    public TextField {
        variants = List.copyOf(variants);
    }

    /** A field that real reports print only as the official format does. */
    public TextField(TextKey id, SectionKey section, String label, String heading) {
        this(id, section, label, heading, List.of());
    }

    /** The stable text key of spec §2 (e.g. {@code s1.active}). */
    public String key() {
        return id.key();
    }

    /** The section it belongs to ({@code s0} for the preamble before 一). */
    public String sectionKey() {
        return section.key();
    }
}
