package org.ogireport.model;

/** How the derived cells of a report get their values. */
public enum ValueMode {
    /** A draft: the derived cells are computed from the cells they sum and cannot be typed. */
    COMPUTED,
    /** A report as published: its printed totals are kept as they are, so that the rules can check them. */
    AS_PUBLISHED
}
