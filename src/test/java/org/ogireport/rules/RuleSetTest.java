package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ogireport.rules.RuleTesting.ids;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestReports;

/** The whole rule set: every rule of spec §6 but A-01, and reports of every shape. */
class RuleSetTest {

    @Test
    void hasEveryRuleOfTheSpecButTheAggregateOnesAndTheDeadline() {
        assertThat(RuleSet.standard().rules()).extracting(Rule::id).containsExactly(
                "T2-01", "T2-02", "T2-03", "T2-04", "T2-05", "T3-01", "T3-02", "T3-03", "T3-04", "T3-05",
                "T4-01", "T4-02", "T4-03", "Y-01", "Y-02", "Y-03", "Y-04",
                "X-01", "X-02", "X-03", "X-04", "X-05", "X-06", "X-07", "X-08");
    }

    @Test
    void everyRuleAndTheDeadlineIsExplainedInWordsInBothLanguages() {
        List<String> ruleIds = new ArrayList<>(RuleSet.standard().rules().stream().map(Rule::id).toList());
        ruleIds.add(Deadline.RULE);
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Messages.CHINESE)) {
                Messages.setLocale(locale);
                for (String id : ruleIds) {
                    assertThat(RuleSet.about(id)).as(id).isNotBlank().doesNotContain("!");
                }
            }
        } finally {
            Messages.setLocale(Messages.CHINESE);
        }
        assertThat(RuleSet.about("T3-01")).contains("本年新收", "上年结转", "结转下年度");
        assertThat(RuleSet.about("Y-01/Y-02")).contains("\n").contains("上年结转", "现行有效");
    }

    @Test
    void aCompleteConsistentReportHasNoErrorAndNoTableWarning() {
        List<Finding> f = RuleSet.standard().check(TestReports.full(2024, 3), TestReports.full(2023, 4));
        assertThat(f).noneMatch(x -> x.severity() == Severity.E && !x.rule().equals("Y-01"));
        assertThat(f).noneMatch(x -> x.rule().startsWith("T"));
    }

    @Test
    void anEmptyDraftHasNoErrorOnlyWhatIsStillToWrite() {
        List<Finding> f = RuleSet.standard().check(TestReports.empty(2024), null);
        assertThat(f).noneMatch(x -> x.severity() == Severity.E);
        assertThat(f).extracting(Finding::rule).containsOnly("T2-05", "T3-04", "T4-03", "X-07", "Y-01/Y-02/Y-03/Y-04");
        // One warning per block of table 二, per column of table 三, per group of table 四: 4 + 7 + 3.
        assertThat(f.stream().filter(x -> x.rule().startsWith("T"))).hasSize(14);
    }

    @Test
    void aTrialFormatReportIsCheckedWithTheRulesThatApplyToIt() {
        Report trial = new Report(FormatVersion.V2019, TestReports.ORGAN, 2020, ValueMode.AS_PUBLISHED);
        for (CellSpec c : trial.catalog().cells()) {
            if (c.kind().isInteger()) {
                trial.setCount(c.key(), 0L);
            } else {
                trial.setAmount(c.key(), BigDecimal.ZERO);
            }
        }
        for (TextField t : trial.catalog().texts()) {
            trial.setText(t.key(), "全年受理政府信息公开申请 0 件，予以公开 0 件，行政复议 0 件，工作考核、社会评议、责任追究均已落实。");
        }
        Report next = TestReports.full(2021, 5);
        assertThat(RuleSet.standard().check(trial, null)).extracting(Finding::id)
                .containsExactly(RuleSet.NO_PREVIOUS_YEAR);
        assertThat(ids(RuleSet.standard().check(next, trial))).contains("Y-02").doesNotContain("T2-04");
        Report late = new Report(FormatVersion.V2019, TestReports.ORGAN, 2022, ValueMode.AS_PUBLISHED);
        assertThat(ids(RuleSet.standard().check(late, null))).contains("T2-04");
    }
}
