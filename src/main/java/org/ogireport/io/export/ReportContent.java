package org.ogireport.io.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ExportOptions;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Report;

/**
 * What a printed report says, in order, walked from the catalog: title, draft mark, preamble, the six sections
 * with their headings, prose and tables, and the closing organ name and 成文日期. The report's heading style decides
 * whether a topic heading takes a line of its own or runs into its first paragraph. The Word and HTML writers draw the
 * same content by receiving it as a {@link Sink}.
 */
public final class ReportContent {

    /** Receives the parts of a printed report in reading order. */
    public interface Sink {

        /**
         * The title, in two lines: the organ, then the year and the rest.
         *
         * @param bold whether the organ's heading style sets it bold ({@link HeadingStyle#RUN_IN})
         */
        void title(String organLine, String yearLine, boolean bold);

        /** A draft's line under the title: the 草稿 mark and the reason it is one. */
        void draftLine(String line);

        /** A section heading (level 1: 一、…) or a topic heading within a section (level 2: （一）…). */
        void heading(int level, String text);

        /** One paragraph of body text. */
        void paragraph(String text);

        /**
         * A topic heading run into its first paragraph, in the run-in heading style: the heading (with its 。) in
         * bold 楷体, then the text.
         */
        void runIn(String heading, String text);

        void table(TableLayout table);

        /** The organ's name and the date at the end, right-aligned. */
        void closing(String organ, String date);
    }

    private ReportContent() {
    }

    /** Walks a report into a sink. */
    public static void write(Report report, ExportOptions options, Sink sink) {
        FormatCatalog catalog = report.catalog();
        String organ = report.organ().name();
        String title = catalog.title(organ, report.year());
        boolean runIn = report.headingStyle() == HeadingStyle.RUN_IN;
        sink.title(organ, title.substring(organ.length()), runIn);
        if (options.isDraft()) {
            sink.draftLine(draftLine(options));
        }
        for (TextField t : catalog.texts()) {
            if (catalog.sections().stream().noneMatch(s -> s.key().equals(t.sectionKey()))) {
                paragraphs(report.text(t.key())).forEach(sink::paragraph);
            }
        }
        List<Section> sections = catalog.sections();
        for (Section section : sections) {
            sink.heading(1, section.heading());
            boolean written = false;
            for (TextField t : section.texts()) {
                List<String> paragraphs = paragraphs(report.text(t.key()));
                if (t.heading() != null && runIn && !paragraphs.isEmpty()) {
                    sink.runIn(Messages.get("export.doc.runIn", t.heading()), paragraphs.get(0));
                    paragraphs.subList(1, paragraphs.size()).forEach(sink::paragraph);
                } else {
                    if (t.heading() != null) {
                        sink.heading(2, t.heading());
                    }
                    paragraphs.forEach(sink::paragraph);
                }
                written |= !paragraphs.isEmpty();
            }
            if (section.tableId() != null) {
                sink.table(TableLayout.of(catalog.table(section.tableId()), report));
            } else if (!written && section == sections.get(sections.size() - 1)) {
                // Only 六 may say 无 (spec X-07); an unwritten 六 still reports the 信息处理费 it holds.
                sink.paragraph(noneOrFee(report, section));
            } else if (written) {
                // A fee the clerk entered but his text does not state still reaches the file.
                unstatedFee(report, section).ifPresent(sink::paragraph);
            }
        }
        sink.closing(organ, date(signed(report, options)));
    }

    private static String noneOrFee(Report report, Section section) {
        for (NumberField n : section.numbers()) {
            BigDecimal v = report.number(n.key());
            if (v != null && v.signum() > 0) {
                return Messages.get("export.doc.feeSentence", v);
            }
        }
        return Messages.get("export.doc.none");
    }

    private static java.util.Optional<String> unstatedFee(Report report, Section section) {
        String text = String.join("", section.texts().stream().map(t -> report.text(t.key())).toList());
        for (NumberField n : section.numbers()) {
            BigDecimal v = report.number(n.key());
            if (v != null && v.signum() > 0 && !text.contains(v.stripTrailingZeros().toPlainString())) {
                return java.util.Optional.of(Messages.get("export.doc.feeSentence", v.toPlainString()));
            }
        }
        return java.util.Optional.empty();
    }

    /** The 成文日期 printed under the organ's name: the report's own, or the day of the export. */
    public static LocalDate signed(Report report, ExportOptions options) {
        return report.dated() != null ? report.dated() : options.date();
    }

    /** The mark a draft carries on every page: 草稿. */
    public static String draftMark() {
        return Messages.get("export.doc.draftMark");
    }

    /** The line that says a file is a draft and why: 草稿：尚有 2 个错误未改正…. */
    public static String draftLine(ExportOptions options) {
        return Messages.get("export.doc.draftLine", draftMark(), options.draftNote());
    }

    /** The paragraphs of a prose field: one per line, blank lines dropped, the clerk's own indent removed. */
    private static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String p = line.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The width of a line of text in em: a Chinese character is one, a digit or Latin letter half of one. */
    public static double ems(String text) {
        long wide = text.chars().filter(ReportContent::isWide).count();
        return wide + (text.length() - wide) / 2.0;
    }

    /** Whether a character is set full width: Chinese characters and full-width punctuation. */
    public static boolean isWide(int c) {
        return c >= '\u2E80';
    }

    /** A date as a 公文 writes it: 2025年1月20日. */
    private static String date(LocalDate date) {
        return Messages.get("export.doc.date", date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    }
}
