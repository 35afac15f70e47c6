package org.ogireport.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.rules.Rule;
import org.ogireport.rules.RuleSet;
import org.ogireport.ui.KeysHelp;
import org.ogireport.ui.RuleWords;

/**
 * What the 填报说明 says, as data: its chapters are the cover and the sections of the format catalog, then the checks
 * and the keys. Headings, labels and the hints of the table's categories come from the catalog, the checks from the
 * rule set (its ids and {@link RuleWords}), the keys from {@link KeysHelp}; only the words under them (what goes
 * there, the official wording, an example) are texts of the guide's bundle, keyed by the catalog's keys. No JavaFX.
 */
final class GuideContent {

    /** The chapters of the checks and of the keys (the cover's is {@code s0}, a section's its key). */
    static final String RULES = "rules";
    static final String KEYS = "keys";

    /**
     * One block of the guide.
     *
     * @param chapterKey the chapter it is in: a section key, {@link #RULES} or {@link #KEYS}
     * @param chapter    the chapter's heading
     * @param heading    what the block is about
     * @param text       the block itself, in lines
     */
    record Entry(String chapterKey, String chapter, String heading, String text) {

        boolean matches(String query) {
            String q = query.strip().toLowerCase(Locale.ROOT);
            return q.isEmpty() || Stream.of(chapter, heading, text)
                    .anyMatch(s -> s.toLowerCase(Locale.ROOT).contains(q));
        }
    }

    private GuideContent() {
    }

    /** Every block of the guide for a format, in the order of the report. */
    static List<Entry> of(FormatCatalog catalog, List<KeysHelp.Group> keys) {
        List<Entry> out = new ArrayList<>();
        String cover = SectionKey.PREAMBLE.key();
        String coverTitle = Messages.get("ui.nav.cover");
        add(out, cover, coverTitle, Messages.get("guide.what"), text(cover, "what"));
        for (TextField t : catalog.texts()) {
            if (t.section() == SectionKey.PREAMBLE) {
                field(out, cover, coverTitle, t);
            }
        }
        List<Rule> rules = RuleSet.standard().rules();
        for (Section s : catalog.sections()) {
            String key = s.key();
            String title = s.heading();
            add(out, key, title, Messages.get("guide.what"), text(key, "what"));
            TableSpec table = s.tableId() == null ? null : catalog.table(s.tableId());
            add(out, key, title, Messages.get("guide.official"), official(key, table));
            s.texts().forEach(t -> field(out, key, title, t));
            for (NumberField n : s.numbers()) {
                add(out, key, title, n.label(), text(n.key(), "what"));
            }
            if (table != null) {
                add(out, key, title, Messages.get("guide.hints"), hints(table));
                // A table's checks are the rules named after it (T3-01 … for 表三).
                String prefix = table.id().toUpperCase(Locale.ROOT) + "-";
                add(out, key, title, Messages.get("guide.rules"), String.join("\n", rules.stream().map(Rule::id)
                        .filter(id -> id.startsWith(prefix)).map(RuleWords::of).toList()));
            }
        }
        String checks = Messages.get("guide.rulesChapter");
        add(out, RULES, checks, checks, Messages.get("check.note"));
        for (Rule r : rules) {
            add(out, RULES, checks, r.id(), Messages.get(RuleWords.PREFIX + r.id()));
        }
        String keysTitle = Messages.get("guide.keysChapter");
        for (KeysHelp.Group g : keys) {
            add(out, KEYS, keysTitle, g.title(), String.join("\n", g.entries().stream()
                    .map(e -> e.keys() + "\u3000" + e.what()).toList()));
        }
        return out;
    }

    /** The blocks that contain the words searched for, in the guide's order (all of them for none). */
    static List<Entry> matching(List<Entry> entries, String query) {
        return entries.stream().filter(e -> e.matches(query)).toList();
    }

    /** The headings of the chapters, by key, in order. */
    static List<Entry> chapters(List<Entry> entries) {
        List<Entry> firsts = new ArrayList<>();
        for (Entry e : entries) {
            if (firsts.stream().noneMatch(f -> f.chapterKey().equals(e.chapterKey()))) {
                firsts.add(e);
            }
        }
        return firsts;
    }

    /** A prose field: what goes in it, and an example. */
    private static void field(List<Entry> out, String chapterKey, String chapter, TextField t) {
        String name = t.heading() != null ? t.heading() : t.label();
        add(out, chapterKey, chapter, name, text(t.key(), "what"));
        String example = text(t.key(), "example");
        if (!example.isEmpty()) {
            add(out, chapterKey, chapter, Messages.get("guide.exampleOf", name), example);
        }
    }

    /**
     * The official wording: the guide's quote of 30号 for the section, and the note printed in a table without
     * block titles (表三's 勾稽关系), from the catalog.
     */
    private static String official(String sectionKey, TableSpec table) {
        List<String> lines = new ArrayList<>();
        String quoted = text(sectionKey, "official");
        if (!quoted.isEmpty()) {
            lines.add(quoted);
        }
        if (table != null) {
            table.grids().stream().filter(g -> g.title() == null).map(Grid::corner).filter(Objects::nonNull)
                    .forEach(lines::add);
        }
        return String.join("\n", lines);
    }

    /** The categories of a table that carry a hint, with it (三安全一稳定 …). */
    private static String hints(TableSpec table) {
        List<String> lines = new ArrayList<>();
        for (Grid g : table.grids()) {
            for (Header h : Stream.concat(g.rows().stream(), g.columns().stream()).toList()) {
                if (h.hint() != null) {
                    lines.add(Messages.get("guide.hint", h.shortName(), h.hint()));
                }
            }
        }
        return String.join("\n", lines);
    }

    /** A text of the guide for a catalog key, or "" when it has none. */
    private static String text(String key, String part) {
        String k = "guide." + key + "." + part;
        return Messages.bundle().containsKey(k) ? Messages.get(k) : "";
    }

    private static void add(List<Entry> out, String chapterKey, String chapter, String heading, String text) {
        if (!text.isEmpty()) {
            out.add(new Entry(chapterKey, chapter, heading, text));
        }
    }
}
