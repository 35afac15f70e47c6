package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F1 opens the 填报说明 beside the report, at the part being filled, and finds what is typed in its search. */
@ExtendWith(ApplicationExtension.class)
class GuideWindowTest {

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    @Test
    void f1OpensTheGuideAtThePartBeingFilledAndItsSearchFindsWords(FxRobot robot) {
        ui.open(robot, TestReports.empty(2024));
        ui.go(robot, 3);
        robot.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();

        ListView<?> chapters = robot.lookup(".guide .nav").queryListView();
        assertThat(chapters.getSelectionModel().getSelectedItem()).asString().contains("chapterKey=s3");
        assertThat(robot.lookup(".guide-chapter").queryLabeled().getText()).isEqualTo("三、收到和处理政府信息公开申请情况");
        assertThat(robot.lookup(".guide-text").queryAllAs(Labeled.class))
                .anySatisfy(l -> assertThat(l.getText()).contains("T3-01"));

        TextField search = robot.lookup(".guide .text-field").queryAs(TextField.class);
        assertThat(search.isFocused()).isTrue();
        robot.clickOn(search).write("信息处理费");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".guide-chapter").queryAllAs(Labeled.class))
                .extracting(Labeled::getText).contains("六、其他需要报告的事项");
        robot.clickOn(search).type(KeyCode.ESCAPE);
        assertThat(robot.lookup(".guide").tryQuery()).as("Esc closed the guide's window").isEmpty();
    }
}
