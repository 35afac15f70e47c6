package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.CollectedFile;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.app.Compilation;
import org.ogireport.app.UnitStatus;
import org.ogireport.app.UnitStatus.State;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.testing.UnitReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * 汇总 in the window (issue 13): the board lists the units, filters those not sent, sums and drills a cell down to
 * the units; a unit's report is returned with a reason (and refused without one) or approved; a folder is collected
 * with the progress shown, the files not stored are settled one by one, and a cancel stores nothing more.
 */
@ExtendWith(ApplicationExtension.class)
class SummaryWindowTest {

    private static final Organ COUNTY = new Organ("淮安市洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT);
    private static final int YEAR = 2024;

    @TempDir
    Path inbox;

    private UiHarness ui;

    @Start
    void start(Stage stage) {
        ui = UiHarness.start(stage);
    }

    @BeforeEach
    void awaitStart() {
        ui.awaitIdle();
    }

    @AfterEach
    void close(FxRobot robot) {
        ui.close(robot);
    }

    private Compilation compilation() {
        return ui.workspace.compilation(COUNTY, YEAR);
    }

    private static Report report(String name, OrganKind kind, long seed) {
        return UnitReports.of(name, kind, YEAR, seed);
    }

    /** Five units on the list, three of which sent their report (as .json, read by the app's own reader). */
    private List<Report> fiveUnitsThreeSent() {
        Compilation c = compilation();
        List<Report> sent = List.of(report("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1),
                report("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 2),
                report("高良涧街道办事处", OrganKind.TOWNSHIP, 3));
        for (Report r : sent) {
            UnitReports.write(r, "json", inbox.resolve(r.organ().name() + ".json"));
        }
        c.addUnit(Unit.of("洪泽区民政局", OrganKind.COUNTY_DEPARTMENT, UnitRelation.DEPARTMENT));
        c.addUnit(Unit.of("岔河镇人民政府", OrganKind.TOWNSHIP, UnitRelation.TOWNSHIP));
        assertThat(c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false))
                .extracting(CollectedFile::outcome).containsOnly(Outcome.STORED);
        return sent;
    }

    /** Opens the board of the county's 汇总 from the menu, compiled before (so nothing is asked). */
    private void openBoard() {
        ui.workspace.rememberCompilation(compilation());
        ui.command(ui.window::openSummary);
        ui.awaitIdle();
    }

    @SuppressWarnings("unchecked")
    private static <T> TableView<T> table(FxRobot robot, String id) {
        return (TableView<T>) robot.lookup(id).queryAs(TableView.class);
    }

    /** What a column of the board shows, row by row as shown. */
    @SuppressWarnings("unchecked")
    private static <T> List<T> column(FxRobot robot, String columnId) {
        TableView<Object> units = table(robot, "#units");
        TableColumn<Object, T> column = (TableColumn<Object, T>) units.getColumns().stream()
                .filter(c -> columnId.equals(c.getId())).findFirst().orElseThrow();
        return units.getItems().stream().map(column::getCellData).toList();
    }

    private static List<String> unitsShown(FxRobot robot) {
        return column(robot, "nameColumn");
    }

    private static void selectUnit(FxRobot robot, String name) {
        int row = unitsShown(robot).indexOf(name);
        assertThat(row).as(name).isNotNegative();
        robot.interact(() -> table(robot, "#units").getSelectionModel().select(row));
    }

    private static String boardMessage(FxRobot robot) {
        return robot.lookup(".message-bar").queryAllAs(Label.class).stream().filter(Node::isVisible)
                .map(Label::getText).findFirst().orElse("");
    }

    private UnitStatus statusOf(String name) {
        Unit unit = compilation().match(name).unit().orElseThrow();
        return compilation().board().stream().filter(s -> s.unit().equals(unit)).findFirst().orElseThrow();
    }

    @Test
    void theBoardListsTheUnitsFiltersThoseNotSentAndDrillsACellDownToEachUnit(FxRobot robot) {
        List<Report> sent = fiveUnitsThreeSent();

        // The first time, the government and year are asked.
        ui.command(ui.window::openSummary);
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("汇总哪个政府");
        robot.interact(() -> {
            robot.lookup("#compiler-name").queryTextInputControl().setText(COUNTY.name());
            robot.lookup("#compiler-year").queryTextInputControl().setText(Integer.toString(YEAR));
        });
        assertThat(robot.lookup("#compiler-kind").queryComboBox().getValue()).isEqualTo(OrganKind.COUNTY_GOVERNMENT);
        ui.clickDialogButton(robot, "打开汇总");

        assertThat(robot.lookup(".section-title").queryLabeled().getText()).contains(COUNTY.name(), "2024");
        assertThat(robot.lookup(".board-counts").queryLabeled().getText()).contains("单位 5 个", "已报送 3 个",
                "计入汇总 3 个");
        // In the list's order: the two listed first, then those the collect added.
        assertThat(unitsShown(robot)).containsExactly("洪泽区民政局", "岔河镇人民政府", "洪泽区教育局", "洪泽区财政局",
                "高良涧街道办事处");
        assertThat(ui.workspace.lastCompilation()).hasValueSatisfying(k -> assertThat(k.organName())
                .isEqualTo(COUNTY.name()));

        ComboBox<State> state = robot.lookup("#stateFilter").queryComboBox();
        robot.interact(() -> state.setValue(State.NOT_SENT));
        assertThat(unitsShown(robot)).containsExactly("洪泽区民政局", "岔河镇人民政府");
        robot.interact(() -> state.setValue(null));
        robot.clickOn("#textFilter").write("财政");
        assertThat(unitsShown(robot)).containsExactly("洪泽区财政局");
        robot.interact(() -> robot.lookup("#textFilter").queryTextInputControl().clear());

        robot.clickOn("#sumButton");
        ui.awaitIdle();
        assertThat(boardMessage(robot)).contains("计入 3 个单位", "未计入 2 个");
        assertThat(robot.lookup(".aggregate-top .label").queryLabeled().getText()).contains("计入 3 个单位");
        TabPane tables = robot.lookup("#tables").queryAs(TabPane.class);
        robot.interact(() -> tables.getSelectionModel().select(1)); // 表三
        robot.clickOn(robot.lookup("#aggregate-t3-0 #cell-t3-r1-np").queryAs(Label.class));
        ui.awaitIdle();

        TableView<Compilation.Contribution> parts = table(robot, "#contributions");
        assertThat(parts.getItems()).extracting(p -> p.unit().name())
                .containsExactly("洪泽区教育局", "洪泽区财政局", "高良涧街道办事处");
        for (Report r : sent) {
            assertThat(parts.getItems()).filteredOn(p -> p.unit().name().equals(r.organ().name())).singleElement()
                    .satisfies(p -> assertThat(p.value()).isEqualByComparingTo(r.value("t3.r1.np")));
        }
        BigDecimal total = UnitReports.sum(sent, "t3.r1.np");
        assertThat(robot.lookup(".drill-total").queryLabeled().getText()).contains(total.toPlainString());
        assertThat(ui.cellText(robot, "t3.r1.np")).isEqualTo(total.toPlainString());
    }

    @Test
    void aUnitIsReturnedWithAReasonNeverWithoutOneAndAnotherApprovedFromItsReport(FxRobot robot) {
        fiveUnitsThreeSent();
        openBoard();
        selectUnit(robot, "洪泽区财政局");
        State before = statusOf("洪泽区财政局").state();

        robot.clickOn("#returnButton");
        assertThat(ui.dialogText(robot)).contains("退回的原因");
        ui.clickDialogButton(robot, "退回");
        assertThat(boardMessage(robot)).contains("请写明退回的原因");
        assertThat(statusOf("洪泽区财政局").state()).isEqualTo(before).isNotEqualTo(State.RETURNED);

        robot.clickOn("#returnButton");
        robot.interact(() -> robot.lookup("#return-comment").queryAs(TextArea.class).setText("表三第一列不平衡，请核实"));
        ui.clickDialogButton(robot, "退回");
        assertThat(boardMessage(robot)).contains("“洪泽区财政局”的年报退回");
        UnitStatus returned = statusOf("洪泽区财政局");
        assertThat(returned.state()).isEqualTo(State.RETURNED);
        assertThat(returned.latest().orElseThrow().review().orElseThrow().comment()).isEqualTo("表三第一列不平衡，请核实");
        int row = unitsShown(robot).indexOf("洪泽区财政局");
        assertThat(column(robot, "stateColumn").get(row)).isEqualTo(returned);
        assertThat(column(robot, "commentColumn").get(row)).isEqualTo("表三第一列不平衡，请核实");

        // Another unit's report, read-only with its findings, approved from there.
        selectUnit(robot, "洪泽区教育局");
        robot.clickOn("#openButton");
        ui.awaitIdle();
        assertThat(robot.lookup(".section-title").queryLabeled().getText()).contains("洪泽区教育局");
        assertThat(robot.lookup("#unit-t3-0").tryQuery()).isPresent();
        assertThat(robot.lookup(".findings-title").queryLabeled().getText()).contains("0 个错误");
        robot.clickOn("#approveButton");
        ui.awaitIdle();
        assertThat(statusOf("洪泽区教育局").state()).isEqualTo(State.APPROVED);
        assertThat(robot.lookup("#units").tryQuery()).as("back on the board").isPresent();
        assertThat(boardMessage(robot)).contains("审核通过");
    }

    @Test
    void aFolderIsCollectedWithItsProgressAndTheFilesNotStoredAreSettledOneByOne(FxRobot robot) throws IOException {
        compilation().addUnit(Unit.of("洪泽区科学技术局", OrganKind.COUNTY_DEPARTMENT, UnitRelation.DEPARTMENT));
        for (Report r : List.of(report("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT, 1),
                report("高良涧街道办事处", OrganKind.TOWNSHIP, 3), report("洪泽区民政局", OrganKind.COUNTY_DEPARTMENT, 5))) {
            UnitReports.write(r, "json", inbox.resolve(r.organ().name() + ".json"));
        }
        UnitReports.write(report("洪泽区科技局", OrganKind.COUNTY_DEPARTMENT, 4), "json", inbox.resolve("科技局.json"));
        UnitReports.write(report("淮安市洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 6), "json",
                inbox.resolve("财政局-1.json"));
        UnitReports.write(report("洪泽区财政局", OrganKind.COUNTY_DEPARTMENT, 7), "docx", inbox.resolve("财政局-2.docx"));
        Files.writeString(inbox.resolve("说明.txt"), "请查收。");
        openBoard();
        List<TaskExecutor.Progress> shown = new CopyOnWriteArrayList<>();
        ui.tasks.progressProperty().addListener((o, was, now) -> shown.add(now));

        ui.files.answers.add(inbox);
        robot.clickOn("#collectButton");
        robot.clickOn("从文件夹收集…");
        ui.awaitIdle();

        assertThat(shown).as("the status bar followed the files").filteredOn(p -> p != null && p.done() > 0)
                .isNotEmpty().allSatisfy(p -> assertThat(p.step()).startsWith("已读取").contains("/7 个文件"));
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("共 7 个文件", "存入 3 个", "没有存入 4 个");
        TableView<CollectedFile> files = table(robot, "#files");
        assertThat(robot.lookup("#notStoredOnly").queryAs(CheckBox.class).isSelected()).isTrue();
        assertThat(files.getItems()).extracting(CollectedFile::outcome).containsExactlyInAnyOrder(Outcome.UNSURE,
                Outcome.CONFLICT, Outcome.CONFLICT, Outcome.REFUSED);
        assertThat(files.getItems()).filteredOn(f -> f.outcome() == Outcome.UNSURE).singleElement()
                .satisfies(f -> assertThat(f.candidates()).containsExactly("洪泽区科学技术局"));

        // The unsure file is the unit its name resembles; of the two files for one unit, the second is taken.
        robot.clickOn(robot.lookup(".collect-store").queryButton());
        ui.awaitIdle();
        robot.clickOn(robot.lookup(".collect-take").queryAllAs(Button.class).iterator().next());
        ui.awaitIdle();
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("存入 5 个", "没有存入 2 个");
        assertThat(statusOf("洪泽区科学技术局").latest()).hasValueSatisfying(s -> assertThat(s.fileName())
                .isEqualTo("科技局.json"));
        assertThat(statusOf("洪泽区财政局").latest()).isPresent();

        robot.clickOn("#backButton");
        ui.awaitIdle();
        // The file taken named its organ 淮安市洪泽区财政局 or 洪泽区财政局: the unit added is named as it said.
        assertThat(unitsShown(robot)).hasSize(5).contains("洪泽区教育局", "高良涧街道办事处", "洪泽区民政局",
                "洪泽区科学技术局", statusOf("洪泽区财政局").unit().name());
        assertThat(robot.lookup(".board-counts").queryLabeled().getText()).contains("已报送 5 个");
    }

    @Test
    void anUnsureFileMayBeItsOwnNewUnit(FxRobot robot) {
        compilation().addUnit(Unit.of("洪泽区科学技术局", OrganKind.COUNTY_DEPARTMENT, UnitRelation.DEPARTMENT));
        UnitReports.write(report("洪泽区科技局", OrganKind.COUNTY_DEPARTMENT, 4), "json", inbox.resolve("科技局.json"));
        openBoard();
        ui.files.answers.add(inbox.resolve("科技局.json"));
        robot.clickOn("#collectButton");
        robot.clickOn("选择文件收集…");
        ui.awaitIdle();
        assertThat(table(robot, "#files").getItems()).extracting(f -> ((CollectedFile) f).outcome())
                .containsExactly(Outcome.UNSURE);

        ComboBox<String> unit = robot.lookup(".unit-choice").queryComboBox();
        assertThat(unit.getItems()).containsExactly("洪泽区科学技术局", "作为新单位加入名单");
        robot.interact(() -> unit.getSelectionModel().select(1));
        robot.clickOn(robot.lookup(".collect-store").queryButton());
        ui.awaitIdle();

        assertThat(compilation().units()).extracting(Unit::name).containsExactly("洪泽区科学技术局", "洪泽区科技局");
        assertThat(statusOf("洪泽区科技局").latest()).hasValueSatisfying(s -> assertThat(s.fileName())
                .isEqualTo("科技局.json"));
        assertThat(statusOf("洪泽区科学技术局").latest()).isEmpty();
    }

    @Test
    void aCancelStopsBeforeTheNextFileAndStoresNothingMore(FxRobot robot) throws Exception {
        for (int i = 1; i <= 6; i++) {
            Report r = report("洪泽区第" + i + "局", OrganKind.COUNTY_DEPARTMENT, i);
            UnitReports.write(r, "json", inbox.resolve(i + ".json"));
        }
        openBoard();
        // The background thread busy with something else: the collect waits, and the clerk cancels meanwhile.
        CountDownLatch busy = new CountDownLatch(1);
        ui.tasks.run("busy", () -> {
            busy.await();
            return null;
        }, done -> { });
        ui.files.answers.add(inbox);
        robot.clickOn("#collectButton");
        robot.clickOn("从文件夹收集…");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#backButton").queryButton().isDisabled()).as("no way back while it runs").isTrue();
        robot.clickOn("#cancelButton");
        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("正在取消");
        busy.countDown();
        ui.awaitIdle();

        assertThat(robot.lookup("#status").queryLabeled().getText()).contains("共 6 个文件", "存入 0 个");
        TableView<CollectedFile> files = table(robot, "#files");
        assertThat(files.getItems()).hasSize(6).extracting(CollectedFile::outcome).containsOnly(Outcome.CANCELLED);
        assertThat(compilation().units()).as("nothing stored, no unit added").isEmpty();
        robot.clickOn("#backButton");
        ui.awaitIdle();
        assertThat(unitsShown(robot)).isEmpty();
    }
    @Test
    void aListIsPastedAndTheWorkbookAndTheFeedbackAreWrittenWhereTheClerkSays(FxRobot robot) throws Exception {
        fiveUnitsThreeSent();
        openBoard();

        robot.clickOn("#unitsButton");
        robot.clickOn("粘贴名单…");
        robot.interact(() -> robot.lookup("#paste-units").queryAs(TextArea.class).setText(
                "序号\t单位名称\t类别\n1\t洪泽区审计局\t部门\n2\t洪泽区教育局\t部门\n3\t老子山镇人民政府\t乡镇\n"));
        assertThat(robot.lookup("#paste-read").queryLabeled().getText()).contains("读到 3 个单位", "老子山镇人民政府（乡镇/街道）");
        ui.clickDialogButton(robot, "加入名单");
        assertThat(boardMessage(robot)).contains("读到 3 个单位，新增 2 个");
        assertThat(unitsShown(robot)).hasSize(7).contains("洪泽区审计局", "老子山镇人民政府");
        assertThat(statusOf("老子山镇人民政府").unit().relation()).isEqualTo(UnitRelation.TOWNSHIP);

        Path book = inbox.resolve("汇总表.xlsx");
        ui.files.answers.add(book);
        robot.clickOn("#outputsButton");
        robot.clickOn("汇总表（.xlsx）…");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("汇总表已写出", "汇总表.xlsx");
        ui.clickDialogButton(robot, "打开所在文件夹");
        assertThat(ui.foldersOpened).containsExactly(inbox);
        assertThat(Files.size(book)).isPositive();
        assertThat(ui.files.proposed).last().asString().contains("淮安市洪泽区人民政府", "2024", "汇总表");

        // No unit returned yet: the 反馈单 of all of them has nothing to say, and says so on the board.
        Path feedback = inbox.resolve("反馈单.docx");
        ui.files.answers.add(feedback);
        robot.clickOn("#outputsButton");
        robot.clickOn("反馈单：全部退回的单位（.docx）…");
        ui.awaitIdle();
        assertThat(boardMessage(robot)).contains("没有被退回的单位年报");
        assertThat(feedback).doesNotExist();

        compilation().review(compilation().match("洪泽区财政局").unit().orElseThrow(),
                Verdict.RETURNED, "表三不平衡");
        ui.files.answers.add(feedback);
        robot.clickOn("#outputsButton");
        robot.clickOn("反馈单：全部退回的单位（.docx）…");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("反馈单已写出");
        ui.clickDialogButton(robot, "确定");
        assertThat(Files.size(feedback)).isPositive();
    }
}
