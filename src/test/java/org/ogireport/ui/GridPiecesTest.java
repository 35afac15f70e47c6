package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Header;

/** The parts of the grid that need no window: merged labels, balanced wrapping, Excel's tab-separated text. */
class GridPiecesTest {

    @Test
    void theColumnHeaderOfTable3MergesAsPrinted() {
        List<List<String>> paths = FormatCatalog.of(FormatVersion.V2021).table("t3").grid().columns().stream()
                .map(Header::path).toList();

        List<String> spans = ReportGrid.spans(paths, 3).stream()
                .map(s -> s.label() + "@" + s.level() + ":" + s.from() + "+" + s.length() + "↓" + s.deep()).toList();

        assertThat(spans).containsExactly("申请人情况@0:0+7↓1", "自然人@1:0+1↓2", "法人或其他组织@1:1+5↓1",
                "总计@1:6+1↓2", "商业企业@2:1+1↓1", "科研机构@2:2+1↓1", "社会公益组织@2:3+1↓1", "法律服务机构@2:4+1↓1",
                "其他@2:5+1↓1");
    }

    @Test
    void theRowLabelsOfTable3MergeDownAndReachRight() {
        List<List<String>> paths = FormatCatalog.of(FormatVersion.V2021).table("t3").grid().rows().stream()
                .map(Header::path).toList();

        List<ReportGrid.Span> spans = ReportGrid.spans(paths, 3);

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
        double em = ReportGrid.EM;
        assertThat(ReportGrid.balancedWidth("结果维持", 3 * em)).isEqualTo(2 * em + 2);
        assertThat(ReportGrid.balancedWidth("总计", 5 * em)).isEqualTo(2 * em + 2);
        assertThat(ReportGrid.balancedWidth("三、本年度办理结果", 3 * em)).isEqualTo(3 * em);
    }

    @Test
    void excelsClipboardTextIsReadAsRowsOfCells() {
        assertThat(TabText.parse("1\t2\r\n3\t\r\n")).containsExactly(List.of("1", "2"), List.of("3", ""));
        assertThat(TabText.parse("\"1,200\"\t ５ \n")).containsExactly(List.of("1,200", "５"));
        assertThat(TabText.parse("")).isEmpty();
        assertThat(TabText.parse("7")).containsExactly(List.of("7"));
    }
}
