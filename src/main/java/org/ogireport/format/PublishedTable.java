package org.ogireport.format;

import java.util.List;
import java.util.Optional;

/**
 * Table 二 by what its rows and columns count (spec §3, §7): the roles that the rules and the new year treat apart.
 *
 * @param spec           the table
 * @param documents      the grid of 第二十条第（一）项: 规章 and (行政)规范性文件
 * @param regulations    its 规章 row (only some organs may make 规章)
 * @param documentCounts its columns in the 2021 format; the trial format counts other things there
 * @param feesInWan      the amount of 行政事业性收费 in 万元 (a column of the 2021 format; the trial one has none)
 * @param keyDecisions   the cells of the decisions on 行政许可 and on 行政处罚 (处理决定数量, in both formats): key totals
 *                       that are followed from year to year
 */
public record PublishedTable(TableSpec spec, Grid documents, Header regulations,
                             Optional<DocumentCounts> documentCounts, Optional<Header> feesInWan,
                             List<String> keyDecisions) {

    public PublishedTable {
        keyDecisions = List.copyOf(keyDecisions);
    }

    /**
     * The columns 本年制发件数, 本年废止件数 and 现行有效件数: this year's in force is last year's plus those issued, less
     * those repealed.
     */
    public record DocumentCounts(Header issued, Header repealed, Header inForce) {
    }
}
