package org.ogireport.ui;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.transform.Scale;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.Duration;
import javax.imageio.ImageIO;
import org.ogireport.app.SentReport;
import org.ogireport.app.Workspace;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.model.Submission;
import org.ogireport.model.Verdict;
import org.ogireport.testing.TestReports;
import org.ogireport.ui.grid.ReportGrid;
import org.ogireport.ui.start.StartView;

/**
 * Walks every screen of the real window on a full report and writes a PNG of each (1280×720), to be looked at as a
 * clerk would. Not a test: run it under a display with the tour profile,
 * {@code xvfb-run -a -s "-screen 0 1366x768x24" mvn -Ptour} (pictures in target/screenshots). With
 * {@code -Dtour.scale=1.5} (and a 1920×1080 screen, {@code -Dtour.jvm=-Dglass.gtk.uiScale=1.5}) it draws each
 * picture at 150 %, as a 1920×1080 screen at 150 % shows the window (into target/screenshots-150).
 */
public final class ScreenTour {

    private static Path out;
    /** How the pictures are drawn: 1 as on a 1280×720 screen at 100 %, 1.5 as on 1920×1080 at 150 %. */
    private static final double SCALE = Double.parseDouble(System.getProperty("tour.scale", "1"));

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
        ws.backup();
        MainWindowView window = MainWindowView.show(stage, tasks);
        window.useDataFolder(new DataFolderOpening(stage, tasks, data, window::setWorkspace, Platform::exit));
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
        steps.add(() -> select(scene, 3) && window.currentView().focus("t3.r1.np"));
        steps.add(() -> {
            window.showGuide();
            return true;
        });
        steps.add(() -> shootDialog(stage, "16-guide-table3"));
        steps.add(() -> {
            Window guide = dialog(stage);
            ((TextField) guide.getScene().lookup(".text-field")).setText("信息处理费");
            return true;
        });
        steps.add(() -> shootDialog(stage, "16b-guide-search"));
        steps.add(() -> {
            dialog(stage).hide();
            Platform.runLater(() -> Dialogs.keys(stage, window.keysHelp()));
            return true;
        });
        steps.add(() -> shootDialog(stage, "17-keys"));
        steps.add(() -> closeDialog(stage, "确定"));
        steps.add(() -> {
            window.print();
            return true;
        });
        steps.add(() -> scene.lookup(".printed-page") != null && shoot(scene, "18-print-preview"));
        steps.add(() -> {
            ((ScrollPane) scene.lookup(".print-preview")).setVvalue(0.45);
            return true;
        });
        steps.add(() -> shoot(scene, "18b-print-preview-table"));
        steps.add(() -> {
            writePages(scene);
            window.back();
            return true;
        });
        steps.add(() -> {
            window.showStart();
            return true;
        });
        steps.add(() -> scene.lookup("#continueButton").isVisible() && shoot(scene, "19-start-continue"));
        steps.add(() -> open(scene, "凤泉区"));
        steps.add(() -> select(scene, 3));
        steps.add(() -> shoot(scene, "13-trial-empty-table3"));
        steps.add(() -> select(scene, 2));
        steps.add(() -> shoot(scene, "14-trial-empty-table2"));
        addFileSteps(steps, stage, window, data);
        SummaryTour.addSteps(steps, stage, window, ws, tasks, data);
        addRestoreSteps(steps, stage, window);
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

    /**
     * 文件 → 从备份恢复: the backups listed, the confirmation, the start view after the restore (last: the data folder
     * is opened anew).
     */
    private static void addRestoreSteps(List<BooleanSupplier> steps, Stage stage, MainWindowView window) {
        Scene scene = stage.getScene();
        steps.add(() -> {
            window.showStart();
            window.restoreBackup();
            return true;
        });
        steps.add(() -> scene.lookup("#backups") != null
                && !((ListView<?>) scene.lookup("#backups")).getItems().isEmpty() && shoot(scene, "60-backups"));
        steps.add(() -> {
            Platform.runLater(() -> ((Button) scene.lookup("#restoreButton")).fire());
            return true;
        });
        steps.add(() -> shootDialog(stage, "60b-backups-confirm"));
        steps.add(() -> closeDialog(stage, "恢复"));
        steps.add(() -> scene.lookup("#startNotice") != null && scene.lookup("#startNotice").isVisible()
                && shoot(scene, "60c-backups-restored"));
    }

