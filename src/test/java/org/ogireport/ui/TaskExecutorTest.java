package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.util.UserException;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work apart from the store's thread that the clerk waits for shows in the status bar until it ends. */
@ExtendWith(ApplicationExtension.class)
class TaskExecutorTest {

    @TempDir
    Path dir;

    @Start
    void start(Stage stage) {
        // Only the FX thread is needed.
    }

    @Test
    void connectingApartShowsItsProgressUntilItEndsWellOrBadly() throws Exception {
        List<String> failures = new ArrayList<>();
        try (TaskExecutor tasks = new TaskExecutor(dir, failures::add)) {
            CountDownLatch release = new CountDownLatch(1);
            List<String> outcome = new ArrayList<>();
            WaitForAsyncUtils.asyncFx(() -> tasks.runApartShowingProgress("连接报送服务器", () -> {
                release.await(10, TimeUnit.SECONDS);
                return "洪泽区教育局";
            }, outcome::add, outcome::add)).get();
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(tasks.progressProperty().get()).isNotNull()
                    .satisfies(p -> assertThat(p.step()).isEqualTo("连接报送服务器"));
            release.countDown();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tasks::isIdle);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(outcome).containsExactly("洪泽区教育局");
            assertThat(tasks.progressProperty().get()).isNull();

            WaitForAsyncUtils.asyncFx(() -> tasks.<String>runApartShowingProgress("连接报送服务器", () -> {
                throw new UserException("报送服务器没有应答");
            }, outcome::add, outcome::add)).get();
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, tasks::isIdle);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(outcome).containsExactly("洪泽区教育局", "报送服务器没有应答");
            assertThat(tasks.progressProperty().get()).isNull();
            assertThat(failures).as("the caller's failure sink, not the window's").isEmpty();
        }
    }
}
