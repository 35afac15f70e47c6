package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.decoration.Decoration;
import org.controlsfx.control.decoration.Decorator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.testing.TestReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The start view's 新建年报 form: its fields say what is wrong as the clerk leaves them, and stored organs are offered. */
@ExtendWith(ApplicationExtension.class)
class StartFormTest {

    private static final String ORGAN = "凤泉区科学技术局";
    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private void showStart(FxRobot robot) {
        ui.workspace.save(TestReports.full(2024, 1).copyAs(new Organ(ORGAN, OrganKind.COUNTY_DEPARTMENT), 2024), "测试");
        robot.interact(ui.window::showStart);
        ui.awaitIdle();
    }

    @Test
    void aYearThatIsNoYearIsMarkedWhenTheClerkLeavesItAndUnmarkedWhenFixed(FxRobot robot) {
        showStart(robot);
        TextField year = robot.lookup("#year").queryAs(TextField.class);
        robot.clickOn(year).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write("二〇二五");
        assertThat(marks(year)).as("nothing marked while the clerk types").isEmpty();
        robot.clickOn("#organName");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marks(year)).as("marked once left").isNotEmpty();
        robot.interact(() -> year.setText("２０２５")); // full-width digits are a year
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(marks(year)).isEmpty();
    }

    /** The decorations ControlsFX put on a field (none: null). */
    private static List<Decoration> marks(Node field) {
        List<Decoration> d = Decorator.getDecorations(field);
        return d == null ? List.of() : d;
    }

    @Test
    void storedOrgansAreOfferedAsTheNameIsTyped(FxRobot robot) throws Exception {
        showStart(robot);
        TextField organ = robot.lookup("#organName").queryAs(TextField.class);
        robot.interact(() -> organ.setText(""));
        robot.clickOn(organ).write("凤泉");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS,
                () -> !robot.lookup(".name-suggestions").queryAll().isEmpty());
        robot.type(KeyCode.DOWN).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(organ.getText()).isEqualTo(ORGAN);
    }
}
