package org.ogireport.ui.grid;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.grid.GridClipboard.Paste;

/**
 * The parts of the grid that need no window: merged labels, widths and balanced wrapping, the cursor's moves, copy
 * and paste of blocks, Excel's tab-separated text.
 */
class GridPiecesTest {

    @Test
    void theColumnHeaderOfTable3MergesAsPrinted() {
        List<List<String>> paths = FormatCatalog.of(FormatVersion.V2021).table("t3").grid().columns().stream()
                .map(Header::path).toList();

        List<String> spans = GridLayout.spans(paths, 3).stream()
                .map(s -> s.label() + "@" + s.level() + ":" + s.from() + "+" + s.length() + "↓" + s.deep()).toList();

        assertThat(spans).containsExactly("申请人情况@0:0+7↓1", "自然人@1:0+1↓2", "法人或其他组织@1:1+5↓1",
                "总计@1:6+1↓2", "商业企业@2:1+1↓1", "科研机构@2:2+1↓1", "社会公益组织@2:3+1↓1", "法律服务机构@2:4+1↓1",
                "其他@2:5+1↓1");
    }

    @Test
    void theRowLabelsOfTable3MergeDownAndReachRight() {
        List<List<String>> paths = FormatCatalog.of(FormatVersion.V2021).table("t3").grid().rows().stream()
                .map(Header::path).toList();

        List<GridLayout.Span> spans = GridLayout.spans(paths, 3);

        assertThat(spans).filteredOn(s -> s.label().equals("三、本年度办理结果"))
                .singleElement().satisfies(s -> assertThat(s.length()).isEqualTo(22)); // （一）…（七）
        assertThat(spans).filteredOn(s -> s.label().equals("一、本年新收政府信息公开申请数量"))
                .singleElement().satisfies(s -> assertThat(s.deep()).isEqualTo(3));
        assertThat(spans).filteredOn(s -> s.label().startsWith("（二）部分公开"))
                .singleElement().satisfies(s -> assertThat(s.deep()).isEqualTo(2));
        assertThat(spans).filteredOn(s -> s.label().equals("（三）不予公开"))
                .singleElement().satisfies(s -> assertThat(s.length()).isEqualTo(8));
    }

    @Test
    void labelsWrapIntoLinesOfEqualLength() {
        double em = GridLayout.EM;
        assertThat(GridLayout.balancedWidth("结果维持", 3 * em)).isEqualTo(2 * em + 2);
        assertThat(GridLayout.balancedWidth("总计", 5 * em)).isEqualTo(2 * em + 2);
        assertThat(GridLayout.balancedWidth("三、本年度办理结果", 3 * em)).isEqualTo(3 * em);
    }

    @Test
    void excelsClipboardTextIsReadAsRowsOfCells() {
        assertThat(TabText.parse("1\t2\r\n3\t\r\n")).containsExactly(List.of("1", "2"), List.of("3", ""));
        assertThat(TabText.parse("\"1,200\"\t ５ \n")).containsExactly(List.of("1,200", "５"));
        assertThat(TabText.parse("")).isEmpty();
        assertThat(TabText.parse("7")).containsExactly(List.of("7"));
    }

    @Test
    void aGridWithManyColumnsHasNarrowNumbersAndOneWithFewWideOnes() {
        FormatCatalog catalog = FormatCatalog.of(FormatVersion.V2021);
        double table4 = new GridLayout(catalog.table("t4").grid()).naturalColumnWidth();
        double table2 = new GridLayout(catalog.table("t2").grids().get(0)).naturalColumnWidth();

        assertThat(table4).isLessThan(60);
        assertThat(table2).isGreaterThanOrEqualTo(110);
        GridLayout table3 = new GridLayout(catalog.table("t3").grid());
        assertThat(table3.naturalLabelWidths()).hasSize(3);
        assertThat(table3.gridRow(0)).as("under the three header levels").isEqualTo(3);
        assertThat(table3.gridColumn(0)).as("right of the three label levels").isEqualTo(3);
    }

    /** Table 三 of an empty draft: its 总计 column and （七）总计 row are computed. */
    private static final Report DRAFT = TestReports.empty(2024);
    private static final Grid TABLE3 = DRAFT.catalog().table("t3").grid();

