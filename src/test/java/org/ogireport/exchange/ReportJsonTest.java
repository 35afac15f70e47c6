package org.ogireport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatVersion;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

class ReportJsonTest {

    private static ReportJson.ReadResult read(String json) {
        return ReportJson.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    private static String minimal(String extra) {
        return """
                {"schema":"ogi-report/1","formatVersion":"2021",
                 "organ":{"name":"凤泉区科学技术局","kind":"county-department"},"year":2024%s}""".formatted(extra);
    }

    @Test
    void writesTheSpecsMembersAndDecimalsAsStrings() throws Exception {
        Report r = TestReports.full(2024, 7);
        r.setAmount("t2.fees.amount_wan", new BigDecimal("59237.2449"));
        r.setNumber("s6.fee_yuan", new BigDecimal("0"));
        JsonNode root = new ObjectMapper().readTree(ReportJson.write(r));
        assertThat(root.get("schema").asText()).isEqualTo("ogi-report/1");
        assertThat(root.get("formatVersion").asText()).isEqualTo("2021");
        assertThat(root.at("/organ/name").asText()).isEqualTo("测试市人民政府");
        assertThat(root.at("/organ/kind").asText()).isEqualTo("city-government");
        assertThat(root.get("year").asInt()).isEqualTo(2024);
        assertThat(root.get("cells").get("t2.fees.amount_wan").isTextual()).isTrue();
        assertThat(root.get("cells").get("t2.fees.amount_wan").asText()).isEqualTo("59237.2449");
        assertThat(root.get("cells").get("t3.r1.np").isIntegralNumber()).isTrue();
        assertThat(root.get("cells").get("t3.r1.tot").asLong()).isEqualTo(r.count("t3.r1.tot"));
        assertThat(root.get("cells").size()).isEqualTo(10 + 175 + 15);
        assertThat(root.get("texts").get("s1.active").asText()).isEqualTo(r.text("s1.active"));
        assertThat(root.get("numbers").get("s6.fee_yuan").asText()).isEqualTo("0");
        assertThat(root.get("status").asText()).isEqualTo("draft");
        assertThat(ReportJson.write(r)).as("UTF-8 text, not escapes").contains("测试市人民政府");
    }

    @Test
    void roundTripIsLossless() {
        Report r = TestReports.full(2024, 11);
        r.setExplanation("X-01:s1.on_request", "正文为政府办数字，表格为全区数字。");
        r.setAmount("t2.fees.amount_wan", new BigDecimal("7730.280"));
        r.clear("t3.r3_5_2.law");
        Report back = read(ReportJson.write(r)).report();
        assertThat(back).isEqualTo(r);
        assertThat(back.amount("t2.fees.amount_wan").toPlainString()).isEqualTo("7730.280");
        assertThat(back.isFilled("t3.r3_5_2.law")).isFalse();
        assertThat(ReportJson.write(back)).isEqualTo(ReportJson.write(r));
    }

    @Test
    void theDateOfIssueAndTheHeadingStyleTravelAsExtraMembersOnlyWhenSet() throws Exception {
        Report r = TestReports.full(2024, 4);
        JsonNode plain = new ObjectMapper().readTree(ReportJson.write(r));
        assertThat(plain.has("dated")).as("a report dated the day of export").isFalse();
        assertThat(plain.has("headingStyle")).isFalse();

        r.setDated(LocalDate.of(2025, 1, 20));
        r.setHeadingStyle(HeadingStyle.RUN_IN);
        JsonNode set = new ObjectMapper().readTree(ReportJson.write(r));
        assertThat(set.get("dated").asText()).isEqualTo("2025-01-20");
        assertThat(set.get("headingStyle").asText()).isEqualTo("run-in");
        Report back = read(ReportJson.write(r)).report();
        assertThat(back).isEqualTo(r);
        assertThat(back.dated()).isEqualTo(LocalDate.of(2025, 1, 20));
        assertThat(back.headingStyle()).isEqualTo(HeadingStyle.RUN_IN);

        assertThatThrownBy(() -> read(minimal(",\"dated\":\"2025年1月20日\",\"headingStyle\":\"bold\"")))
                .isInstanceOf(UserException.class).hasMessageContaining("2 处问题")
                .hasMessageContaining("dated（成文日期）").hasMessageContaining("2025-01-20")
                .hasMessageContaining("\"bold\"").hasMessageContaining("own-line, run-in");
    }

    @Test
    void publishedTotalsAreKeptEvenWhenWrong() {
        Report r = new Report(FormatVersion.V2021, new Organ("洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT), 2023,
                ValueMode.AS_PUBLISHED);
        r.setCount("t4.rev.upheld", 10L);
        r.setCount("t4.rev.corrected", 1L);
        r.setCount("t4.rev.total", 0L);
        Report back = read(ReportJson.write(r)).report();
        assertThat(back.mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        assertThat(back.count("t4.rev.total")).isZero();
        assertThat(back).isEqualTo(r);
    }

    @Test
    void trialFormatRoundTrips() {
        Report r = new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.COMPUTED);
        r.setCount("t2.license.delta", -3L);
        r.setAmount("t2.procurement.amount", new BigDecimal("251000"));
        r.setCount("t3.r3_6.np", 2L);
        Report back = read(ReportJson.write(r)).report();
        assertThat(back).isEqualTo(r);
        assertThat(back.count("t3.r3_7.np")).isEqualTo(2);
    }

    @Test
    void statusDecidesWhetherTotalsAreComputed() {
        String wrongTotal = ",\"cells\":{\"t4.rev.upheld\":2,\"t4.rev.total\":5}";
        ReportJson.ReadResult asDraft = read(minimal(",\"status\":\"draft\"" + wrongTotal));
        assertThat(asDraft.report().mode()).isEqualTo(ValueMode.COMPUTED);
        assertThat(asDraft.report().count("t4.rev.total")).isEqualTo(2);
        assertThat(asDraft.warnings()).singleElement().asString().contains("t4.rev.total");

        ReportJson.ReadResult noStatus = read(minimal(wrongTotal));
        assertThat(noStatus.report().mode()).isEqualTo(ValueMode.AS_PUBLISHED);
        assertThat(noStatus.report().count("t4.rev.total")).isEqualTo(5);

        ReportJson.ReadResult consistent = read(minimal(",\"cells\":{\"t4.rev.upheld\":2,\"t4.rev.total\":2}"));
        assertThat(consistent.report().mode()).isEqualTo(ValueMode.COMPUTED);
    }

    @Test
    void lenientWhereTheSpecAllows() {
        ReportJson.ReadResult r = read(minimal(",\"cells\":{\"t3.r1.np\":\"１２\",\"t2.fees.amount_wan\":96171.6,"
                + "\"t3.r2.np\":null},\"texts\":{\"s1.active\":\"……\",\"s7.new\":\"x\"},\"future\":{\"a\":1}"));
        assertThat(r.report().count("t3.r1.np")).isEqualTo(12);
        assertThat(r.report().amount("t2.fees.amount_wan").toPlainString()).isEqualTo("96171.6");
        assertThat(r.report().isFilled("t3.r2.np")).isFalse();
        assertThat(r.warnings()).singleElement().asString().contains("s7.new");
    }

    @Test
    void badInputNamesEveryProblemAndItsPlace() {
        assertThatThrownBy(() -> read(minimal(",\"cells\":{\"t3.r1.np\":-1,\"t3.r9.np\":3,\"t3.r2.np\":\"abc\","
                + "\"t3.r3_1.np\":1.5}")))
                .isInstanceOf(UserException.class)
                .hasMessageContaining("4 处问题")
                .hasMessageContaining("cells.t3.r1.np").hasMessageContaining("负数")
                .hasMessageContaining("t3.r9.np")
                .hasMessageContaining("cells.t3.r2.np").hasMessageContaining("“abc”")
                .hasMessageContaining("cells.t3.r3_1.np").hasMessageContaining("整数");
    }

    @Test
    void badHeaderMembers() {
        assertThatThrownBy(() -> read("{\"schema\":\"other/2\"}")).hasMessageContaining("ogi-report/1");
        assertThatThrownBy(() -> read("[1,2]")).hasMessageContaining("JSON 对象");
        assertThatThrownBy(() -> read("{\"schema\": \"ogi-report/1\",")).isInstanceOf(UserException.class)
                .hasMessageContaining("不是有效的 JSON").hasMessageContaining("第 1 行");
        assertThatThrownBy(() -> read(minimal("").replace("2024", "2007"))).hasMessageContaining("2007")
                .hasMessageContaining("2008");
        assertThatThrownBy(() -> read(minimal("").replace("2024", "\"二〇二四\""))).hasMessageContaining("year");
        assertThatThrownBy(() -> read(minimal("").replace("county-department", "bureau")))
                .hasMessageContaining("bureau").hasMessageContaining("township");
        assertThatThrownBy(() -> read(minimal("").replace("\"2021\"", "\"2022\"")))
                .hasMessageContaining("formatVersion");
        assertThatThrownBy(() -> read(minimal(",\"status\":\"final\""))).hasMessageContaining("final");
        assertThatThrownBy(() -> ReportJson.read(new byte[ReportJson.MAX_BYTES + 1], "big.json"))
                .hasMessageContaining("太大");
    }

    /**
     * What Jackson says (in English, with its class names) never reaches the clerk: every case in words, with the
     * place.
     */
    @Test
    void unreadableFilesAreDescribedInWordsNotInJacksonsEnglish() {
        assertThatThrownBy(() -> read("[".repeat(100_000))).isInstanceOf(UserException.class)
                .hasMessage("文件“test.json”的嵌套层数超过 50 层，不是年报交换文件（年报交换文件只有三层：最外层的对象、cells 等成员、其中各项的值）。");
        assertThatThrownBy(() -> read("{\"a\":".repeat(100_000))).hasMessageContaining("嵌套层数超过 50 层")
                .hasMessageNotContaining("StreamReadConstraints");
        assertThatThrownBy(() -> read(minimal(",\"cells\":{\"t3.r1.np\":" + "9".repeat(200) + "}")))
                .hasMessageContaining("超过 100 位的数字").hasMessageNotContaining("exceeds");
        assertThatThrownBy(() -> read("{\"" + "名".repeat(60_000) + "\":1}"))
                .hasMessageContaining("test.json").hasMessageContaining("超长").hasMessageNotContaining("exceeds");
        assertThatThrownBy(() -> read("{\"schema\": \"ogi-report/1\",\n \"year\": 2024 \"organ\": {}}"))
                .hasMessage("文件“test.json”不是有效的 JSON：第 2 行第 15 列附近不合 JSON 的写法（如少了逗号、引号或括号）。"
                        + "如曾手工修改过这个文件，请检查该处；否则请重新导出。");
        assertThatThrownBy(() -> read(minimal("") + " {}")).hasMessageContaining("第 2 行第 86 列")
                .hasMessageContaining("结束之后还有多余的内容")
                .hasMessageNotContaining("Trailing");
        assertThatThrownBy(() -> read(" \r\n")).hasMessageContaining("文件“test.json”是空的");
        assertThatThrownBy(() -> read(minimal("").substring(0, 80))).hasMessageContaining("内容到第 2 行就断了")
                .hasMessageNotContaining("end-of-input");
    }

    @Test
    void aFileThatIsNotUtf8TextIsSaidToBeSo() {
        byte[] binary = new byte[5000];
        new java.util.Random(1).nextBytes(binary);
        byte[] zip = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        byte[] gbk = minimal("").replace("凤泉区科学技术局", "凤泉区科学技术局'").getBytes(java.nio.charset.Charset.forName("GBK"));
        for (byte[] bytes : new byte[][] {binary, zip, gbk}) {
            assertThatThrownBy(() -> ReportJson.read(bytes, "x.json")).isInstanceOf(UserException.class)
                    .hasMessage("文件“x.json”不是 UTF-8 编码的文本 JSON 文件，不是年报交换文件（可能是其他类型的文件改成了 .json 扩展名，"
                            + "或文字用 GBK 等编码保存）。请选择年报助手导出的 .json 文件。");
        }
        String utf16 = "\uFEFF" + ReportJson.write(TestReports.full(2024, 3));
        assertThat(ReportJson.read(utf16.getBytes(StandardCharsets.UTF_16BE), "u.json").report().year())
                .as("UTF-16 with a byte-order mark, as Notepad saves \"Unicode\", still reads").isEqualTo(2024);
    }
}
