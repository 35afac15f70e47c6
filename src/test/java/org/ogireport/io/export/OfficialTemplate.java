package org.ogireport.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.ogireport.testing.Samples;

/** The tables of the blank official format (../shared/samples/official-format-template-2021.docx), as printed. */
public final class OfficialTemplate {

    private static List<PrintedGrid> tables;

    private OfficialTemplate() {
    }

    /** Tables 二, 三, 四 of the template; skips the calling test when the samples folder is absent. */
    public static synchronized List<PrintedGrid> tables() throws IOException {
        if (tables == null) {
            try (InputStream in = Files.newInputStream(Samples.require("official-format-template-2021.docx"));
                 XWPFDocument doc = new XWPFDocument(in)) {
                tables = doc.getTables().stream().map(PrintedGrid::of).toList();
            }
            assertThat(tables).as("the template's tables 二, 三, 四").hasSize(3)
                    .allSatisfy(t -> assertThat(t.merges()).isNotEmpty());
        }
        return tables;
    }

    /**
     * Checks that a printed table has the template's grid: the same rows and columns, the same merged cells, and
     * the template's text wherever the template has some (its labels; its value cells are blank).
     */
    public static void assertSameLayout(PrintedGrid ours, PrintedGrid template, String what) {
        assertThat(ours.rows()).as(what + " rows").isEqualTo(template.rows());
        assertThat(ours.columns()).as(what + " columns").isEqualTo(template.columns());
        assertThat(ours.merges()).as(what + " merged cells").containsExactlyInAnyOrderElementsOf(template.merges());
        for (int r = 0; r < template.rows(); r++) {
            for (int c = 0; c < template.columns(); c++) {
                String label = template.at(r, c).replaceAll("[\\s\u3000]", "");
                if (!label.isEmpty()) {
                    assertThat(ours.at(r, c)).as("%s text at %d,%d", what, r, c).isEqualTo(label);
                }
            }
        }
    }
}