    private static CellSpec[][] specs(Grid grid) {
        CellSpec[][] specs = new CellSpec[grid.rows().size()][grid.columns().size()];
        for (int r = 0; r < specs.length; r++) {
            for (int c = 0; c < specs[r].length; c++) {
                specs[r][c] = DRAFT.catalog().cell(grid.cellKey(grid.rows().get(r), grid.columns().get(c)))
                        .orElseThrow();
            }
        }
        return specs;
    }

    private static GridSelection selection(CellSpec[][] specs) {
        boolean[][] computed = new boolean[specs.length][specs[0].length];
        ShownCells cells = new ShownCells(DRAFT);
        for (int r = 0; r < specs.length; r++) {
            for (int c = 0; c < specs[r].length; c++) {
                computed[r][c] = cells.isComputed(specs[r][c]);
            }
        }
        return new GridSelection(computed);
    }

    @Test
    void theCursorMovesInTypingOrderOverTheComputedCellsAndStopsAtTheEdges() {
        CellSpec[][] specs = specs(TABLE3);
        GridSelection sel = selection(specs);
        int totalColumn = specs[0].length - 1;
        assertThat(specs[sel.cursorRow()][sel.cursorCol()].key()).isEqualTo("t3.r1.np");

        sel.moveTo(0, totalColumn - 1, false);
        assertThat(sel.step(true, false)).isTrue();
        assertThat(specs[sel.cursorRow()][sel.cursorCol()].key()).as("Tab wraps over 总计").isEqualTo("t3.r2.np");
        assertThat(sel.step(true, true)).isTrue();
        assertThat(specs[sel.cursorRow()][sel.cursorCol()].key()).isEqualTo("t3.r1.oth");

        sel.moveTo(-5, -5, false);
        assertThat(sel.cursorRow()).isZero();
        assertThat(sel.cursorCol()).isZero();
        sel.moveTo(1, 2, true);
        assertThat(sel.isBlock()).isTrue();
        assertThat(sel.height()).isEqualTo(2);
        assertThat(sel.width()).isEqualTo(3);
        assertThat(sel.contains(1, 1)).isTrue();
        assertThat(sel.contains(2, 1)).isFalse();

        sel.moveTo(specs.length - 1, totalColumn - 1, false);
        assertThat(sel.step(true, false)).as("the end of the grid: Tab leaves it").isFalse();
    }

    @Test
    void aBlockIsCopiedAsExcelsTextAndABlockThatDoesNotFitIsRefusedSayingWhere() {
        Report report = TestReports.empty(2024);
        report.setCount("t3.r1.np", 4L);
        report.setCount("t3.r1.res", 7L);
        CellSpec[][] specs = specs(TABLE3);
        GridClipboard clipboard = new GridClipboard(specs, new ShownCells(report));
        GridSelection sel = selection(specs);
        sel.moveTo(1, 2, true);
        assertThat(clipboard.copy(sel)).isEqualTo("4\t\t7\n\t\t\n");

        int lastRow = specs.length - 1;
        sel.moveTo(lastRow, 1, false);
        Paste tooBig = clipboard.paste("1\t2\n3\t4\n", sel);
        assertThat(tooBig.refused()).isTrue();
        assertThat(tooBig.message()).contains("2 行 2 列").contains("结转下年度").contains("只剩 1 行")
                .contains("没有粘贴");
        assertThat(tooBig.values()).isEmpty();

        Paste bad = clipboard.paste("1\tx\n", sel);
        assertThat(bad.refused()).isTrue();
        assertThat(bad.message()).contains("第 1 行第 2 列").contains("没有粘贴");
        assertThat(clipboard.paste("\n", sel)).as("nothing to paste").isNull();
    }

    @Test
    void oneValueFillsTheSelectionAndValuesOnComputedCellsAreCounted() {
        CellSpec[][] specs = specs(TABLE3);
        GridClipboard clipboard = new GridClipboard(specs, new ShownCells(TestReports.empty(2024)));
        GridSelection sel = selection(specs);
        int totalColumn = specs[0].length - 1;
        sel.select(0, totalColumn - 1, false);
        sel.select(1, totalColumn, true);

        Paste fill = clipboard.paste("０", sel);
        assertThat(fill.refused()).isFalse();
        assertThat(fill.height()).isEqualTo(2);
        assertThat(fill.width()).isEqualTo(2);
        assertThat(fill.values()).containsOnlyKeys("t3.r1.oth", "t3.r2.oth");
        assertThat(fill.message()).contains("已从").contains("2 个合计单元格");
    }
}
