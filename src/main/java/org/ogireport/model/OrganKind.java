package org.ogireport.model;

import java.util.Arrays;
import java.util.Optional;

/** The kind of administrative organ (spec §9); some rules depend on it (T2-03: who may make 规章). */
public enum OrganKind {
    STATE_COUNCIL_DEPARTMENT("state-council-department", "国务院部门", true),
    PROVINCIAL_GOVERNMENT("provincial-government", "省级人民政府", true),
    PROVINCIAL_DEPARTMENT("provincial-department", "省级人民政府部门", false),
    CITY_GOVERNMENT("city-government", "设区的市级人民政府", true),
    CITY_DEPARTMENT("city-department", "设区的市级人民政府部门", false),
    COUNTY_GOVERNMENT("county-government", "县级人民政府", false),
    COUNTY_DEPARTMENT("county-department", "县级人民政府部门", false),
    TOWNSHIP("township", "乡镇人民政府、街道办事处", false),
    OTHER("other", "其他", false);

    private final String id;
    private final String label;
    private final boolean makesRegulations;

    OrganKind(String id, String label, boolean makesRegulations) {
        this.id = id;
        this.label = label;
        this.makesRegulations = makesRegulations;
    }

    /** The id of the JSON exchange format. */
    public String id() {
        return id;
    }

    /** The name shown to the clerk. */
    public String label() {
        return label;
    }

    /** Whether the 立法法 gives this kind of organ the power to make 规章. */
    public boolean makesRegulations() {
        return makesRegulations;
    }

    public static Optional<OrganKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }
}
