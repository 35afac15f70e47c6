package org.ogireport.rules;

import java.util.List;
import org.ogireport.model.Report;

/** One check of spec §6, with its stable id. Rules are pure: they read the report and add findings. */
public interface Rule {

    /** The id of spec §6, e.g. {@code T3-01}. */
    String id();

    /**
     * Checks a report.
     *
     * @param report       the report checked
     * @param previousYear the same organ's report of the year before, or null when there is none
     * @param out          where findings go
     */
    void check(Report report, Report previousYear, List<Finding> out);
}
