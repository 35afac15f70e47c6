package org.ogireport.testing;

import java.math.BigDecimal;
import java.util.List;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/**
 * A full report with the figures of 淮安市人民政府's published 2024 report (../shared/samples/huaian-city-2024.pdf,
 * read off with pdftotext): large numbers, every table rule holding. The prose is our own, of about the length of
 * the real one, so that the printed report has the real one's shape.
 */
public final class Huaian2024 {

    public static final Organ ORGAN = new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT);
    public static final int YEAR = 2024;

    /** Table 三 as printed, row by row in catalog order, the typed columns only (自然人 … 其他). */
    private static final long[][] T3 = {
            {3001, 53, 0, 0, 61, 4}, // 一、本年新收
            {34, 0, 0, 0, 0, 0}, // 二、上年结转
            {1288, 21, 0, 0, 50, 3}, // （一）予以公开
            {447, 7, 0, 0, 0, 0}, // （二）部分公开
            {2, 0, 0, 0, 0, 0}, {30, 1, 0, 0, 0, 0}, {5, 0, 0, 0, 0, 0}, {6, 0, 0, 0, 0, 0},
            {7, 1, 0, 0, 0, 0}, {12, 0, 0, 0, 0, 0}, {9, 0, 0, 0, 0, 0}, {105, 0, 0, 0, 0, 0}, // （三）1–8
            {746, 12, 0, 0, 10, 1}, {11, 0, 0, 0, 0, 0}, {1, 0, 0, 0, 0, 0}, // （四）1–3
            {56, 6, 0, 0, 0, 0}, {25, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0}, {0, 0, 0, 0, 0, 0},
            {1, 0, 0, 0, 0, 0}, // （五）1–5
            {67, 3, 0, 0, 1, 0}, {6, 0, 0, 0, 0, 0}, {108, 2, 0, 0, 0, 0}, // （六）1–3
            null, // （七）总计: computed
            {103, 0, 0, 0, 0, 0}, // 四、结转下年度
    };

    private Huaian2024() {
    }

    public static Report report() {
        Report r = Report.newDraft(ORGAN, YEAR);
        // Table 二 in catalog order: 规章, 行政规范性文件 (制发, 废止, 现行有效), 许可, 处罚, 强制, 收费（万元）.
        String[] t2 = {"1", "0", "11", "8", "26", "66", "447228", "3985758", "88283", "96171.6"};
        List<CellSpec> t2Cells = r.catalog().cellsOf("t2");
        for (int i = 0; i < t2.length; i++) {
            r.setValue(t2Cells.get(i).key(), new BigDecimal(t2[i]));
        }
        Grid t3 = r.catalog().table("t3").grid();
        for (int i = 0; i < T3.length; i++) {
            if (T3[i] == null) {
                continue;
            }
            Header row = t3.rows().get(i);
            for (int j = 0; j < T3[i].length; j++) {
                r.setCount(t3.cellKey(row, t3.columns().get(j)), T3[i][j]);
            }
        }
        // Table 四's typed cells in catalog order: 行政复议, 未经复议直接起诉, 复议后起诉 (维持, 纠正, 其他, 未审结).
        long[] t4 = {72, 64, 178, 37, 13, 4, 8, 1, 12, 1, 1, 6};
        List<CellSpec> t4Cells = r.catalog().cellsOf("t4").stream().filter(c -> !c.isDerived()).toList();
        for (int i = 0; i < t4.length; i++) {
            r.setCount(t4Cells.get(i).key(), t4[i]);
        }

        r.setText("s0.preamble", "本报告由淮安市人民政府办公室根据《中华人民共和国政府信息公开条例》（以下简称《条例》）"
                + "编制。报告所列统计期限自2024年1月1日至2024年12月31日。本报告在淮安市人民政府门户网站"
                + "“政府信息公开年报”栏目发布。如对本报告有疑问，请与淮安市人民政府办公室联系（电话：0517-00000000）。");
        r.setText("s1.intro", "2024年，全市认真贯彻落实《条例》，围绕中心工作推进政府信息公开，"
                + "各项工作任务有序完成。现将有关情况报告如下。");
        r.setText("s1.active", sentences("全年在门户网站主动公开各类政府信息5500余条，新制发规章1件、行政规范性文件8件。", 6));
        r.setText("s1.on_request", "全年共收到政府信息公开申请3119件，上年结转34件，办结3050件，结转下年度103件。"
                + sentences("依申请公开工作坚持依法、及时、准确答复，加强与申请人的沟通。", 4) + "\n"
                + "政府信息公开行政复议351件，行政诉讼46件。");
        r.setText("s1.management", sentences("坚持先审查后公开，规范公开属性认定，动态更新主动公开目录。", 6));
        r.setText("s1.platform", sentences("优化门户网站政务公开专栏，加强政务新媒体日常监管和季度检查。", 6));
        r.setText("s1.oversight", sentences("开展政务公开工作考核和社会评议，全年未发生责任追究事项。", 5));
        r.setText("s5.problems", sentences("政策解读的针对性和通俗性仍需提高，基层公开队伍仍需加强。", 3));
        r.setText("s5.measures", sentences("下一步将提升政策解读质量，加强业务培训，完善工作机制。", 5));
        r.setText("s6.text", "2024年，全市严格执行《政府信息公开信息处理费管理办法》，全年收取信息处理费3940元。");
        r.setNumber("s6.fee_yuan", new BigDecimal("3940"));
        return r;
    }

    private static String sentences(String sentence, int times) {
        return sentence.repeat(times);
    }
}
