package org.ogireport.format;

/** What a cell holds. */
public enum ValueKind {
    /** A count: a 64-bit integer ≥ 0. */
    COUNT,
    /** A change of a count (the trial table 二's 本年增/减): a 64-bit integer that may be negative. */
    SIGNED_COUNT,
    /** An amount of money: an exact decimal ≥ 0 (never a double). */
    AMOUNT;

    public boolean isInteger() {
        return this != AMOUNT;
    }

    public boolean allowsNegative() {
        return this == SIGNED_COUNT;
    }
}
