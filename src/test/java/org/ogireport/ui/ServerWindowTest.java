package org.ogireport.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.CollectOptions;
import org.ogireport.app.CollectProgress;
import org.ogireport.app.Compilation;
import org.ogireport.app.SentReport;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.ServerLogin;
import org.ogireport.app.UnitStatus;
import org.ogireport.app.Workspace;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.Verdict;
import org.ogireport.server.Accounts;
import org.ogireport.store.ReportStore;
import org.ogireport.testing.InboxServer;
import org.ogireport.testing.InboxServerExtension;
import org.ogireport.testing.UnitReports;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The shared inbox in the window (issue 14), against a real PostgreSQL set up by the real {@code server init}
 * (skipped where there is none, as the server's tests are): 设置 → 报送服务器 tried with a password asked in a masked
 * dialog (a wrong one said so, a server away said so) and saved without it; 报送 landing once on the server, the same
 * content again told as such, the office's return shown on the cover when the draft is opened again; a report with
 * errors refused with them listed; the compiling office collecting from the inbox on its board and approving there.
 */
@ExtendWith(ApplicationExtension.class)
class ServerWindowTest {

    private static final int YEAR = 2024;
    private static final Organ COUNTY = new Organ("淮安市洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT);
    /** Tries the settings: no password in the password file, so the window asks. */
    private static final String ASKED = "淮安市洪泽区教育局";
    /** Send with the password file's passwords. */
    private static final String SENDER = "淮安市洪泽区财政局";
    private static final String WITH_ERRORS = "淮安市洪泽区民政局";
    /** Sends before any server is set: the settings come first. */
    private static final String FIRST_TIME = "淮安市洪泽区水利局";
    private static final String FIRST = "淮安市洪泽区卫生健康委员会";
    private static final String SECOND = "淮安市洪泽区交通运输局";

    @RegisterExtension
    static final InboxServerExtension INBOX = new InboxServerExtension(30);
    private static InboxServer server;
    private static Map<String, String> passwords;

    @TempDir
    static Path pgpassDir;
    @TempDir
    Path tmp;

    private UiHarness ui;

    @BeforeAll
    static void accounts() throws Exception {
        server = INBOX.server();
        List<Accounts.Holder> holders = new java.util.ArrayList<>();
        holders.add(new Accounts.Holder(COUNTY.name(), COUNTY.kind().id(), null));
        for (String dept : List.of(ASKED, SENDER, WITH_ERRORS, FIRST_TIME, FIRST, SECOND)) {
            holders.add(new Accounts.Holder(dept, "county-department", COUNTY.name()));
        }
        passwords = server.accounts(holders);
        // PostgreSQL's password file (the driver reads the file this property names): every role but ASKED's.
        StringBuilder lines = new StringBuilder();
        int port = server.cluster().port();
        passwords.forEach((organ, password) -> {
            if (!organ.equals(ASKED)) {
                lines.append("127.0.0.1:").append(port).append(":ogi:").append(Accounts.roleOf(organ)).append(':')
                        .append(password).append('\n');
            }
        });
        Path pgpass = pgpassDir.resolve("pgpass");
        Files.writeString(pgpass, lines);
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
    }

    @AfterAll
    static void noPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

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

    /** Sets the server and role in the data folder, as the settings dialog would have. */
    private void useServer(FxRobot robot, String organ) {
        ui.workspace.rememberServer(new ServerLogin(server.url(), Accounts.roleOf(organ)));
        robot.interact(() -> ui.window.context().server().reload());
    }

    /** How many reports of an organ the inbox holds (as its administrator sees them all). */
    private static int submissions(String organ) throws Exception {
        try (Connection c = server.connect(InboxServer.ADMIN, InboxServer.ADMIN_PASSWORD);
             PreparedStatement s = c.prepareStatement("SELECT count(*) FROM ogi.submission WHERE organ = ?")) {
            s.setString(1, organ);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1);
            }
        }
    }

    /** A unit's own data folder, apart from the window's, with its account's inbox. */
    private ServerInbox inboxOf(Workspace ws, String organ) {
        return ws.inbox(new ServerLogin(server.url(), Accounts.roleOf(organ)), InboxServer.typed(passwords.get(organ)));
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private String status(FxRobot robot) {
        return robot.lookup("#server-status").queryAs(Label.class).getText();
    }

    /** Clicks 测试连接 and answers the password dialog (which must come) with a password. */
    private void testWithPassword(FxRobot robot, String password) throws Exception {
        robot.clickOn("#server-test");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#server-password").tryQuery()
                .isPresent());
        PasswordField field = robot.lookup("#server-password").queryAs(PasswordField.class);
        robot.interact(() -> field.setText(password));
        assertThat(ui.dialogText(robot)).contains("要求输入账号").contains(Accounts.roleOf(ASKED));
        ui.clickDialogButton(robot, "连接");
    }

    @Test
    void theSettingsAreTriedWithAPasswordAskedAndSavedWithoutIt(FxRobot robot) throws Exception {
        ui.command(ui.window::serverSettings);
        type(robot, "#server-url", "postgres://127.0.0.1/ogi");
        type(robot, "#server-role", Accounts.roleOf(ASKED));
        ui.clickDialogButton(robot, "保存");
        assertThat(status(robot)).as("a bad address keeps the dialog open, saying why").contains("JDBC 地址");
        assertThat(ui.window.context().server().login()).isEmpty();

        int closedPort = server.cluster().port() + 1;
        type(robot, "#server-url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/ogi");
        robot.clickOn("#server-test");
        ui.awaitIdle();
        assertThat(status(robot)).as("a server away").contains("无法连接报送服务器");

        type(robot, "#server-url", server.url());
        testWithPassword(robot, "not-the-password");
        ui.awaitIdle();
        assertThat(status(robot)).as("a wrong password").contains("密码不对");
        testWithPassword(robot, passwords.get(ASKED));
        ui.awaitIdle();
        assertThat(status(robot)).contains("连接成功").contains(ASKED);

        ui.clickDialogButton(robot, "保存");
        ui.awaitIdle();
        ServerLogin saved = new ServerLogin(server.url(), Accounts.roleOf(ASKED));
        assertThat(ui.window.context().server().login()).contains(saved);
        assertThat(ui.workspace.serverLogin()).contains(saved);
        String settings = Files.readString(ui.dir.resolve(ReportStore.SETTINGS_FILE));
        assertThat(settings).contains(Accounts.roleOf(ASKED)).doesNotContain(passwords.get(ASKED))
                .doesNotContain("not-the-password");
        String logs = logs();
        assertThat(logs).doesNotContain(passwords.get(ASKED)).doesNotContain("not-the-password");

        // The password typed serves the sitting: the inbox saved is the one tried, asked nothing more.
        ServerInbox inbox = ui.window.context().server().inbox();
        assertThat(ui.tasks.runAndWait("test", inbox::organ, 20)).isEqualTo(ASKED);

        ui.command(ui.window::serverSettings);
        assertThat(robot.lookup("#server-url").queryAs(TextField.class).getText()).isEqualTo(server.url());
        ui.clickDialogButton(robot, "不再使用");
        ui.awaitIdle();
        assertThat(ui.window.context().server().login()).isEmpty();
        assertThat(ui.workspace.serverLogin()).isEmpty();
    }

    private String logs() throws Exception {
        Path logDir = ui.dir.resolve("logs");
        if (!Files.isDirectory(logDir)) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        try (var files = Files.walk(logDir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f));
            }
        }
        return all.toString();
    }

    @Test
    void aSubmitLandsOnceAndTheReturnIsShownOnTheCover(FxRobot robot) throws Exception {
        useServer(robot, SENDER);
        ui.open(robot, UnitReports.of(SENDER, OrganKind.COUNTY_DEPARTMENT, YEAR, 5));
        ui.awaitIdle();
        assertThat(cover(robot)).as("looked up when opened").contains("还没有报送");

        ui.command(ui.window::submit);
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("已报送").contains("编号");
        ui.clickDialogButton(robot, "确定");
        assertThat(submissions(SENDER)).isEqualTo(1);
        assertThat(cover(robot)).contains("已报送").contains("等待主管部门审核");

        ui.command(ui.window::submit);
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("内容没有变化").contains("没有重复报送");
        ui.clickDialogButton(robot, "确定");
        assertThat(submissions(SENDER)).as("the same content twice is one submission").isEqualTo(1);

        try (Workspace county = Workspace.open(tmp.resolve("county"))) {
            Compilation c = county.compilation(COUNTY, YEAR);
            ServerInbox in = inboxOf(county, COUNTY.name());
            c.collectInbox(in, CollectOptions.defaults(), CollectProgress.NONE, () -> false);
            c.review(c.match(SENDER).unit().orElseThrow(), Verdict.RETURNED, "表三第一列请核实", in);
        }
        robot.interact(ui.window::showStart);
        ui.awaitIdle();
        robot.clickOn("#openButton");
        ui.awaitIdle();
        ui.go(robot, 0);
        assertThat(cover(robot)).contains("已退回").contains("表三第一列请核实");
    }

    private String cover(FxRobot robot) {
        return robot.lookup("#sentState").queryAs(Label.class).getText();
    }

    @Test
    void aReportWithErrorsIsRefusedListingThem(FxRobot robot) throws Exception {
        useServer(robot, WITH_ERRORS);
        Report report = UnitReports.of(WITH_ERRORS, OrganKind.COUNTY_DEPARTMENT, YEAR, 6);
        report.setCount("t3.r1.np", report.count("t3.r1.np") + 1);
        ui.open(robot, report);

        ui.command(ui.window::submit);
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).contains("不能报送").contains("T3-01").contains("自然人");
        ui.clickDialogButton(robot, "确定");
        assertThat(submissions(WITH_ERRORS)).isZero();
        assertThat(cover(robot)).contains("还没有报送");
    }

    @Test
    void withoutAServerTheSubmitAsksForOneFirstAndNoServerHidesTheState(FxRobot robot) {
        ui.open(robot, UnitReports.of(FIRST_TIME, OrganKind.COUNTY_DEPARTMENT, YEAR, 8));
        assertThat(robot.lookup("#sentState").queryAs(Label.class).isVisible()).as("no server set").isFalse();
        ui.command(ui.window::submit);
        assertThat(robot.lookup("#server-url").tryQuery()).as("the settings first").isPresent();
        ui.clickDialogButton(robot, "取消");
        assertThat(ui.window.context().server().login()).isEmpty();
        assertThat(ui.dialogText(robot)).as("nothing sent").isEmpty();

        ui.command(ui.window::submit);
        type(robot, "#server-url", server.url());
        type(robot, "#server-role", Accounts.roleOf(FIRST_TIME));
        ui.clickDialogButton(robot, "保存");
        ui.awaitIdle();
        assertThat(ui.dialogText(robot)).as("then sent, the password from the password file").contains("已报送");
        ui.clickDialogButton(robot, "确定");
        assertThat(cover(robot)).contains("等待主管部门审核");
        assertThat(robot.lookup("#sentState").queryAs(Label.class).isVisible()).isTrue();

        ui.command(ui.window::serverSettings);
        ui.clickDialogButton(robot, "不再使用");
        ui.awaitIdle();
        assertThat(robot.lookup("#sentState").queryAs(Label.class).isVisible()).isFalse();
    }

    @Test
    void theBoardCollectsFromTheInboxAndTheApprovalGoesBack(FxRobot robot) throws Exception {
        for (String dept : List.of(FIRST, SECOND)) {
            try (Workspace ws = Workspace.open(tmp.resolve(dept))) {
                Report r = UnitReports.of(dept, OrganKind.COUNTY_DEPARTMENT, YEAR, dept.length());
                ws.save(r, "草稿");
                inboxOf(ws, dept).submit(ReportKey.of(r));
            }
        }
        ui.workspace.rememberCompilation(ui.workspace.compilation(COUNTY, YEAR));
        ui.command(ui.window::openSummary);
        ui.awaitIdle();
        MenuItem fromServer = collectItem(robot);
        assertThat(fromServer.isDisable()).as("no server set").isTrue();

        useServer(robot, COUNTY.name());
        assertThat(fromServer.isDisable()).isFalse();
        robot.interact(fromServer::fire);
        ui.awaitIdle();
        TableView<?> files = robot.lookup("#files").queryAs(TableView.class);
        assertThat(files.getItems()).hasSizeGreaterThanOrEqualTo(2);
        robot.clickOn("#backButton");
        ui.awaitIdle();

        Compilation c = ui.workspace.compilation(COUNTY, YEAR);
        assertThat(c.board()).filteredOn(s -> List.of(FIRST, SECOND).contains(s.unit().name()))
                .extracting(UnitStatus::state).hasSize(2).isSubsetOf(UnitStatus.State.RECEIVED,
                        UnitStatus.State.WARNINGS);

        selectUnit(robot, FIRST);
        robot.clickOn("#approveButton");
        ui.awaitIdle();
        assertThat(ui.workspace.compilation(COUNTY, YEAR).board()).filteredOn(s -> s.unit().name().equals(FIRST))
                .extracting(UnitStatus::state).containsExactly(UnitStatus.State.APPROVED);
        try (Workspace ws = Workspace.open(tmp.resolve(FIRST))) {
            assertThat(inboxOf(ws, FIRST).latest(ReportKey.own(FIRST, YEAR))).as("the approval went back")
                    .hasValueSatisfying(s -> assertThat(s.state()).isEqualTo(SentReport.State.APPROVED));
        }
    }

    /** Selects a unit's row of the board by its name, as shown. */
    @SuppressWarnings("unchecked")
    private static void selectUnit(FxRobot robot, String name) {
        TableView<Object> units = robot.lookup("#units").queryAs(TableView.class);
        TableColumn<Object, String> names = (TableColumn<Object, String>) units.getColumns().stream()
                .filter(col -> "nameColumn".equals(col.getId())).findFirst().orElseThrow();
        int row = units.getItems().stream().map(names::getCellData).toList().indexOf(name);
        assertThat(row).as(name).isNotNegative();
        robot.interact(() -> units.getSelectionModel().select(row));
    }

    private static MenuItem collectItem(FxRobot robot) {
        MenuButton collect = robot.lookup("#collectButton").queryAs(MenuButton.class);
        return collect.getItems().stream().filter(i -> "collect-server".equals(i.getId())).findFirst()
                .orElseThrow();
    }
}
