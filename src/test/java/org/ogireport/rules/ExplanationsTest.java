package org.ogireport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ogireport.model.Report;
import org.ogireport.testing.Fixtures;

/** A warning can be explained; an error cannot be explained away; the counts follow. */
class ExplanationsTest {

    private final Report hongze2023 = Fixtures.load(Fixtures.HONGZE_2023);
    private final List<Finding> findings = RuleSet.standard().check(hongze2023, null);

    private Finding byId(String id) {
        return findings.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aWarningCarriesTheClerksExplanation() {
        Finding w = byId("X-07:art50");
        assertThat(w.isExplainable()).isTrue();
        assertThat(w.explanationIn(hongze2023)).isNull();
        hongze2023.setExplanation(w.id(), "考核情况见区政府门户网站专栏。");
        assertThat(w.explanationIn(hongze2023)).isEqualTo("考核情况见区政府门户网站专栏。");
        FindingCounts c = FindingCounts.of(findings, hongze2023);
        assertThat(c).isEqualTo(new FindingCounts(2, 1, 1, 1));
        assertThat(c.unexplainedWarnings()).isZero();
    }

    @Test
    void anErrorOrAHintCannotBeExplainedAway() {
        Finding e = byId("T4-01:rev");
        Finding i = byId(RuleSet.NO_PREVIOUS_YEAR);
        hongze2023.setExplanation(e.id(), "总计按印刷稿填写。");
        hongze2023.setExplanation(i.id(), "无上年数据。");
        assertThat(e.isExplainable()).isFalse();
        assertThat(e.explanationIn(hongze2023)).isNull();
        assertThat(i.explanationIn(hongze2023)).isNull();
        assertThat(FindingCounts.of(findings, hongze2023)).isEqualTo(new FindingCounts(2, 1, 0, 1));
    }

    @Test
    void anExplanationOfAnotherFindingDoesNotCount() {
        hongze2023.setExplanation("X-01:s1.on_request:t3.r1.tot:17", "口径不同。");
        assertThat(FindingCounts.of(findings, hongze2023).unexplainedWarnings()).isEqualTo(1);
        assertThat(FindingCounts.of(List.of(), hongze2023)).isEqualTo(new FindingCounts(0, 0, 0, 0));
    }
}
