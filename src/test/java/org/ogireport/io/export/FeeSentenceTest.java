package org.ogireport.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.ogireport.format.NumberKey;
import org.ogireport.format.TextKey;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.Formats;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;

/** The 信息处理费 the clerk entered reaches the Word file, said once, whether or not his text of 六 states it. */
class FeeSentenceTest {

    private static String wordText(Report r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.writer("docx").orElseThrow().write(r, ExportOptions.finalCopy(LocalDate.of(2025, 1, 20)), out);
        try (XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(
                out.toByteArray())))) {
            return x.getText();
        }
    }

    @Test
    void aFeeTheTextOfSixDoesNotStateIsAddedOnceAndOneItStatesIsNotRepeated() throws Exception {
        Report r = TestReports.full(2024, 1);
        String key = r.catalog().number(NumberKey.FEE_YUAN).key();
        String six = r.catalog().text(TextKey.OTHER_MATTERS).key();
        r.setNumber(key, new BigDecimal("100"));
        r.setText(six, "本年度无其他需要报告的事项。");
        assertThat(wordText(r)).contains("本年度收取信息处理费100元。");

        r.setText(six, "本年度收取信息处理费100元，已按规定上缴。");
        String text = wordText(r);
        assertThat(text.split("信息处理费100元", -1)).as("said once").hasSize(2);

        r.setNumber(key, BigDecimal.ZERO);
        r.setText(six, "本年度无其他需要报告的事项。");
        assertThat(wordText(r)).doesNotContain("信息处理费");
    }
}
