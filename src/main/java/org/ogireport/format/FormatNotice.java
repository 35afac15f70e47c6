package org.ogireport.format;

/**
 * What the notice that issued a format asks of the prose, beyond its labels. 国办公开办函〔2021〕30号 asks 一、总体情况
 * to cover its five topics (主动公开、依申请公开、政府信息管理、平台建设、监督保障) and to keep to about a thousand
 * characters (“篇幅原则上不超过一千字”); the trial format's 国办公开办函〔2019〕60号 asks neither, so a rule of one format
 * is never applied to a report of the other.
 *
 * @param name              the notice, as the clerk knows it (国办公开办函〔2021〕30号)
 * @param overviewTopics    whether 一 is to cover the topics its fields are headed by
 * @param overviewMaxLength the length 一 should keep to, in counted characters; 0 when the notice sets none
 */
public record FormatNotice(String name, boolean overviewTopics, int overviewMaxLength) {

    /** Whether the notice sets a length for 一. */
    public boolean limitsOverview() {
        return overviewMaxLength > 0;
    }
}
