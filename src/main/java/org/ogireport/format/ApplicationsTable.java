package org.ogireport.format;

import java.util.List;
import java.util.Optional;

/**
 * Table 三 by what its rows and columns count (spec §4): the roles that the rules, the readers and the new year treat
 * apart, named here once so that none of them spells a row or column key.
 *
 * @param spec        the table
 * @param received    一、本年新收 (r1)
 * @param carriedIn   二、上年结转 (r2)
 * @param outcomes    the rows of the outcomes （一）…（六）, sub-rows included, in print order
 * @param concluded   （七）总计: the applications concluded, the sum of the outcomes (r3_7)
 * @param carriedOver 四、结转下年度继续办理 (r4)
 * @param applicants  the columns of the kinds of applicant, 自然人 to 其他
 * @param total       the 总计 column, the sum of the applicants (tot)
 * @param unpaidFees  the row of applications no longer handled because a fee went unpaid (r3_6_2); the trial format
 *                    has none
 */
public record ApplicationsTable(TableSpec spec, Header received, Header carriedIn, List<Header> outcomes,
                                Header concluded, Header carriedOver, List<Header> applicants, Header total,
                                Optional<Header> unpaidFees) {

    public ApplicationsTable {
        outcomes = List.copyOf(outcomes);
        applicants = List.copyOf(applicants);
    }

    public Grid grid() {
        return spec.grid();
    }
}
