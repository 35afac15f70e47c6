package org.ogireport.io.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TableSpec;
import org.ogireport.io.export.TableLayout.Cell;
import org.ogireport.io.export.TableLayout.Role;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TestReports;

public class TableLayoutTest {

    private final Report report = Huaian2024.report();

    @Test
    void theTablesOfThe2021FormatHaveTheOfficialTemplatesMergesAndLabels() throws IOException {
        List<PrintedGrid> template = OfficialTemplate.tables();
        List<TableSpec> tables = report.catalog().tables();
        for (int i = 0; i < tables.size(); i++) {
            PrintedGrid ours = PrintedGrid.of(TableLayout.of(tables.get(i), report));
            OfficialTemplate.assertSameLayout(ours, template.get(i), tables.get(i).id());
        }
    }

    @Test
    void everyLabelAndValueOfTheCatalogIsWhereItsRowAndColumnCross() {
        for (Report r : List.of(report, TestReports.full(2023, 7), TestReports.empty(2024), trialReport())) {
            for (TableSpec table : r.catalog().tables()) {
                PrintedGrid.of(TableLayout.of(table, r)).assertShows(table, r);
            }
        }
    }

    @Test
    void theTrialFormatsTableTwoSplitsTheWidthSoThatEveryBlockFillsIt() {
        Report trial = trialReport();
        TableLayout t2 = TableLayout.of(trial.catalog().table("t2"), trial);
        // blocks of 3, 3, 3, 2 and 2 columns: 6 grid columns for the values, plus the label column
        assertThat(t2.columnCount()).isEqualTo(7);
        for (Cell cell : t2.cells()) {
            if (cell.role() == Role.VALUE || cell.role() == Role.COLUMN_HEADER) {
                assertThat(cell.columnSpan()).as(cell.text()).isIn(2, 3);
            }
            if (cell.role() == Role.TITLE) {
                assertThat(cell.columnSpan()).isEqualTo(7);
            }
        }
        assertThat(t2.repeatedHeaderRows()).as("blocks repeat no header").isZero();
    }

    @Test
    void tablesThreeAndFourRepeatTheirThreeHeaderRows() {
        assertThat(TableLayout.of(report.catalog().table("t3"), report).repeatedHeaderRows()).isEqualTo(3);
        assertThat(TableLayout.of(report.catalog().table("t4"), report).repeatedHeaderRows()).isEqualTo(3);
    }

    /**
     * A page break never leaves rows without their group's label: the rows under a merged row label (三、本年度办理结果,
     * （三）不予公开 …) stay together, and so do a header and the row below it, and each of table 二's blocks.
     */
    @Test
    void rowsUnderOneMergedLabelAndEachBlockOfTableTwoStayOnOnePage() {
        TableLayout t3 = TableLayout.of(report.catalog().table("t3"), report);
        List<String> labels = new java.util.ArrayList<>();
        for (int r = 0; r < t3.rowCount(); r++) {
            int row = r;
            labels.add(t3.cells().stream().filter(c -> c.role() == Role.ROW_HEADER && c.covers(row, c.column()))
                    .map(Cell::text).reduce("", (a, b) -> b));
        }
        int first = labels.indexOf("（一）予以公开");
        int last = labels.indexOf("（七）总计");
        for (int r = 0; r < t3.rowCount(); r++) {
            boolean header = r < t3.repeatedHeaderRows();
            boolean inResults = r >= first && r < last;
            assertThat(t3.keepsWithNext(r)).as("row %d %s", r, labels.get(r)).isEqualTo(header || inResults);
        }
        TableLayout t2 = TableLayout.of(report.catalog().table("t2"), report);
        for (int r = 0; r < t2.rowCount(); r++) {
            boolean endsBlock = r == t2.rowCount() - 1 || t2.rowKind(r + 1) == TableLayout.RowKind.TITLE;
            assertThat(t2.keepsWithNext(r)).as("table 二 row %d", r).isEqualTo(!endsBlock);
        }
        TableLayout t4 = TableLayout.of(report.catalog().table("t4"), report);
        assertThat(t4.keepsWithNext(2)).as("table 四's header stays with its row").isTrue();
        assertThat(t4.keepsWithNext(3)).isFalse();
    }

