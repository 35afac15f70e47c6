package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ogireport.model.OrganKind;

class OrganKindsTest {

    @ParameterizedTest
    @CsvSource({
            "淮安市人民政府, CITY_GOVERNMENT",
            "洪泽区人民政府, COUNTY_GOVERNMENT",
            "淮安市洪泽区人民政府, COUNTY_GOVERNMENT",
            "涟水县人民政府, COUNTY_GOVERNMENT",
            "江苏省人民政府, PROVINCIAL_GOVERNMENT",
            "上海市人民政府, PROVINCIAL_GOVERNMENT",
            "高良涧街道办事处, TOWNSHIP",
            "老子山镇人民政府, TOWNSHIP",
            "凤泉区科学技术局, COUNTY_DEPARTMENT",
            "洪泽区市场监督管理局, COUNTY_DEPARTMENT",
            "淮安市市场监督管理局, CITY_DEPARTMENT",
            "淮安市人民政府办公室, CITY_DEPARTMENT",
            "江苏省教育厅, PROVINCIAL_DEPARTMENT",
            "北京市教育委员会, PROVINCIAL_DEPARTMENT",
            "北京市海淀区教育委员会, COUNTY_DEPARTMENT",
            "某某公司, OTHER",
    })
    void theKindIsGuessedOnlyFromWhatTheNameSaysPlainly(String name, OrganKind kind) {
        assertThat(OrganKinds.guess(name)).isEqualTo(kind);
    }
}
