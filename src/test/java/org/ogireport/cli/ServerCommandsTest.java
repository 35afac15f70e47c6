package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.testing.PostgresCluster;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.UnitReports;

/**
 * The shared inbox on the command line, end to end against a real PostgreSQL: the administrator's {@code server init}
 * and {@code server units}, units submitting with the global {@code --server}/{@code --user} (passwords from
 * PostgreSQL's password file, as a script would have them), the compiling office collecting from the inbox and
 * returning a report, the unit seeing the comment; a server that is not there, exit 2 with the draft untouched.
 */
class ServerCommandsTest {

    private static final String COUNTY = "淮安市洪泽区人民政府";
    private static final String UNIT = "淮安市洪泽区教育局";
    private static final String FAULTY = "淮安市洪泽区财政局";
    private static final String ADMIN_PASSWORD = "Admin-Secret-3";

    private static PostgresCluster cluster;
    private static String url;

    @TempDir
    Path tmp;
    private Path pgpass;

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void startServer() throws Exception {
        cluster = PostgresCluster.start(30);
        cluster.createAdmin("ogi", "ogi_admin", ADMIN_PASSWORD);
        url = cluster.url("ogi");
    }

    @AfterAll
    static void stopServer() throws Exception {
        if (cluster != null) {
            cluster.close();
        }
    }

    @AfterEach
    void noPasswordFile() {
        System.clearProperty("org.postgresql.pgpassfile");
    }

    /** PostgreSQL's password file (the driver reads the file this property names before PGPASSFILE's). */
    private void passwords(Map<String, String> byRole) throws Exception {
        pgpass = tmp.resolve("pgpass");
        StringBuilder lines = new StringBuilder();
        byRole.forEach((role, password) -> lines.append("127.0.0.1:").append(cluster.port()).append(":ogi:")
                .append(role).append(':').append(password).append('\n'));
        Files.writeString(pgpass, lines);
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
    }

    private Run run(String dataDir, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", tmp.resolve(dataDir).toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    private void importReport(String dataDir, Report report) throws Exception {
        Path file = tmp.resolve(report.organ().name() + ".json");
        Files.writeString(file, ReportJson.write(report));
        Run imported = run(dataDir, "import", file.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
    }

    /** The account sheet's rows: organ → {role, password}. */
    private static Map<String, String[]> sheet(Path file) throws Exception {
        Map<String, String[]> rows = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook book = new XSSFWorkbook(in)) {
            Sheet s = book.getSheetAt(0);
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo(url);
            for (int r = 5; r <= s.getLastRowNum(); r++) {
                Row row = s.getRow(r);
                rows.put(row.getCell(0).getStringCellValue(), new String[] {row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue()});
            }
        }
        return rows;
    }

    @Test
    void theAdministratorSetsUpUnitsSubmitAndTheCompilerCollectsAndReturns() throws Exception {
        passwords(Map.of("ogi_admin", ADMIN_PASSWORD));
        Run init = run("office", "server", "init", "--url", url, "--admin", "ogi_admin");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).contains("已建立或升级到第 1 版");
        assertThat(run("office", "server", "init", "--url", url, "--admin", "ogi_admin").out()).contains("没有改动");

        Files.writeString(tmp.resolve("名单.csv"), "单位名称\n" + UNIT + "\n" + FAULTY + "\n");
        assertThat(run("office", "units", "import", tmp.resolve("名单.csv").toString(), "--for", COUNTY, "--year",
                "2024").code()).isZero();
        Path accounts = tmp.resolve("报送账号.xlsx");
        Run made = run("office", "server", "units", "--for", COUNTY, "--year", "2024", "--url", url, "--admin",
                "ogi_admin", "--out", accounts.toString());
        assertThat(made.code()).as(made.err()).isZero();
        assertThat(made.out()).contains("新建 3 个账号");
        Map<String, String[]> rows = sheet(accounts);
        assertThat(rows).containsOnlyKeys(COUNTY, UNIT, FAULTY);
        assertThat(rows.values()).allSatisfy(r -> assertThat(r[1]).hasSize(16));
        Run again = run("office", "server", "units", "--for", COUNTY, "--year", "2024", "--url", url, "--admin",
                "ogi_admin", "--out", accounts.toString(), "--force");
        assertThat(again.out()).contains("新建 0 个账号", "3 个已有账号保持原密码");
        assertThat(sheet(accounts).values()).allSatisfy(r -> assertThat(r[1]).isEmpty());

