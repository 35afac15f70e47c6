package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseNumeralsTest {

    @Test
    void readsTheNumeralsProseUsesForCounts() {
        assertThat(ChineseNumerals.parse("二十一")).isEqualTo(21);
        assertThat(ChineseNumerals.parse("十一")).isEqualTo(11);
        assertThat(ChineseNumerals.parse("十")).isEqualTo(10);
        assertThat(ChineseNumerals.parse("两")).isEqualTo(2);
        assertThat(ChineseNumerals.parse("〇")).isEqualTo(0);
        assertThat(ChineseNumerals.parse("零")).isEqualTo(0);
        assertThat(ChineseNumerals.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumerals.parse("一百一十")).isEqualTo(110);
        assertThat(ChineseNumerals.parse("两千")).isEqualTo(2000);
        assertThat(ChineseNumerals.parse("三千一百一十九")).isEqualTo(3119);
        assertThat(ChineseNumerals.parse("一千零五十")).isEqualTo(1050);
        assertThat(ChineseNumerals.parse("三万五千")).isEqualTo(35000);
        assertThat(ChineseNumerals.parse("十二万三千四百五十六")).isEqualTo(123456);
    }

    @Test
    void refusesWhatIsNoExactNumber() {
        assertThat(ChineseNumerals.parse("一二")).as("one or two").isNull();
        assertThat(ChineseNumerals.parse("百")).as("上百").isNull();
        assertThat(ChineseNumerals.parse("千")).isNull();
        assertThat(ChineseNumerals.parse("一百零")).isNull();
        assertThat(ChineseNumerals.parse("十百")).isNull();
        assertThat(ChineseNumerals.parse("三三")).isNull();
        assertThat(ChineseNumerals.parse("")).isNull();
    }
}
