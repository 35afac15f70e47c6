package org.ogireport.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.ogireport.app.Workspace;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;

/**
 * Walks every screen of the real window on a full report and writes a PNG of each (1280×720), to be looked at as a
 * clerk would. Not a test: run it under a display, e.g.
 * {@code xvfb-run -s "-screen 0 1366x768x24" java -cp ... org.ogireport.ui.ScreenTour target/screenshots}.
 */
public final class ScreenTour {

    private static Path out;

    public static void main(String[] args) throws IOException {
        out = Path.of(args.length > 0 ? args[0] : "target/screenshots");
        Files.createDirectories(out);
        // Not an Application subclass: such a main class fails on the class path.
        Platform.startup(() -> {
            try {
                start(new Stage());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private static void start(Stage stage) throws IOException {
        Path data = Files.createTempDirectory("ogi-tour");
        Workspace ws = Workspace.open(data);
        Report report = TestReports.full(2024, 7);
        // One T3-01 error, so that the marks and the findings show.
        report.setCount("t3.r1.np", report.count("t3.r1.np") + 1);
        report.setText("s5.problems", "");
        ws.save(report, "导入");
        // An empty report of 2020: the 2019 trial format, whose table 二 has five blocks.
        Report empty = Report.newDraft(new Organ("凤泉区科学技术局", OrganKind.COUNTY_DEPARTMENT), 2020);
        ws.save(empty, "新建");
        TaskExecutor tasks = new TaskExecutor(data.resolve("logs"), System.err::println);
        MainWindowController window = MainWindowController.show(stage, tasks);
        window.setWorkspace(ws);
        Scene scene = stage.getScene();

        // Each step returns false while what it needs is not there yet (the background thread is still reading).
        List<BooleanSupplier> steps = new ArrayList<>();
        steps.add(() -> shoot(scene, "00-start"));
        steps.add(() -> open(scene, "测试市"));
        for (int i = 0; i < 8; i++) {
            int screen = i;
            steps.add(() -> select(scene, screen));
            steps.add(() -> shoot(scene, String.format("%02d-screen", screen + 1)));
        }
        steps.add(() -> select(scene, 3) && window.currentView().focus("t3.r4.oth"));
        steps.add(() -> shoot(scene, "11-table3-scrolled"));
        steps.add(() -> {
            ((ReportGrid) scene.lookup("#grid-t3-0")).paste("abc");
            return true;
        });
        steps.add(() -> shoot(scene, "12-table3-error"));
        steps.add(() -> {
            scene.getAccelerators().get(new KeyCodeCombination(KeyCode.H, KeyCombination.SHORTCUT_DOWN)).run();
            return true;
        });
        steps.add(() -> scene.lookup("#revisions") != null && shoot(scene, "15-history"));
        steps.add(() -> {
            ((Button) scene.lookup("#restoreButton")).getParent().getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof Button b && b.isCancelButton()).findFirst()
                    .ifPresent(b -> ((Button) b).fire());
            return true;
        });
        steps.add(() -> {
            window.showStart();
            return true;
        });
        steps.add(() -> open(scene, "凤泉区"));
        steps.add(() -> select(scene, 3));
        steps.add(() -> shoot(scene, "13-trial-empty-table3"));
        steps.add(() -> select(scene, 2));
        steps.add(() -> shoot(scene, "14-trial-empty-table2"));
        steps.add(() -> {
            Platform.exit();
            return true;
        });

        int[] next = {0};
        Timeline timeline = new Timeline(new KeyFrame(Duration.millis(400), e -> {
            if (next[0] < steps.size() && steps.get(next[0]).getAsBoolean()) {
                next[0]++;
            }
        }));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
    }

    private static boolean open(Scene scene, String organ) {
        ListView<?> drafts = (ListView<?>) scene.lookup("#drafts");
        if (drafts == null || drafts.getParent() == null || drafts.getScene() == null) {
            return false;
        }
        for (int i = 0; i < drafts.getItems().size(); i++) {
            if (StartView.describe((DraftInfo) drafts.getItems().get(i)).contains(organ)) {
                drafts.getSelectionModel().select(i);
                ((Button) scene.lookup("#openButton")).fire();
                return true;
            }
        }
        return false;
    }

    private static boolean select(Scene scene, int screen) {
        ListView<?> nav = (ListView<?>) scene.lookup(".nav");
        if (nav == null || nav.getScene() == null || nav.getItems().size() <= screen) {
            return false;
        }
        nav.getSelectionModel().select(screen);
        return true;
    }

    private static boolean shoot(Scene scene, String name) {
        WritableImage image = scene.snapshot(null);
        PixelReader pixels = image.getPixelReader();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        BufferedImage png = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                png.setRGB(x, y, pixels.getArgb(x, y));
            }
        }
        try {
            ImageIO.write(png, "png", out.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return true;
    }
}
