package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.io.read.Doc.Line;

/**
 * Where a document's sections are: the heading of each of the six sections it prints (by the headings of either
 * format version, in the catalog's order), and the lines under each.
 */
final class Outline {

    /**
     * A section's heading as found.
     *
     * @param section the section
     * @param line    the index of its line in the document
     * @param rest    the text after the heading on the same line ("" when none): a heading run into its text
     */
    record Heading(SectionKey section, int line, String rest) {
    }

    private final List<Line> lines;
    private final int start;
    private final List<Heading> headings;

    private Outline(List<Line> lines, int start, List<Heading> headings) {
        this.lines = lines;
        this.start = start;
        this.headings = List.copyOf(headings);
    }

    /**
     * Finds the headings in a document's lines, each after the one before it.
     *
     * @param start the first line after the title (0 when there is none)
     */
    static Outline find(List<Line> lines, int start) {
        List<Heading> found = new ArrayList<>();
        int from = start;
        for (Section section : FormatCatalog.of(FormatVersion.V2021).sections()) {
            for (int i = from; i < lines.size(); i++) {
                String rest = headingAt(lines.get(i), section.id());
                if (rest != null) {
                    found.add(new Heading(section.id(), i, rest));
                    from = i + 1;
                    break;
                }
            }
        }
        return new Outline(lines, start, found);
    }

    /** Whether a line is the heading of a section (in any format version); the text after it, or null. */
    private static String headingAt(Line line, SectionKey section) {
        String text = line.text();
        if (text.isEmpty()) {
            return null;
        }
        for (FormatVersion v : FormatVersion.values()) {
            String rest = Headings.after(text.replaceFirst("^#+\\s*", ""), FormatCatalog.of(v).section(section)
                    .heading());
            if (rest != null) {
                return rest;
            }
        }
        return null;
    }

    /** The headings found, in order. */
    List<Heading> headings() {
        return headings;
    }

    Optional<Heading> heading(SectionKey section) {
        return headings.stream().filter(h -> h.section() == section).findFirst();
    }

    /** The lines of a section: after its heading up to the next heading found (empty when it has none). */
    List<Line> region(SectionKey section) {
        for (int h = 0; h < headings.size(); h++) {
            if (headings.get(h).section() == section) {
                int end = h + 1 < headings.size() ? headings.get(h + 1).line() : lines.size();
                return lines.subList(headings.get(h).line() + 1, end);
            }
        }
        return List.of();
    }

    /** The lines between the title and the first heading: the preamble. */
    List<Line> preamble() {
        int first = headings.isEmpty() ? lines.size() : headings.get(0).line();
        return lines.subList(Math.min(start, first), first);
    }
}
