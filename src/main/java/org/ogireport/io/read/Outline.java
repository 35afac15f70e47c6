package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TableId;
import org.ogireport.format.TableSpec;
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
     * @param line    the index of its line in the document; for a section found by its table, its table's first row
     * @param rest    the text after the heading on the same line ("" when none): a heading run into its text
     * @param printed whether the document prints the heading; a workbook often has the tables only, found by the
     *                words of their headers
     */
    record Heading(SectionKey section, int line, String rest, boolean printed) {
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
     * Finds the headings in a document's lines, each after the one before it; then a table whose section has no
     * heading by the words of its header, between the sections around it.
     *
     * @param start the first line after the title (0 when there is none)
     */
    static Outline find(List<Line> lines, int start) {
        List<Heading> found = new ArrayList<>();
        int from = start;
        List<Section> sections = FormatCatalog.of(FormatVersion.V2021).sections();
        for (Section section : sections) {
            for (int i = from; i < lines.size(); i++) {
                String rest = headingAt(lines.get(i), section.id());
                if (rest != null) {
                    found.add(new Heading(section.id(), i, rest, true));
                    from = i + 1;
                    break;
                }
            }
        }
        from = start;
        for (Section section : sections) {
            Optional<Heading> printed = found.stream().filter(h -> h.section() == section.id()).findFirst();
            if (printed.isPresent()) {
                from = printed.get().line() + 1;
                continue;
            }
            if (section.table() == null) {
                continue;
            }
            int after = from;
            int until = found.stream().filter(h -> h.printed() && h.line() >= after).mapToInt(Heading::line).min()
                    .orElse(lines.size());
            int table = tableAt(lines, from, until, section.table());
            if (table >= 0) {
                found.add(new Heading(section.id(), table, "", false));
                from = table + 1;
            }
        }
        found.sort(Comparator.comparingInt(Heading::line));
        return new Outline(lines, start, found);
    }

    /**
     * The first table row between two lines that holds a header word only this table has (第二十条第（一）项,
     * 申请人情况, 行政复议 …), in either format version; -1 when none does.
     */
    private static int tableAt(List<Line> lines, int from, int until, TableId table) {
        Set<String> own = new HashSet<>();
        Set<String> others = new HashSet<>();
        for (FormatVersion v : FormatVersion.values()) {
            for (TableSpec t : FormatCatalog.of(v).tables()) {
                (t.table() == table ? own : others).addAll(TableReader.headers(t));
            }
        }
        own.removeAll(others);
        for (int i = from; i < until; i++) {
            Line line = lines.get(i);
            if (line.kind() == Doc.Kind.ROW
                    && line.cells().stream().anyMatch(c -> own.contains(Labels.normalize(c.text())))) {
                return i;
            }
        }
        return -1;
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
                Heading heading = headings.get(h);
                return lines.subList(heading.printed() ? heading.line() + 1 : heading.line(), end);
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
