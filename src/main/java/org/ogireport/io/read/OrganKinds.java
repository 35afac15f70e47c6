package org.ogireport.io.read;

import java.util.regex.Pattern;
import org.ogireport.model.OrganKind;

/**
 * Guesses the kind of an organ from its name, conservatively: only the endings that say it plainly (人民政府 of a
 * 市, 区 or 县, 街道办事处, 局/委 …). The kind decides who may make 规章 (rule T2-03), so a guess is always
 * reported for the clerk to check; a name that says nothing clear is {@link OrganKind#OTHER}.
 */
final class OrganKinds {

    private static final String GOVERNMENT = "人民政府";
    /** The four municipalities, whose government is provincial. */
    private static final Pattern MUNICIPALITY = Pattern.compile("^(北京|天津|上海|重庆)市");
    private static final Pattern TOWNSHIP = Pattern.compile(".*(街道办事处|镇|乡)(人民政府)?$");
    private static final Pattern DEPARTMENT = Pattern.compile(".*(局|委员会|委|办公室|办|厅|署|中心)$");

    private OrganKinds() {
    }

    static OrganKind guess(String organName) {
        String name = organName.strip();
        if (TOWNSHIP.matcher(name).matches()) {
            return OrganKind.TOWNSHIP;
        }
        if (name.endsWith(GOVERNMENT)) {
            String place = name.substring(0, name.length() - GOVERNMENT.length());
            if (place.endsWith("区") && !place.endsWith("自治区") || place.endsWith("县") || place.endsWith("旗")) {
                return OrganKind.COUNTY_GOVERNMENT;
            }
            if (MUNICIPALITY.matcher(place).matches() || place.endsWith("省") || place.endsWith("自治区")) {
                return OrganKind.PROVINCIAL_GOVERNMENT;
            }
            if (place.endsWith("市") || place.endsWith("自治州") || place.endsWith("盟")) {
                return OrganKind.CITY_GOVERNMENT;
            }
            return OrganKind.OTHER;
        }
        if (DEPARTMENT.matcher(name).matches()) {
            // A department's level is its place's: drop the words that only look like places (市场监督管理局).
            String place = name.replace("市场", "").replace("城市", "").replace("自治区", "省");
            if (place.contains("区") || place.contains("县") || place.contains("旗")) {
                return OrganKind.COUNTY_DEPARTMENT;
            }
            if (MUNICIPALITY.matcher(name).find() || place.contains("省") && !place.contains("市")) {
                return OrganKind.PROVINCIAL_DEPARTMENT;
            }
            if (place.contains("市")) {
                return OrganKind.CITY_DEPARTMENT;
            }
        }
        return OrganKind.OTHER;
    }
}
