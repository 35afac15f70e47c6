package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void printedVariantsOfALabelNormaliseAlike() {
        String catalog = Labels.normalize("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(Labels.normalize("(二) 部分公开(区分处理的，只计这一情 形，不计其他情形)")).isEqualTo(catalog);
        assertThat(Labels.normalize("1、属于国家秘密")).isEqualTo(Labels.normalize("1.属于国家秘密"))
                .isEqualTo(Labels.normalize("１．属于国家秘密"));
        assertThat(Labels.normalize("3.危及\"三安全一稳定\"")).isEqualTo(Labels.normalize("3.危及“三安全一稳定”"));
        assertThat(Labels.normalize("结果 维持")).isEqualTo("结果维持");
        assertThat(Labels.normalize("三、本年度办理结果")).as("only an item number's 、 becomes a dot")
                .isEqualTo("三、本年度办理结果");
    }

    @Test
    void aTypoScoresHighAndAnotherLabelLow() {
        String label = Labels.normalize("2.其他法律行政法规禁止公开");
        assertThat(Labels.similarity(Labels.normalize("2.其他法律行政止公开"), label)).isGreaterThan(0.8);
        assertThat(Labels.similarity(Labels.normalize("1.属于国家秘密"), label)).isLessThan(0.3);
        assertThat(Labels.similarity("", label)).isZero();
    }
}
