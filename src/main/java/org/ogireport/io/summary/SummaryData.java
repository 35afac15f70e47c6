package org.ogireport.io.summary;

import java.time.OffsetDateTime;
import java.util.List;
import org.ogireport.model.Organ;
import org.ogireport.model.Report;

/**
 * What the 汇总表 and the 集中公布 page show: the government, its year, its aggregate (when summed) and every unit.
 *
 * @param aggregate the aggregate report, or null before a sum
 */
public record SummaryData(Organ compiler, int year, Report aggregate, List<UnitRow> units) {

    /**
     * One unit as the tables show it.
     *
     * @param report   the report it sent last, or null
     * @param summed   whether that report counts in the aggregate
     * @param received when it was received, or null
     */
    public record UnitRow(String name, String relation, String state, OffsetDateTime received, String fileName,
                          int errors, int warnings, String comment, Report report, boolean summed) {
    }

    public SummaryData {
        units = List.copyOf(units);
    }
}
