package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding the numbers prose states, with real sentences of the sample reports. */
class QuotesTest {

    private static List<Quote> quotes(String text) {
        return Quotes.in("s1.on_request", text);
    }

    private static List<String> shown(String text) {
        return quotes(text).stream().map(q -> q.value().toPlainString() + q.unit() + "|" + q.lead()).toList();
    }

    @Test
    void readsCountsWithTheWordsOfTheirClause() {
        // 淮安市 2024, as pdftotext gives it (spaces around the numbers).
        String text = "2024 年，全市共受理政府信息公开申请 3119 件，答复 3050 件（含上年度结转申请 34 件，另有 103 件顺延到"
                + "下年度答复），均在法定期限内予以答复。";
        assertThat(shown(text)).containsExactly("3119件|全市共受理政府信息公开申请", "3050件|答复", "34件|含上年度结转申请",
                "103件|另有");
        Quote carried = quotes(text).get(3);
        assertThat(carried.tail()).isEqualTo("顺延到下年度答复");
        assertThat(carried.snippet()).isEqualTo("另有 103 件顺延到下年度答复");
        assertThat(quotes(text).get(0).after()).startsWith("，答复");
    }

    @Test
    void readsChineseNumeralsFullWidthDigitsThousandsAndDecimals() {
        assertThat(shown("受理政府信息公开申请二十一件。")).containsExactly("21件|受理政府信息公开申请");
        assertThat(shown("共收到申请两件。")).containsExactly("2件|共收到申请");
        assertThat(shown("受理申请３１１９件，占５２．６％。")).containsExactly("3119件|受理申请", "52.6％|占");
        assertThat(shown("行政处罚 3,985,758 件。")).containsExactly("3985758件|行政处罚");
    }

    @Test
    void leavesOutCodesPhoneNumbersDatesAndEstimates() {
        // The preambles of the sample reports.
        assertThat(quotes("报告所列统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日。如对本报告有疑问，请与淮安市人民政府办公室"
                + "联系（地址：淮安市翔宇南道 1 号，邮编：223001，电话：0517-83605210，电子邮箱：hazwgkc@163.com）。"))
                .isEmpty();
        assertThat(quotes("市政府网站主动公开各类政府信息 5500 余条")).isEmpty();
        assertThat(quotes("受理申请约 20 件，近 30 件已办结，上百件在办，20 件左右结转。")).isEmpty();
        assertThat(quotes("1.属于国家秘密")).isEmpty();
        assertThat(quotes("一是政策解读质量仍需提升；二是政务公开队伍建设还需进一步加强。")).isEmpty();
    }

    @Test
    void aLeadThatOnlySaysInAllReachesBackToTheClauseBefore() {
        assertThat(shown("全年受理政府信息公开申请，共计 21 件。")).containsExactly("21件|全年受理政府信息公开申请，共计");
    }

    @Test
    void aChineseNumeralInsideAWordDoesNotCutTheClause() {
        assertThat(shown("受理涉及第三方的申请 5 件。")).containsExactly("5件|受理涉及第三方的申请");
    }

    @Test
    void valuesAreExact() {
        assertThat(quotes("占 33.33%").get(0).value()).isEqualByComparingTo(new BigDecimal("33.33"));
        assertThat(quotes("收取信息处理费 0.394 万元").get(0).unit()).isEqualTo("万元");
    }
}
