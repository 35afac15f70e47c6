package org.ogireport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.ValueKind;
import org.junit.jupiter.api.Test;

class CellInputTest {

    @Test
    void fullWidthDigitsSeparatorsAndSpacesAreAccepted() {
        assertThat(CellInput.parse("１２", ValueKind.COUNT).value()).isEqualByComparingTo("12");
        assertThat(CellInput.parse(" 3,985,758 ", ValueKind.COUNT).value()).isEqualByComparingTo("3985758");
        assertThat(CellInput.parse("３，９８５", ValueKind.COUNT).value()).isEqualByComparingTo("3985");
        assertThat(CellInput.parse("96171．6", ValueKind.AMOUNT).value().toPlainString()).isEqualTo("96171.6");
        assertThat(CellInput.parse("12.0", ValueKind.COUNT).value()).isEqualByComparingTo("12");
    }

    @Test
    void emptyAndSlashMeanNotFilled() {
        for (String s : new String[] {"", "  ", "/", "／", "—", "-", null}) {
            CellInput.Parsed p = CellInput.parse(s, ValueKind.COUNT);
            assertThat(p.isEmpty()).as("[" + s + "]").isTrue();
            assertThat(p.isValid()).isTrue();
        }
    }

    @Test
    void badInputGetsAMessageThatQuotesIt() {
        CellInput.Parsed letters = CellInput.parse("abc", ValueKind.COUNT);
        assertThat(letters.isValid()).isFalse();
        assertThat(letters.error()).contains("“abc”").contains("不是数字");
        assertThat(CellInput.parse("-3", ValueKind.COUNT).error()).contains("负数");
        assertThat(CellInput.parse("－３", ValueKind.COUNT).error()).contains("负数");
        assertThat(CellInput.parse("-3", ValueKind.SIGNED_COUNT).value()).isEqualByComparingTo("-3");
        assertThat(CellInput.parse("1.5", ValueKind.COUNT).error()).contains("整数");
        assertThat(CellInput.parse("99999999999999999999", ValueKind.COUNT).error()).contains("太大");
        assertThat(CellInput.parse("-0.5", ValueKind.AMOUNT).error()).contains("负数");
    }

    @Test
    void placeNamesTableRowAndColumn() {
        FormatCatalog c = FormatCatalog.of(FormatVersion.V2021);
        assertThat(CellInput.place(c, c.cell("t3.r1.np").orElseThrow())).isEqualTo("表三「本年新收」行「自然人」列");
        assertThat(CellInput.place(c, c.cell("t4.rev.total").orElseThrow())).isEqualTo("表四「行政复议·总计」");
        assertThat(CellInput.place(c, c.cell("t2.reg.issued").orElseThrow())).isEqualTo("表二「规章」行「本年制发件数」列");
    }
}
