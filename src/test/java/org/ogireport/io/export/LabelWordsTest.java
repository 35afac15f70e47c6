package org.ogireport.io.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelWordsTest {

    @Test
    void headingsAreMadeOfTwoCharacterWordsOddRunsAndBracketsStayWhole() {
        assertThat(LabelWords.of("商业企业")).containsExactly("商业", "企业");
        assertThat(LabelWords.of("社会公益组织")).containsExactly("社会", "公益", "组织");
        assertThat(LabelWords.of("自然人")).containsExactly("自然人");
        assertThat(LabelWords.of("复议后起诉")).containsExactly("复议后起诉");
        assertThat(LabelWords.of("本年收费金额（单位：万元）")).containsExactly("本年", "收费", "金额", "（单位：万元）");
        assertThat(LabelWords.of("")).isEmpty();
    }

    @Test
    void linesBreakOnlyBetweenWords() {
        assertThat(LabelWords.lines("结果维持", 3.5)).containsExactly("结果", "维持");
        assertThat(LabelWords.lines("结果维持", 4)).containsExactly("结果维持");
        assertThat(LabelWords.lines("法律服务机构", 4)).containsExactly("法律服务", "机构");
        assertThat(LabelWords.lines("自然人", 2)).as("a word longer than a line keeps its line").containsExactly("自然人");
    }
}
