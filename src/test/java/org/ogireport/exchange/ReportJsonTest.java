package org.ogireport.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.ogireport.format.FormatVersion;
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
        assertThatThrownBy(() -> read(minimal("").replace("\"2021\"", "\"2022\""))).hasMessageContaining("formatVersion");
        assertThatThrownBy(() -> read(minimal(",\"status\":\"final\""))).hasMessageContaining("final");
        assertThatThrownBy(() -> ReportJson.read(new byte[ReportJson.MAX_BYTES + 1], "big.json"))
                .hasMessageContaining("太大");
    }
}
