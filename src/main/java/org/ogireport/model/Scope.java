package org.ogireport.model;

import java.util.Arrays;
import java.util.Optional;

/**
 * Whose figures a report holds (spec §8, §9): one organ's own work, or the 汇总 of the units a government's 主管部门
 * collects. A government organ may hold both for one year: (organ, year, scope) identifies a report.
 */
public enum Scope {
    /** One organ's own report (本机关; for a government, 本政府机关). */
    OWN("own"),
    /** The sum of the reports of a government's departments, 乡镇/街道 and lower governments' aggregates. */
    AGGREGATE("aggregate");

    private final String id;

    Scope(String id) {
        this.id = id;
    }

    /** The id of the JSON exchange format and the command line ({@code own}, {@code aggregate}). */
    public String id() {
        return id;
    }

    public static Optional<Scope> fromId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }
}
