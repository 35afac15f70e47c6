package org.ogireport.model;

import java.util.Arrays;
import java.util.Optional;

/** What the compiling office decided on a unit's report. */
public enum Verdict {
    /** 已审核: checked and accepted. */
    APPROVED("approved"),
    /** 退回: sent back to be corrected and resubmitted; not summed meanwhile. */
    RETURNED("returned");

    private final String id;

    Verdict(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Verdict> fromId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
