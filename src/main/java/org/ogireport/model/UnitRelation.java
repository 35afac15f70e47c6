package org.ogireport.model;

import java.util.Arrays;
import java.util.Optional;

/** How a unit on an aggregate's list stands to the government that sums it (spec §8). */
public enum UnitRelation {
    /** A department of this government (县政府部门 …). */
    DEPARTMENT("department", "部门"),
    /** A 乡镇 or 街道 of a county. */
    TOWNSHIP("township", "乡镇/街道"),
    /** A lower government's aggregate (a city sums its counties' aggregates, not their departments). */
    LOWER_AGGREGATE("lower-aggregate", "下级政府汇总"),
    /** This government's own report (本政府机关). */
    OWN_REPORT("own-report", "本政府机关"),
    /** A vertically managed unit (tax, customs …): reports up its own chain, never summed here. */
    VERTICAL("vertical", "垂直管理（不汇总）");

    private final String id;
    private final String label;

    UnitRelation(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** The name shown to the clerk. */
    public String label() {
        return label;
    }

    /** Whether a unit of this relation counts in the sum. */
    public boolean isSummed() {
        return this != VERTICAL;
    }

    /** The relation a unit's own report suggests: a 乡镇's, a lower government's aggregate, else a department's. */
    public static UnitRelation suggestedFor(OrganKind kind, Scope scope) {
        if (scope == Scope.AGGREGATE) {
            return LOWER_AGGREGATE;
        }
        return kind == OrganKind.TOWNSHIP ? TOWNSHIP : DEPARTMENT;
    }

    public static Optional<UnitRelation> fromId(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
    }
}
