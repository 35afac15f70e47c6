package org.ogireport.rules;

import java.util.regex.Pattern;

/**
 * What the prose says about the applications of table 三, recognised from the words before and after a stated
 * number. Only clear statements count: a number whose words could mean something else (复议, 信访, 建议, 许可 …) is
 * left alone, since a rule that cries wolf is worse than none.
 */
final class Phrases {

    static final String APPLICATION = "申请";
    /** Words that make a count something other than information-disclosure applications. */
    static final Pattern OTHER_MATTER = Pattern.compile(
            "复议|诉讼|起诉|信访|举报|投诉|咨询|留言|建议|提案|热线|来电|来信|意见|许可|审批|处罚|政务服务|办件");
    static final Pattern RECEIVED = Pattern.compile("受理|收到|新收|接收|接到|收悉");
    static final Pattern CONCLUDED = Pattern.compile("答复|办结|办理完毕|办理完成|处理完毕");
    static final Pattern CARRIED_IN = Pattern.compile("(上年|上一年|上年度|往年)度?(结转|转来|转入)|结转自上");
    static final Pattern CARRIED_OUT = Pattern.compile("(结转|顺延|转入|转至|转到)(至|到|入)?(下|次|明)一?年|下一?年度?继续办理");
    /** After a count of applications received: the count includes last year's carry-over (含上年结转 2 件). */
    static final Pattern INCLUDES_CARRIED_IN = Pattern.compile(
            "^\\s*[（(，,]?\\s*(其中|含|包括|包含)[^。；;]{0,6}?(上年|上一年|上年度)度?结转");
    /** Leads this short are the verb and little else (其中新收, 共答复): the sentence says what they count. */
    private static final int SHORT_LEAD = 10;

    private Phrases() {
    }

    /**
     * Whether a count is about information-disclosure applications: 申请 is in its clause, or its lead is short and
     * 申请 is earlier in the sentence; and nothing else is named.
     */
    static boolean aboutApplications(Quote q) {
        String lead = q.lead();
        String tail = q.tail();
        if (OTHER_MATTER.matcher(lead).find() || OTHER_MATTER.matcher(tail).find()) {
            return false;
        }
        return lead.contains(APPLICATION) || tail.contains(APPLICATION)
                || lead.length() <= SHORT_LEAD && q.before().contains(APPLICATION)
                && !OTHER_MATTER.matcher(q.before()).find();
    }

    static boolean isCount(Quote q) {
        return q.unit().equals("件");
    }

    static boolean isPercent(Quote q) {
        return q.unit().equals("%") || q.unit().equals("％");
    }
}
