package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.SectionKey;
import org.ogireport.io.read.Doc.Line;
import org.ogireport.io.read.Outline.Heading;

/** Where a document's sections are: their headings in order, and the lines under each. */
class OutlineTest {

    private static final FormatCatalog CATALOG = FormatCatalog.of(FormatVersion.V2021);

    private static Line heading(SectionKey section) {
        return Line.paragraph(CATALOG.section(section).heading());
    }

    @Test
    void findsTheHeadingsInOrderAndGivesEachSectionItsLinesUpToTheNextHeadingFound() {
        List<Line> lines = List.of(
                Line.paragraph("根据条例，发布本报告。"),
                heading(SectionKey.OVERVIEW),
                Line.paragraph("总体的文字。"),
                Line.paragraph(CATALOG.section(SectionKey.PUBLISHED).heading() + "：见下表。"),
                Line.paragraph("表二"),
                Line.paragraph("表三，其标题没有印出"),
                heading(SectionKey.REVIEWS),
                Line.paragraph("表四"),
                Line.paragraph(FormatCatalog.of(FormatVersion.V2019).section(SectionKey.PROBLEMS).heading()),
                Line.paragraph("问题。"),
                heading(SectionKey.OTHER_MATTERS),
                Line.paragraph("无。"));

        Outline outline = Outline.find(lines, 0);

        assertThat(outline.headings()).extracting(Heading::section).containsExactly(SectionKey.OVERVIEW,
                SectionKey.PUBLISHED, SectionKey.REVIEWS, SectionKey.PROBLEMS, SectionKey.OTHER_MATTERS);
        assertThat(outline.headings()).extracting(Heading::line).containsExactly(1, 3, 6, 8, 10);
        assertThat(outline.heading(SectionKey.PUBLISHED).orElseThrow().rest()).isEqualTo("见下表。");
        assertThat(outline.heading(SectionKey.OVERVIEW).orElseThrow().rest()).isEmpty();
        assertThat(outline.region(SectionKey.PUBLISHED)).isEqualTo(lines.subList(4, 6));
        assertThat(outline.heading(SectionKey.APPLICATIONS)).isEmpty();
        assertThat(outline.region(SectionKey.APPLICATIONS)).isEmpty();
        assertThat(outline.region(SectionKey.OTHER_MATTERS)).isEqualTo(lines.subList(11, 12));
        assertThat(outline.preamble()).isEqualTo(lines.subList(0, 1));
    }

    @Test
    void aHeadingIsLookedForAfterTheTitleAndAfterTheHeadingBeforeIt() {
        List<Line> lines = List.of(
                heading(SectionKey.PUBLISHED),
                Line.paragraph("某某县人民政府"),
                heading(SectionKey.PUBLISHED),
                heading(SectionKey.OVERVIEW),
                heading(SectionKey.PUBLISHED));

        Outline outline = Outline.find(lines, 2);

        assertThat(outline.headings()).extracting(Heading::line).containsExactly(3, 4);
        assertThat(outline.preamble()).isEqualTo(lines.subList(2, 3));
        assertThat(Outline.find(List.of(Line.paragraph("今天天气很好。")), 0).headings()).isEmpty();
    }
}
