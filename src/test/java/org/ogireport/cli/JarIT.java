package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Report;
import org.ogireport.testing.Converted;
import org.ogireport.testing.PostgresCluster;
import org.ogireport.testing.TestReports;

/** The packaged jar, run as a user runs it: `java -jar target/ogi-report.jar …`. */
class JarIT {

    @TempDir
    Path tmp;

    record Result(int code, String out) {
    }

    /** Runs the jar in the POSIX locale, where the platform encoding cannot carry Chinese output. */
    private Result jar(String... args) throws IOException, InterruptedException {
        return jarIn("C", args);
    }

    /**
     * Runs the jar in a locale. Chinese in the arguments needs a UTF-8 (or GBK) locale: Java decodes the command
     * line with the platform encoding, as every office PC has; only the output falls back to UTF-8.
     */
    private Result jarIn(String locale, String... args) throws IOException, InterruptedException {
        return run(locale, Map.of(), args);
    }

    /** Runs the jar in a UTF-8 locale with more environment variables. */
    private Result jarWith(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        return run("C.UTF-8", environment, args);
    }

    private Result run(String locale, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", System.getProperty("ogi.jar")));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).directory(tmp.toFile());
        pb.environment().put("LC_ALL", locale);
        pb.environment().put("LANG", locale);
        pb.environment().remove("OGI_REPORT_HOME");
        pb.environment().put("XDG_DATA_HOME", tmp.resolve("xdg").toString());
        pb.environment().putAll(environment);
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void versionAndHelpInChineseEvenInThePosixLocale() throws Exception {
        Result v = jar("--version");
        assertThat(v.code()).isZero();
        assertThat(v.out()).startsWith("政务公开年报助手 0.1.0");
        Result h = jar("--help");
        assertThat(h.out()).contains("用法：").contains("import");
    }

    @Test
    void importValidateExportThroughTheJar() throws Exception {
        Report r = TestReports.full(2024, 3);
        Path in = tmp.resolve("in.json");
        Files.writeString(in, ReportJson.write(r));
        Path data = tmp.resolve("data");
        Result imp = jar("--data-dir", data.toString(), "import", in.toString());
        assertThat(imp.code()).as(imp.out()).isZero();
        assertThat(imp.out()).contains("已导入").doesNotContain("INFO").doesNotContain("WARN");
        Result val = jarIn("C.UTF-8", "--data-dir", data.toString(), "validate", "--org", r.organ().name(),
                "--year", "2024");
        assertThat(val.code()).as(val.out()).isZero();
        Path out = tmp.resolve("out.json");
        Result exp = jarIn("C.UTF-8", "--data-dir", data.toString(), "export", "--org", r.organ().name(),
                "--year", "2024", "--format", "json", "--out", out.toString());
        assertThat(exp.code()).as(exp.out()).isZero();
        assertThat(Files.readString(out)).isEqualTo(ReportJson.write(r));
        assertThat(data.resolve("logs/ogi-report.log")).as("logs go to the data folder").exists();
    }

    /**
     * The shared inbox through the jar: the driver and Flyway on its class path, the migrations found inside the jar
     * (the unit tests read them from a folder), the password from the file PGPASSFILE names; a server that is not
     * there, exit 2 in words.
     */
    @Test
    void theJarSetsUpAnInboxServer() throws Exception {
        try (PostgresCluster cluster = PostgresCluster.start(20)) {
            cluster.createAdmin("ogi", "ogi_admin", "Jar-Secret-5");
            Path pgpass = tmp.resolve("pgpass");
            Files.writeString(pgpass, "127.0.0.1:" + cluster.port() + ":ogi:ogi_admin:Jar-Secret-5\n");
            Result init = jarWith(Map.of("PGPASSFILE", pgpass.toString()), "server", "init", "--url",
                    cluster.url("ogi"), "--admin", "ogi_admin");
            assertThat(init.code()).as(init.out()).isZero();
            assertThat(init.out()).contains("第 1 版");
        }
        Result away = jar("--data-dir", tmp.resolve("data").toString(), "--server", "jdbc:postgresql://127.0.0.1:1/ogi",
                "--user", "ogi_x", "submissions", "--org", "x");
        assertThat(away.code()).as(away.out()).isEqualTo(Cli.BAD_INPUT);
        assertThat(away.out()).contains("无法连接报送服务器 127.0.0.1:1/ogi");
    }

    /**
     * Word and Excel through the jar, whose POI has only the lite OOXML schemas (the unit tests run with the complete
     * ones, see pom.xml): the exports, the check report, and reading the exports back.
     */
    @Test
    void officeFilesAreWrittenAndReadWithTheSchemasThePackageShips() throws Exception {
        Report r = TestReports.full(2024, 3);
        Path in = tmp.resolve("in.json");
        Files.writeString(in, ReportJson.write(r));
        Path data = tmp.resolve("data");
        assertThat(jar("--data-dir", data.toString(), "import", in.toString()).code()).isZero();
        for (String format : List.of("docx", "xlsx")) {
            Path out = tmp.resolve("年报." + format);
            Result exp = jarIn("C.UTF-8", "--data-dir", data.toString(), "export", "--org", r.organ().name(),
                    "--year", "2024", "--format", format, "--out", out.toString());
            assertThat(exp.code()).as(exp.out()).isZero();
            Result back = jarIn("C.UTF-8", "--data-dir", tmp.resolve("data-" + format).toString(), "import",
                    out.toString());
            assertThat(back.code()).as(back.out()).isZero();
            assertThat(back.out()).contains("已导入");
        }
        Path check = tmp.resolve("校验报告.docx");
        Result val = jarIn("C.UTF-8", "--data-dir", data.toString(), "validate", "--org", r.organ().name(),
                "--year", "2024", "--out", check.toString());
        assertThat(val.code()).as(val.out()).isZero();
        assertThat(Files.size(check)).isPositive();
    }

    /** Word and Excel 97–2003 and WPS files through the jar: the packaged app ships POI's HWPF and HSSF. */
    @Test
    void oldOfficeAndWpsFilesAreReadThroughTheJar() throws Exception {
        for (String[] file : new String[][] {{Converted.DOC, "年报.doc"}, {Converted.DOC, "年报.wps"},
                {Converted.XLS, "年报.xls"}, {Converted.XLS, "年报.et"}}) {
            Path in = Files.copy(Converted.fixture(file[0]), tmp.resolve(file[1]));
            Result imp = jarIn("C.UTF-8", "--data-dir", tmp.resolve("data-" + file[1]).toString(), "import",
                    in.toString());
            assertThat(imp.code()).as(imp.out()).isZero();
            assertThat(imp.out()).as(file[1]).contains("已导入");
        }
    }

    @Test
    void dataLivesInTheUsersDataFolderByDefault() throws Exception {
        Result list = jar("list");
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains(tmp.resolve("xdg/ogi-report").toString());
        assertThat(tmp.resolve("xdg/ogi-report/ogi-report.mv.db")).exists();
    }
}
