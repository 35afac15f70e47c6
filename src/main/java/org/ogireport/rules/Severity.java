package org.ogireport.rules;

/** How serious a finding is (spec §6). */
public enum Severity {
    /** The report is wrong; a final export is refused until it is fixed. */
    E,
    /** May be right; the clerk fixes it or records a written explanation (出错说明). */
    W,
    /** A hint. */
    I
}
