package org.ogireport.ui.draft;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.Report;
import org.ogireport.rules.Finding;
import org.ogireport.rules.Severity;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.MessageBar;
import org.ogireport.ui.ViewLoader;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A warning is marked on its field, listed, and can be explained right there; a click goes to it. */
@ExtendWith(ApplicationExtension.class)
class FindingsListTest {

    private DraftSession session;
    private final List<Finding> jumps = new ArrayList<>();

    /** A warning of our own (the standard rules of this branch have none): 五 must not be empty. */
    private static List<Finding> emptyProblems(Report r) {
        return r.text("s5.problems").isEmpty()
                ? List.of(new Finding("X-07:s5", "X-07", Severity.W, List.of("s5.problems"), "五、存在的主要问题为空。"))
                : List.of();
    }

    @Start
    void start(Stage stage) {
        session = new DraftSession(TestReports.empty(2024), FindingsListTest::emptyProblems);
        ProseEditor editor = new ProseEditor(session.catalog().text("s5.problems").orElseThrow(), session,
                new MessageBar());
        FindingsList list = new FindingsList(session, false, jumps::add);
        list.setId("findings");
        Scene scene = new Scene(new VBox(editor, list), 700, 500);
        scene.getStylesheets().add(ViewLoader.styleSheet());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void aWarningIsExplainedRightThereAndThenNoLongerCounts(FxRobot robot) {
        TextArea area = robot.lookup("#text-s5-problems").queryAs(TextArea.class);
        assertThat(area.getPseudoClassStates().toString()).contains("warning");
        assertThat(session.counts("s5").warnings()).isEqualTo(1);

        robot.clickOn("说明原因…");
        robot.clickOn("#explanation-text").write("本年度经自查确无需要报告的问题。");
        robot.clickOn("保存说明");
        assertThat(jumps).as("the link asks for the explanation and does not jump").isEmpty();

        assertThat(session.report().explanation("X-07:s5")).isEqualTo("本年度经自查确无需要报告的问题。");
        assertThat(session.counts("s5").warnings()).isZero();
        assertThat(area.getPseudoClassStates().toString()).doesNotContain("warning");
        assertThat(robot.lookup("原因：本年度经自查确无需要报告的问题。").tryQuery()).isPresent();

        robot.interact(session::undo);
        assertThat(session.report().explanation("X-07:s5")).isNull();
        assertThat(session.counts("s5").warnings()).isEqualTo(1);
    }

    @Test
    void aClickOnAFindingGoesToIt(FxRobot robot) {
        robot.clickOn("五、存在的主要问题为空。");
        assertThat(jumps).extracting(Finding::id).containsExactly("X-07:s5");
    }

    @Test
    void theRuleIdSaysInWordsWhatTheRuleChecks(FxRobot robot) {
        Labeled head = robot.lookup(".finding-head").queryLabeled();
        assertThat(head.getText()).contains("X-07");
        assertThat(head.getTooltip().getText()).startsWith("X-07：").contains("五个方面");
    }
}
