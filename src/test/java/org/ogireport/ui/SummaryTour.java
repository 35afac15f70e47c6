package org.ogireport.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.Compilation;
import org.ogireport.app.UnitStatus;
import org.ogireport.app.Workspace;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.testing.UnitReports;
import org.ogireport.ui.grid.ReportGrid;

/**
 * The 汇总 screens of the {@link ScreenTour}: a county with fourteen units — ten sent (one with an error, one
 * returned, one approved), four not — its board, filtered, a unit's report, the return dialog, the aggregate with a
 * cell drilled down, a collect going and done, the unit list's dialogs, the choice of government and year.
 */
final class SummaryTour {

    private static final Organ COUNTY = new Organ("淮安市洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT);
    private static final List<String> DEPARTMENTS = List.of("洪泽区教育局", "洪泽区财政局", "洪泽区民政局",
            "洪泽区交通运输局", "洪泽区卫生健康委员会", "洪泽区自然资源和规划局", "洪泽区住房和城乡建设局");
    private static final List<String> TOWNSHIPS = List.of("高良涧街道办事处", "朱坝街道办事处", "黄集街道办事处");
    private static final List<String> NOT_SENT = List.of("洪泽区应急管理局", "洪泽区市场监督管理局", "岔河镇人民政府",
            "西顺河镇人民政府");

    private SummaryTour() {
    }

    static void addSteps(List<BooleanSupplier> steps, Stage stage, MainWindowView window, Workspace ws,
                         TaskExecutor tasks, Path data) throws IOException {
        Path inbox = Files.createDirectories(data.resolve("inbox"));
        Path later = Files.createDirectories(data.resolve("later"));
        prepare(ws, inbox, later);
        Scene scene = stage.getScene();
        Deque<Path> answers = new ArrayDeque<>();
        steps.add(() -> {
            window.showStart();
            ws.rememberCompilation(ws.compilation(COUNTY, 2024));
            window.context().useFileDialogs(new FileDialogs() {
                @Override
                public Optional<Path> open(Window owner, String title, List<FileType> types, Path folder) {
                    return Optional.ofNullable(answers.poll());
                }

                @Override
                public Optional<Path> save(Window owner, String title, List<FileType> types, Path folder,
                                           String name) {
                    return Optional.ofNullable(answers.poll());
                }
            });
            window.openSummary();
            return true;
        });
        steps.add(() -> scene.lookup("#units") != null && tasks.isIdle() && ScreenTour.shoot(scene, "40-board"));
        steps.add(() -> {
            ((ComboBox<UnitStatus.State>) scene.lookup("#stateFilter")).setValue(UnitStatus.State.NOT_SENT);
            return true;
        });
        steps.add(() -> ScreenTour.shoot(scene, "41-board-not-sent"));
        steps.add(() -> {
            ((ComboBox<UnitStatus.State>) scene.lookup("#stateFilter")).setValue(null);
            select(scene, "洪泽区财政局");
            fire(scene, "#openButton");
            return true;
        });
        steps.add(() -> scene.lookup("#unit-prose-body") != null && ScreenTour.shoot(scene, "42-unit-report"));
        steps.add(() -> {
            ((ListView<?>) scene.lookup(".findings-list")).getSelectionModel().select(0);
            return true;
        });
        steps.add(() -> ScreenTour.shoot(scene, "42b-unit-report-finding"));
        steps.add(() -> {
            fire(scene, "#backButton");
            return true;
        });
        steps.add(() -> scene.lookup("#units") != null && tasks.isIdle() && select(scene, "洪泽区民政局"));
        steps.add(() -> {
            Platform.runLater(() -> fire(scene, "#returnButton"));
            return true;
        });
        steps.add(() -> {
            Window d = ScreenTour.dialog(stage);
            if (d == null) {
                return false;
            }
            ((TextArea) d.getScene().lookup("#return-comment")).setText("表三“本年新收”与第一部分正文的数不一致，请核实后重新报送。");
            return ScreenTour.shootDialog(stage, "43-return-dialog");
        });
        steps.add(() -> ScreenTour.closeDialog(stage, "取消"));
        steps.add(() -> tab(scene, "#tabs", 1) && ScreenTour.shoot(scene, "44a-aggregate-none"));
        steps.add(() -> {
            fire(scene, "#sumButton");
            return true;
        });
        steps.add(() -> scene.lookup("#aggregate-t3-0") != null && tasks.isIdle() && tab(scene, "#tables", 1)
                && ((ReportGrid) scene.lookup("#aggregate-t3-0")).focusCell("t3.r1.np"));
        steps.add(() -> !((TableView<?>) scene.lookup("#contributions")).getItems().isEmpty()
                && ScreenTour.shoot(scene, "44-aggregate-drill"));
        steps.add(() -> {
            ((ReportGrid) scene.lookup("#aggregate-t3-0")).focusCell("t3.r1.tot");
            return true;
        });
        steps.add(() -> tasks.isIdle() && ScreenTour.shoot(scene, "44b-aggregate-drill-total"));
        steps.add(() -> {
            tab(scene, "#tabs", 0);
            answers.add(later);
            ((MenuButton) scene.lookup("#collectButton")).getItems().get(0).fire();
            return true;
        });
        steps.add(() -> {
            Label status = (Label) scene.lookup("#status");
            return status != null && status.getText().contains("已读取") && ScreenTour.shoot(scene,
                    "45-collect-running");
        });
        steps.add(() -> tasks.isIdle() && ((Label) scene.lookup("#status")).getText().startsWith("共")
                && ScreenTour.shoot(scene, "46-collect-done"));
        steps.add(() -> {
            ((CheckBox) scene.lookup("#notStoredOnly")).setSelected(false);
            return ScreenTour.shoot(scene, "46b-collect-all-files");
        });
        steps.add(() -> {
            fire(scene, "#backButton");
            return true;
        });
        steps.add(() -> scene.lookup("#units") != null && tasks.isIdle() && ScreenTour.shoot(scene,
                "47-board-after-collect"));
        steps.add(() -> {
            Platform.runLater(() -> ((MenuButton) scene.lookup("#unitsButton")).getItems().get(1).fire());
            return true;
        });
        steps.add(() -> {
            Window d = ScreenTour.dialog(stage);
            if (d == null) {
                return false;
            }
            ((TextArea) d.getScene().lookup("#paste-units")).setText("序号\t单位名称\t类别\t联系人\t联系电话\n"
                    + "1\t洪泽区审计局\t部门\t王敏\t0517-87221234\n2\t老子山镇人民政府\t乡镇\t李强\t0517-87331234\n"
                    + "3\t国家税务总局淮安市洪泽区税务局\t垂直管理\t\t\n");
            return ScreenTour.shootDialog(stage, "48-paste-units");
        });
        steps.add(() -> ScreenTour.closeDialog(stage, "取消"));
        steps.add(() -> {
            Platform.runLater(() -> ((MenuButton) scene.lookup("#unitsButton")).getItems().get(0).fire());
            return true;
        });
        steps.add(() -> ScreenTour.shootDialog(stage, "49-add-unit"));
        steps.add(() -> ScreenTour.closeDialog(stage, "取消"));
        steps.add(() -> {
            Platform.runLater(window::chooseSummary);
            return true;
        });
        steps.add(() -> ScreenTour.shootDialog(stage, "50-choose-government"));
        steps.add(() -> ScreenTour.closeDialog(stage, "取消"));
        steps.add(() -> {
            tab(scene, "#tabs", 1);
            fire(scene, "#openDraftButton");
            return true;
        });
        steps.add(() -> scene.lookup(".nav") != null && tasks.isIdle() && ScreenTour.shoot(scene,
                "51-aggregate-draft"));
        // Its tables only show, and say why (the sum of the units' reports).
        steps.add(() -> ScreenTour.select(scene, 3));
        steps.add(() -> scene.lookup("#aggregateNote") != null && ScreenTour.shoot(scene, "52-aggregate-draft-table"));
    }

    /** The county's units and what ten of them sent; and a second batch to collect in the window. */
    private static void prepare(Workspace ws, Path inbox, Path later) {
        Compilation c = ws.compilation(COUNTY, 2024);
        int seed = 1;
        for (String name : DEPARTMENTS) {
            Report r = UnitReports.of(name, OrganKind.COUNTY_DEPARTMENT, 2024, seed++);
            if (name.equals("洪泽区财政局")) {
                // One error (T3-01), so that a unit's report shows its marks and findings.
                r.setCount("t3.r1.np", r.count("t3.r1.np") + 1);
            }
            UnitReports.write(r, seed % 2 == 0 ? "json" : "docx", inbox.resolve(name + (seed % 2 == 0 ? ".json"
                    : ".docx")));
        }
        for (String name : TOWNSHIPS) {
            UnitReports.write(UnitReports.of(name, OrganKind.TOWNSHIP, 2024, seed++), "xlsx",
                    inbox.resolve(name + ".xlsx"));
        }
        for (String name : NOT_SENT) {
            c.addUnit(Unit.of(name, name.endsWith("镇人民政府") ? OrganKind.TOWNSHIP : OrganKind.COUNTY_DEPARTMENT,
                    name.endsWith("镇人民政府") ? UnitRelation.TOWNSHIP : UnitRelation.DEPARTMENT));
        }
        c.addUnit(Unit.of("洪泽区科学技术局", OrganKind.COUNTY_DEPARTMENT, UnitRelation.DEPARTMENT));
        c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
        c.review(c.match("洪泽区教育局").unit().orElseThrow(), Verdict.APPROVED, "");
        c.review(c.match("洪泽区交通运输局").unit().orElseThrow(), Verdict.RETURNED, "第五部分没有写存在的问题。");
        // Later: twenty departments' Word files, one unsure name, two files of one unit, and a note that is no report.
        for (int i = 1; i <= 20; i++) {
            String name = "洪泽区第" + i + "工作局";
            UnitReports.write(UnitReports.of(name, OrganKind.COUNTY_DEPARTMENT, 2024, 100 + i), "docx",
                    later.resolve(String.format("%02d-%s.docx", i, name)));
        }
        UnitReports.write(UnitReports.of("洪泽区科技局", OrganKind.COUNTY_DEPARTMENT, 2024, 40), "json",
                later.resolve("科技局年报.json"));
        UnitReports.write(UnitReports.of("淮安市洪泽区应急管理局", OrganKind.COUNTY_DEPARTMENT, 2024, 41), "json",
                later.resolve("应急管理局.json"));
        UnitReports.write(UnitReports.of("洪泽区应急管理局", OrganKind.COUNTY_DEPARTMENT, 2024, 42), "docx",
                later.resolve("应急管理局（修改稿）.docx"));
        try {
            Files.writeString(later.resolve("报送说明.txt"), "各单位：请于1月31日前报送年报。");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void fire(Scene scene, String id) {
        ((Button) scene.lookup(id)).fire();
    }

    private static boolean tab(Scene scene, String id, int index) {
        TabPane tabs = (TabPane) scene.lookup(id);
        if (tabs == null) {
            return false;
        }
        tabs.getSelectionModel().select(index);
        return true;
    }

    /** Selects a unit's row on the board. */
    @SuppressWarnings("unchecked")
    private static boolean select(Scene scene, String name) {
        TableView<Object> units = (TableView<Object>) scene.lookup("#units");
        TableColumn<Object, ?> names = units.getColumns().stream().filter(c -> "nameColumn".equals(c.getId()))
                .findFirst().orElseThrow();
        for (int i = 0; i < units.getItems().size(); i++) {
            if (name.equals(names.getCellData(i))) {
                units.getSelectionModel().select(i);
                return true;
            }
        }
        return false;
    }
}