    @Test
    void columnWidthsFillThePrintedWidthAndGiveTheNumbersRoom() {
        TableLayout.Metrics m = TableLayout.PRINTED_MM;
        for (TableSpec table : report.catalog().tables()) {
            TableLayout layout = TableLayout.of(table, report);
            double[] w = layout.columnWidths(m);
            assertThat(Arrays.stream(w).sum()).as(table.id()).isCloseTo(m.total(), within(1e-6));
            for (Cell cell : layout.cells()) {
                double width = Arrays.stream(w, cell.column(), cell.lastColumn() + 1).sum();
                if (cell.role() == Role.VALUE) {
                    assertThat(width).as("%s fits on one line", cell.text())
                            .isGreaterThanOrEqualTo(TableLayout.textWidth(cell.text(), m) + m.padding());
                }
            }
        }
        // 表三: the innermost labels get what the seven number columns and the outer levels leave
        double[] t3 = TableLayout.of(report.catalog().table("t3"), report).columnWidths(m);
        assertThat(t3[2]).isGreaterThan(t3[1]).isGreaterThan(t3[0]);
        assertThat(t3[0]).isCloseTo(2 * m.cjkChar() + m.padding(), within(1e-6));
    }

    @Test
    void widthsShrinkToFitWhenTheNumbersAreTooLongForThePage() {
        Report huge = TestReports.full(2024, 1);
        huge.setCount("t4.rev.upheld", 123_456_789_012_345L);
        TableLayout t4 = TableLayout.of(huge.catalog().table("t4"), huge);
        double[] w = t4.columnWidths(TableLayout.PRINTED_MM);
        assertThat(Arrays.stream(w).sum()).isCloseTo(TableLayout.PRINTED_MM.total(), within(1e-6));
        assertThat(w[0]).as("the long number's column is the widest").isEqualTo(Arrays.stream(w).max().orElseThrow());
    }

    @Test
    void theMinimumWidthKeepsTheNumbersAndTheMinimumsAndIsNarrowerThanThePage() {
        TableLayout.Metrics m = TableLayout.PRINTED_MM;
        TableLayout t3 = TableLayout.of(report.catalog().table("t3"), report);
        double least = t3.minimumWidth(m, 6);
        assertThat(least).isLessThan(m.total());
        // seven number columns of two characters, the outer labels of 2 and 5, the innermost of 6
        assertThat(least).isCloseTo((7 * 2 + 2 + 5 + 6) * m.cjkChar() + 10 * m.padding(), within(1e-6));
        Report huge = TestReports.full(2024, 1);
        huge.setCount("t4.rev.upheld", 123_456_789_012_345L);
        TableLayout t4 = TableLayout.of(huge.catalog().table("t4"), huge);
        // the number and its group's total are fifteen digits wide
        assertThat(t4.minimumWidth(m, 6)).isCloseTo(13 * (2 * m.cjkChar() + m.padding())
                + 2 * (TableLayout.textWidth("123456789012345", m) + m.padding()), within(1e-6));
    }

    @Test
    void valuesArePrintedPlainlyAndEmptyWhenNotFilled() {
        TableLayout t2 = TableLayout.of(report.catalog().table("t2"), report);
        List<String> values = t2.cells().stream().filter(c -> c.role() == Role.VALUE).map(Cell::text).toList();
        assertThat(values).contains("3985758", "96171.6").noneMatch(v -> v.contains(","));
        Report empty = TestReports.empty(2024);
        assertThat(TableLayout.of(empty.catalog().table("t3"), empty).cells())
                .filteredOn(c -> c.role() == Role.VALUE).allMatch(c -> c.text().isEmpty());
    }

    /** A 2019 report in the trial format, a few cells filled (a negative 本年增/减 among them). */
    public static Report trialReport() {
        Report r = new Report(FormatVersion.V2019, TestReports.ORGAN, 2019, ValueMode.COMPUTED);
        r.setCount("t2.license.delta", -3L);
        r.setCount("t3.r3_6.np", 2L);
        r.setCount("t4.lit.pending", 1L);
        return r;
    }
}
