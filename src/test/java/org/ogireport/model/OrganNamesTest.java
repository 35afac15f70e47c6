package org.ogireport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.ogireport.model.OrganNames.Likeness;

class OrganNamesTest {

    @Test
    void aLeadingHigherPlaceAndTheWidthOfCharactersDoNotMatter() {
        assertThat(OrganNames.compare("淮安市洪泽区人民政府", "洪泽区人民政府")).isEqualTo(Likeness.SAME);
        assertThat(OrganNames.compare("江苏省淮安市洪泽区人民政府", "洪泽区 人民政府")).isEqualTo(Likeness.SAME);
        assertThat(OrganNames.compare("洪泽区第１中学", "洪泽区第1中学")).isEqualTo(Likeness.SAME);
    }

    @Test
    void aNameIsNotCutToTheWordsEveryGovernmentShares() {
        assertThat(OrganNames.core("淮安市人民政府")).isEqualTo("淮安市人民政府");
        assertThat(OrganNames.compare("淮安市人民政府", "洪泽区人民政府")).isNotEqualTo(Likeness.SAME);
    }

    @Test
    void bureauAndCommissionStayApartAndLikeNamesAreOnlySimilar() {
        assertThat(OrganNames.compare("洪泽区卫生健康局", "洪泽区卫生健康委员会")).isEqualTo(Likeness.SIMILAR);
        assertThat(OrganNames.compare("洪泽区科学技术局", "洪泽区科技局")).isEqualTo(Likeness.SIMILAR);
        assertThat(OrganNames.compare("洪泽区财政局", "洪泽区教育局")).isEqualTo(Likeness.DIFFERENT);
        assertThat(OrganNames.compare("洪泽区第1中学", "洪泽区第2中学")).isEqualTo(Likeness.DIFFERENT);
        assertThat(OrganNames.compare("涟水县教育局", "洪泽区教育局")).as("another place").isEqualTo(Likeness.DIFFERENT);
    }
}