    /** The commands that read and write files, their views and dialogs; the file dialogs answer by themselves. */
    @SuppressWarnings("unchecked")
    private static void addFileSteps(List<BooleanSupplier> steps, Stage stage, MainWindowView window,
                                     Path data) throws IOException {
        Deque<Path> answers = new ArrayDeque<>();
        window.context().useFileDialogs(new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, List<FileType> types, Path folder) {
                return Optional.ofNullable(answers.poll());
            }

            @Override
            public Optional<Path> save(Window owner, String title, List<FileType> types, Path folder, String name) {
                return Optional.ofNullable(answers.poll());
            }
        });
        Path samples = Path.of(System.getProperty("ogi.sharedSamples", "../shared/samples"));
        Path exports = Files.createDirectories(data.resolve("exports"));
        Scene scene = stage.getScene();
        // The web copy cut off in the middle of table 三: the preview shows what is missing.
        List<String> lines = Files.readAllLines(samples.resolve("fengquan-science-bureau-2024.txt"));
        Path truncated = Files.write(exports.resolve("凤泉区科技局年报（不完整）.txt"), lines.subList(0, 66));
        steps.add(() -> {
            window.showStart();
            answers.add(truncated);
            Platform.runLater(window::importReport);
            return true;
        });
        steps.add(() -> scene.lookup("#storeButton") != null && shoot(scene, "20-import-notes"));
        steps.add(() -> tab(scene, 2) && shoot(scene, "21-import-table3"));
        steps.add(() -> scrollDown(scene));
        steps.add(() -> shoot(scene, "21b-import-table3-bottom"));
        steps.add(() -> tab(scene, 4) && shoot(scene, "22-import-prose"));
        steps.add(() -> {
            ((TextField) scene.lookup("#organName")).setText("测试市人民政府");
            Platform.runLater(() -> ((Button) scene.lookup("#storeButton")).fire());
            return true;
        });
        steps.add(() -> shootDialog(stage, "23-import-exists"));
        steps.add(() -> closeDialog(stage, "取消"));
        steps.add(() -> {
            ((Button) scene.lookup("#cancelButton")).fire();
            Platform.runLater(window::newYear);
            return true;
        });
        steps.add(() -> shootDialog(stage, "24-new-year"));
        steps.add(() -> closeDialog(stage, "开始")); // the newest draft's organ has no year before: said in the dialog
        steps.add(() -> shootDialog(stage, "24b-new-year-refused"));
        steps.add(() -> {
            ComboBox<String> organ = (ComboBox<String>) dialog(stage).getScene().lookup("#newYear-organ");
            organ.setValue("测试市人民政府");
            return closeDialog(stage, "开始");
        });
        steps.add(() -> shootDialog(stage, "25-new-year-replace") || true);
        steps.add(() -> select(scene, 1) && shoot(scene, "26-carried-prose"));
        steps.add(() -> {
            window.showStart();
            return true;
        });
        steps.add(() -> open(scene, "测试市人民政府 · 2024"));
        steps.add(() -> {
            answers.add(exports.resolve("测试市人民政府2024年政府信息公开工作年度报告.docx"));
            Platform.runLater(() -> window.export("docx"));
            return true;
        });
        steps.add(() -> shootDialog(stage, "27-export-refused"));
        steps.add(() -> closeDialog(stage, "导出草稿"));
        steps.add(() -> shootDialog(stage, "28-export-done"));
        steps.add(() -> closeDialog(stage, "确定"));
        steps.add(() -> {
            Platform.runLater(window::showAbout);
            return true;
        });
        steps.add(() -> shootDialog(stage, "29-about"));
        steps.add(() -> closeDialog(stage, "关闭"));
        addServerSteps(steps, stage, window);
    }

    /** 设置 → 报送服务器 (as first shown, then with a bad address), the password dialog, a return on the cover. */
    private static void addServerSteps(List<BooleanSupplier> steps, Stage stage, MainWindowView window) {
        Scene scene = stage.getScene();
        steps.add(() -> {
            Platform.runLater(window::serverSettings);
            return true;
        });
        steps.add(() -> shootDialog(stage, "30-server-settings"));
        steps.add(() -> {
            Window d = dialog(stage);
            ((TextField) d.getScene().lookup("#server-url")).setText("postgres://inbox/ogi");
            ((TextField) d.getScene().lookup("#server-role")).setText("ogi_3f9a0c1d2e4b5a69");
            return closeDialog(stage, "保存");
        });
        steps.add(() -> shootDialog(stage, "30b-server-settings-bad-url"));
        steps.add(() -> closeDialog(stage, "取消"));
        steps.add(() -> {
            Platform.runLater(() -> Dialogs.password(stage, "inbox.huaian.gov.cn:5432/ogi", "ogi_3f9a0c1d2e4b5a69"));
            return true;
        });
        steps.add(() -> shootDialog(stage, "31-server-password"));
        steps.add(() -> closeDialog(stage, "取消"));
        steps.add(() -> {
            OffsetDateTime sent = OffsetDateTime.of(2025, 1, 20, 9, 30, 0, 0, ZoneOffset.ofHours(8));
            window.model().session().showSent(Optional.of(new SentReport(17, "测试市人民政府", 2024, Scope.OWN, sent,
                    "ogi_3f9a0c1d2e4b5a69", Optional.of(new Submission.Review(Verdict.RETURNED,
                    "表三第一列“本年新收”与各类申请人之和不一致，请核实后重新报送。", sent.plusDays(2))))));
            return select(scene, 0);
        });
        steps.add(() -> shoot(scene, "32-cover-returned"));
    }

    /** The printed pages themselves at 150 dpi, as paper would show them. */
    private static void writePages(Scene scene) {
        int n = 0;
        for (javafx.scene.Node page : scene.getRoot().lookupAll(".printed-page")) {
            SnapshotParameters dpi = new SnapshotParameters();
            dpi.setTransform(new Scale(150 / 72.0, 150 / 72.0));
            write(page.snapshot(dpi, null), String.format("print-page-%02d", ++n));
        }
    }

    private static boolean scrollDown(Scene scene) {
        ((ScrollPane) ((TabPane) scene.lookup("#tabs")).getTabs().get(2).getContent()).setVvalue(1);
        return true;
    }

    private static boolean tab(Scene scene, int index) {
        ((TabPane) scene.lookup("#tabs")).getSelectionModel().select(index);
        return true;
    }

    /** The dialog open over the window, or null. */
    static Window dialog(Stage stage) {
        return Window.getWindows().stream().filter(w -> w != stage && w.isShowing()).reduce((a, b) -> b)
                .orElse(null);
    }

    static boolean shootDialog(Stage stage, String name) {
        Window d = dialog(stage);
        return d != null && shoot(d.getScene(), name);
    }

    static boolean closeDialog(Stage stage, String button) {
        Window d = dialog(stage);
        if (d == null) {
            return false;
        }
        d.getScene().getRoot().lookupAll(".button").stream().map(n -> (Button) n)
                .filter(b -> b.getText().replace("_", "").startsWith(button)).findFirst()
                .ifPresent(b -> Platform.runLater(b::fire));
        return true;
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

    static boolean select(Scene scene, int screen) {
        ListView<?> nav = (ListView<?>) scene.lookup(".nav");
        if (nav == null || nav.getScene() == null || nav.getItems().size() <= screen) {
            return false;
        }
        nav.getSelectionModel().select(screen);
        return true;
    }

    static boolean shoot(Scene scene, String name) {
        SnapshotParameters scaled = new SnapshotParameters();
        scaled.setTransform(new Scale(SCALE, SCALE));
        write(scene.getRoot().snapshot(scaled, null), name);
        return true;
    }

    private static void write(WritableImage image, String name) {
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
    }
}
