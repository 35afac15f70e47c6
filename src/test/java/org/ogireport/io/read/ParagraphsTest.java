package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.io.read.Doc.Kind;
import org.ogireport.io.read.Doc.Line;

/** The paragraphs of a stretch of prose, printed lines joined by their indent and the margins of their page. */
class ParagraphsTest {

    private static final float SIZE = 12;
    private static final float LEFT = 70;
    private static final float RIGHT = 520;

    private static Line printed(float x0, float x1, String... pieces) {
        float width = (x1 - x0) / pieces.length;
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < pieces.length; i++) {
            cells.add(new Cell(pieces[i], false, x0 + i * width, x0 + (i + 1) * width));
        }
        return new Line(Kind.PRINTED, cells, -1, 1, 0, SIZE);
    }

    @Test
    void printedLinesAreJoinedUntilALineIsIndentedOrTheOneBeforeStopsShort() {
        List<Line> lines = List.of(
                printed(LEFT + 2 * SIZE, RIGHT, "本机关认真贯彻落实条例的各项要求，"),
                printed(LEFT, RIGHT, "持续推进政务公开工作，取得了较好效果，"),
                printed(LEFT, LEFT + 10 * SIZE, "群众满意。"),
                printed(LEFT, RIGHT, "全年发布信息共计", "1024", "条，其中通过政府网站发布的较多。"),
                printed(LEFT + 2 * SIZE, LEFT + 20 * SIZE, "版本", "v2", "3", "上线。"));

        List<String> paragraphs = new Paragraphs(lines).of(lines, null);

        assertThat(paragraphs).containsExactly(
                "本机关认真贯彻落实条例的各项要求，持续推进政务公开工作，取得了较好效果，群众满意。",
                "全年发布信息共计1024条，其中通过政府网站发布的较多。",
                "版本v2 3上线。");
    }

    @Test
    void paragraphsAndRowsStandAloneTheTextOfAHeadingLineOpensAndFormNotesAreDropped() {
        List<Line> lines = List.of(Line.paragraph("第一段。"), Line.paragraph("（文字描述，不超过一千字）"),
                Line.paragraph("  "), Line.paragraph("第二段。"));

        assertThat(new Paragraphs(lines).of(lines, "标题后的文字。"))
                .containsExactly("标题后的文字。", "第一段。", "第二段。");
    }
}