        Map<String, String> byRole = new LinkedHashMap<>(Map.of("ogi_admin", ADMIN_PASSWORD));
        rows.values().forEach(r -> byRole.put(r[0], r[1]));
        passwords(byRole);
        String unitRole = rows.get(UNIT)[0];
        String countyRole = rows.get(COUNTY)[0];

        importReport("unit", UnitReports.of(UNIT, OrganKind.COUNTY_DEPARTMENT, 2024, 1));
        Run submitted = run("unit", "--server", url, "--user", unitRole, "submit", "--org", UNIT, "--year", "2024");
        assertThat(submitted.code()).as(submitted.err()).isZero();
        assertThat(submitted.out()).contains("已报送", "第 1 号");
        Run twice = run("unit", "--server", url, "--user", unitRole, "submit", "--org", UNIT, "--year", "2024");
        assertThat(twice.out()).contains("没有重复报送", "第 1 号");

        // A county department cannot make 规章: the full test report has some, an error (T2-03).
        importReport("faulty", TestReports.full(2024, 3).copyAs(new Organ(FAULTY, OrganKind.COUNTY_DEPARTMENT),
                2024));
        Run refused = run("faulty", "--server", url, "--user", rows.get(FAULTY)[0], "submit", "--org", FAULTY,
                "--year", "2024");
        assertThat(refused.code()).isEqualTo(Cli.REPORT_HAS_ERRORS);
        assertThat(refused.err()).contains("不能报送", "T2-03");

        Run collected = run("office", "--server", url, "--user", countyRole, "collect", "--server-inbox", "--for",
                COUNTY, "--year", "2024");
        assertThat(collected.code()).as(collected.out() + collected.err()).isZero();
        assertThat(collected.out()).contains("报送服务器#1", "“" + UNIT + "”", "存入 1 个");
        assertThat(run("office", "status", "--for", COUNTY, "--year", "2024").out())
                .contains(UNIT + " · ", "收到“报送服务器#1”");

        Run noServer = run("office", "review", "--unit", UNIT, "--return", "表三第一列不平衡", "--for", COUNTY,
                "--year", "2024");
        assertThat(noServer.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(noServer.err()).contains("从报送服务器收到的", "--server");
        Run returned = run("office", "--server", url, "--user", countyRole, "review", "--unit", UNIT, "--return",
                "表三第一列不平衡", "--for", COUNTY, "--year", "2024");
        assertThat(returned.code()).as(returned.err()).isZero();

        Run seen = run("unit", "--server", url, "--user", unitRole, "submissions", "--org", UNIT);
        assertThat(seen.code()).as(seen.err()).isZero();
        assertThat(seen.out()).contains("#1", "退回：表三第一列不平衡");
        Run otherOrgan = run("unit", "--server", url, "--user", unitRole, "submissions", "--org", FAULTY);
        assertThat(otherOrgan.code()).isEqualTo(Cli.BAD_INPUT);
    }

    @Test
    void aServerThatIsNotThereExitsTwoAndTheDraftIsUntouched() throws Exception {
        importReport("unit", UnitReports.of(UNIT, OrganKind.COUNTY_DEPARTMENT, 2024, 1));
        String history = run("unit", "history", "--org", UNIT, "--year", "2024").out();
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        Run r = run("unit", "--server", "jdbc:postgresql://127.0.0.1:" + port + "/ogi", "--user", "ogi_x", "submit",
                "--org", UNIT, "--year", "2024");
        assertThat(r.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(r.err()).contains("无法连接报送服务器 127.0.0.1:" + port + "/ogi", "本地的年报没有任何改动");
        assertThat(run("unit", "history", "--org", UNIT, "--year", "2024").out()).isEqualTo(history);

        Run withPassword = run("unit", "--server", url + "?password=x", "--user", "ogi_x", "submit", "--org", UNIT,
                "--year", "2024");
        assertThat(withPassword.code()).isEqualTo(Cli.BAD_INPUT);
        assertThat(withPassword.err()).contains("不能写密码");
        Run none = run("unit", "submit", "--org", UNIT, "--year", "2024");
        assertThat(none.err()).contains("没有设置报送服务器");
    }
}
