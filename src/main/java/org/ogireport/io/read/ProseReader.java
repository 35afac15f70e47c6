package org.ogireport.io.read;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.TextField;
import org.ogireport.format.TextKey;
import org.ogireport.model.CellInput;
import org.ogireport.model.Report;

/**
 * Reads the prose of a document into a report's text keys: the preamble, 一 by its topic headings （一）…（五）, 五
 * split into problems and measures, and 六 with the 信息处理费 it states. A field the document does not give is
 * noted.
 */
final class ProseReader {

    /** How far into a sentence the words that turn to the measures may stand ("2025年，我们将加以改进"). */
    private static final int MEASURES_TURN = 16;
    /** A date as a report closes with it: 2025年1月20日, 二〇二五年一月二十日. */
    private static final Pattern DATE = Pattern.compile("[0-9〇○零一二三四五六七八九]{4}年[0-9一二三四五六七八九十]{1,2}月"
            + "[0-9一二三四五六七八九十]{1,3}日");

    private final Report report;
    private final FormatCatalog catalog;
    private final Paragraphs paragraphs;
    private final Notes notes;

    private ProseReader(Report report, Paragraphs paragraphs, Notes notes) {
        this.report = report;
        this.catalog = report.catalog();
        this.paragraphs = paragraphs;
        this.notes = notes;
    }

    /** Reads the prose of the sections an outline found into the report. */
    static void read(Report report, Outline outline, Paragraphs paragraphs, Notes notes) {
        new ProseReader(report, paragraphs, notes).read(outline);
    }

    private void read(Outline outline) {
        setText(catalog.text(TextKey.PREAMBLE), String.join("\n", paragraphs.of(outline.preamble(), "")));
        for (Section section : catalog.sections()) {
            if (section.texts().isEmpty()) {
                continue;
            }
            Optional<Outline.Heading> heading = outline.heading(section.id());
            if (heading.isEmpty()) {
                section.texts().forEach(t -> notes.notFound(t.key()));
                continue;
            }
            List<String> found = paragraphs.of(outline.region(section.id()), heading.get().rest());
            switch (section.id()) {
                case OVERVIEW -> readOverview(section, found);
                case PROBLEMS -> readProblems(section, found);
                default -> readOther(section, found);
            }
        }
    }

    /** 一: the lead paragraphs, then one text per topic heading （一）…（五）. */
    private void readOverview(Section section, List<String> found) {
        TextField current = catalog.text(TextKey.INTRO);
        Map<TextField, StringBuilder> texts = new HashMap<>();
        Set<TextField> headed = new LinkedHashSet<>();
        for (String p : found) {
            String rest = null;
            for (TextField topic : section.texts()) {
                if (topic.heading() != null && (rest = headingOf(p, topic)) != null) {
                    current = topic;
                    headed.add(topic);
                    break;
                }
            }
            append(texts, current, rest == null ? p : rest);
        }
        texts.forEach((field, text) -> setText(field, text.toString()));
        List<String> missing = new ArrayList<>();
        for (TextField topic : section.texts()) {
            if (topic.heading() != null && !headed.contains(topic)) {
                missing.add(topic.heading());
                notes.notFound(topic.key());
            }
        }
        if (!missing.isEmpty()) {
            notes.warn("import.topicsMissing", section.heading(), String.join("、", missing));
        }
    }

    /**
     * Whether a paragraph opens with a topic's heading, as the format prints it or as the catalog's variants do
     * (（四）平台载体建设方面); the text after it, or null.
     */
    private static String headingOf(String paragraph, TextField topic) {
        String rest = Headings.after(paragraph, topic.heading());
        String number = topic.heading().substring(0, topic.heading().indexOf('）') + 1);
        for (int v = 0; rest == null && v < topic.variants().size(); v++) {
            rest = Headings.after(paragraph, number + topic.variants().get(v));
        }
        return rest;
    }

    /** 五: the problems, then from a sentence that turns to what will be done (下一步 …), the measures. */
    private void readProblems(Section section, List<String> found) {
        TextField problems = catalog.text(TextKey.PROBLEMS);
        TextField measures = catalog.text(TextKey.MEASURES);
        for (int p = 0; p < found.size(); p++) {
            String text = found.get(p);
            for (int i = 0; i < text.length(); i = nextSentence(text, i)) {
                if ((p > 0 || i > 0) && startsMeasures(text.substring(i), measures)) {
                    List<String> before = new ArrayList<>(found.subList(0, p));
                    List<String> after = new ArrayList<>(found.subList(p + 1, found.size()));
                    if (i > 0) {
                        before.add(text.substring(0, i).strip());
                    }
                    after.add(0, text.substring(i).strip());
                    setText(problems, String.join("\n", before));
                    setText(measures, String.join("\n", after));
                    return;
                }
            }
        }
        setText(problems, String.join("\n", found));
        if (!found.isEmpty()) {
            notes.warn("import.measuresNotSplit", section.heading(), problems.label());
        }
    }

    private static int nextSentence(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '。' || c == '；' || c == ';') {
                return i + 1;
            }
        }
        return text.length();
    }

    /** Whether a sentence turns to the measures: the catalog's name for them or one of its variants, early on. */
    private static boolean startsMeasures(String sentence, TextField measures) {
        String head = sentence.strip();
        String start = head.substring(0, Math.min(head.length(), MEASURES_TURN));
        return start.contains(measures.label()) || measures.variants().stream().anyMatch(start::contains);
    }

    /**
     * 六 (and any other section of prose): its text; the 信息处理费 when it says how many 元. The last section ends
     * with the report's closing, the organ's name and the date, which are not its text.
     */
    private void readOther(Section section, List<String> found) {
        List<String> paragraphs = new ArrayList<>(found);
        if (section == catalog.sections().get(catalog.sections().size() - 1)) {
            String organ = Labels.normalize(report.organ().name());
            while (!paragraphs.isEmpty()) {
                String last = Labels.normalize(paragraphs.get(paragraphs.size() - 1));
                String date = last.startsWith(organ) ? last.substring(organ.length()) : last;
                if (!last.equals(organ) && !DATE.matcher(date).matches()) {
                    break;
                }
                paragraphs.remove(paragraphs.size() - 1);
            }
        }
        String text = String.join("\n", paragraphs);
        setText(section.texts().get(0), text);
        for (NumberField number : section.numbers()) {
            // "……信息处理费 3940 元": the field's name (its label without the unit in brackets), a number, 元.
            String name = number.label().replaceAll("（.*）", "");
            Matcher m = Pattern.compile(Pattern.quote(name) + "[^。；;\\d０-９]{0,15}?([0-9０-９][0-9０-９.．,，]*)\\s*元")
                    .matcher(text);
            BigDecimal amount = m.find() ? CellInput.parse(m.group(1), number.kind()).value() : null;
            if (amount != null) {
                report.setNumber(number.key(), amount);
            }
        }
    }

    private static void append(Map<TextField, StringBuilder> texts, TextField field, String text) {
        if (text.isBlank()) {
            return;
        }
        StringBuilder sb = texts.computeIfAbsent(field, f -> new StringBuilder());
        if (sb.length() > 0) {
            sb.append('\n');
        }
        sb.append(text.strip());
    }

    private void setText(TextField field, String text) {
        if (text != null && !text.isBlank()) {
            report.setText(field.key(), text.strip());
        }
    }
}
