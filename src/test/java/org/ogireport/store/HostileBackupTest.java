package org.ogireport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Report;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/**
 * A restore runs nothing a backup says. Each payload that once ran code, wrote a file or reached the network
 * through the SQL restore is put into an otherwise valid backup of the earlier format, before and after its data;
 * the restore must leave no marker file, make no connection, and store nothing but the backup's reports (or refuse
 * and change nothing). Tampered backups of the present format are refused with a message.
 */
class HostileBackupTest {

    @TempDir
    Path dir;
    private ServerSocket server;
    private final AtomicInteger connections = new AtomicInteger();
    private Path marker;
    /** The tables of a store of this version, and no other. */
    private static final List<String> STORE_TABLES = List.of("META", "ORGAN", "DRAFT", "REVISION", "UNIT",
            "SUBMISSION", "REVIEW");
    private Report present;

    @BeforeEach
    void listenAndStore() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        marker = dir.resolve("marker");
        present = TestReports.full(2023, 77);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    /** The list is live: run as the earlier versions ran a backup, each of these payloads does harm. */
    @TestFactory
    Stream<DynamicTest> eachPayloadDoesHarmWhenRunAsSql() {
        return HostileBackups.payloads(marker, server.getLocalPort()).stream()
                .filter(p -> !p.name().endsWith("as a value") && !p.name().equals("SET INIT")
                        && !p.name().equals("persistent TRIGGER"))
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> {
                    Path script = Files.writeString(dir.resolve("payload.sql"), p.sql(), StandardCharsets.UTF_8);
                    int before = connections.get();
                    try (Connection c = DriverManager.getConnection("jdbc:h2:mem:", "sa", "");
                         Statement st = c.createStatement()) {
                        st.execute("RUNSCRIPT FROM '" + script.toString().replace("'", "''") + "'");
                    } catch (Exception e) {
                        // a network payload fails after it connected: the connection is the harm
                    }
                    waitForConnection(before);
                    assertThat(Files.exists(marker) || connections.get() > before)
                            .as("payload %s has an effect when run", p.name()).isTrue();
                    Files.deleteIfExists(marker);
                }));
    }

    @TestFactory
    Stream<DynamicTest> noPayloadRunsWhereverItStandsInABackup() {
        String legacy = HostileBackups.legacyScript();
        List<DynamicTest> tests = new ArrayList<>();
        int n = 0;
        for (HostileBackups.Payload p : HostileBackups.payloads(marker, server.getLocalPort())) {
            for (boolean first : new boolean[] {true, false}) {
                Path data = dir.resolve("data" + n);
                Path backup = dir.resolve("backup" + n++ + ".zip");
                String script = first ? p.sql() + "\n" + legacy : legacy + "\n" + p.sql();
                tests.add(DynamicTest.dynamicTest(p.name() + (first ? " (before the data)" : " (after the data)"),
                        () -> restoreAndCheck(data, HostileBackups.zip(backup, "script.sql", script))));
            }
        }
        return tests.stream();
    }

    /** Restores a crafted backup over a folder holding one report: nothing runs, only reports are stored. */
    private void restoreAndCheck(Path data, Path backup) throws Exception {
        try (ReportStore store = ReportStore.open(data)) {
            store.save(present, "保存", 0, 0);
        }
        boolean restored;
        try {
            ReportStore.restore(data, backup);
            restored = true;
        } catch (UserException refused) {
            assertThat(refused.getMessage()).contains("原有数据没有改动");
            restored = false;
        }
        assertThat(marker).as("no payload ran").doesNotExist();
        waitForConnection(0);
        assertThat(connections.get()).as("no connection was made").isZero();
        try (Connection c = DriverManager.getConnection(ReportStore.url(data), "sa", "");
             Statement st = c.createStatement()) {
            assertThat(strings(st, "SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'"))
                    .containsExactlyInAnyOrderElementsOf(STORE_TABLES);
            assertThat(strings(st,
                    "SELECT ROUTINE_NAME FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_SCHEMA = 'PUBLIC'"))
                    .isEmpty();
            assertThat(strings(st, "SELECT TRIGGER_NAME FROM INFORMATION_SCHEMA.TRIGGERS")).isEmpty();
            assertThat(strings(st, "SELECT name FROM organ ORDER BY name")).isEqualTo(restored
                    ? List.of("洪泽区人民政府", "测试市人民政府", "淮安市人民政府") : List.of("测试市人民政府"));
        }
        try (ReportStore store = ReportStore.open(data)) {
            assertThat(store.load(present.organ().name(), 2023).isPresent()).isEqualTo(!restored);
        }
    }

    @Test
    void aHugeLiteralIsRefusedAtItsBoundNotRead() {
        String huge = "INSERT INTO \"PUBLIC\".\"META\" VALUES ('x', '"
                + "a".repeat(LegacyBackupReader.MAX_LITERAL_CHARS + 10)
                + "');\n";
        Path backup = HostileBackups.zip(dir.resolve("huge.zip"), "script.sql", huge + HostileBackups.legacyScript());
        assertThatThrownBy(() -> ReportStore.restore(dir.resolve("data"), backup)).isInstanceOf(UserException.class)
                .hasMessageContaining("上限").hasMessageContaining("没有恢复任何内容");
    }

    @TestFactory
    Stream<DynamicTest> aTamperedBackupIsRefusedWithAMessage() throws Exception {
        Path good;
        Path source = dir.resolve("source");
        try (ReportStore store = ReportStore.open(source)) {
            store.save(present, "保存", 0, 0);
            store.save(TestReports.full(2024, 1), "保存", 0, 0);
            good = store.backup();
        }
        Map<String, byte[]> entries = HostileBackups.entries(good);
        String revision = entries.keySet().stream().filter(n -> n.matches("drafts/0001/r\\d+\\.json")).findFirst()
                .orElseThrow();
        String otherRevision = entries.keySet().stream().filter(n -> n.matches("drafts/0002/r\\d+\\.json"))
                .findFirst().orElseThrow();
        String manifest = new String(entries.get(Backups.MANIFEST), StandardCharsets.UTF_8);
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(tampered("a changed revision", "校验值", e -> e.put(revision,
                new String(e.get(revision), StandardCharsets.UTF_8).replace("2023", "2022")
                        .getBytes(StandardCharsets.UTF_8))));
        tests.add(tampered("an entry the manifest does not list", "清单之外", e -> e.put("evil.sql", new byte[] {1})));
        tests.add(tampered("a path outside the backup", "清单", e -> e.put(Backups.MANIFEST,
                manifest.replace("\"drafts/0001.json\"", "\"../../drafts/0001.json\"")
                        .getBytes(StandardCharsets.UTF_8))));
        tests.add(tampered("a revision of another report under this draft, digests made to match", "不属于", e -> {
            e.put(revision, e.get(otherRevision));
            relist(e);
        }));
        tests.add(tampered("a revision that is not a report, digests made to match", "不是有效的年报", e -> {
            e.put(revision, "{\"schema\":\"ogi-report/1\"}".getBytes(StandardCharsets.UTF_8));
            relist(e);
        }));
        tests.add(tampered("a newer backup format", "较新版本", e -> e.put(Backups.MANIFEST,
                manifest.replace("\"version\" : " + Backups.VERSION, "\"version\" : 99")
                        .getBytes(StandardCharsets.UTF_8))));
        tests.add(tampered("a manifest nested 100000 deep", "manifest.json", e -> e.put(Backups.MANIFEST,
                ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8))));
        tests.add(tampered("a manifest inflating beyond its bound", "上限", e -> e.put(Backups.MANIFEST,
                (manifest + " ".repeat(40 * 1024 * 1024)).getBytes(StandardCharsets.UTF_8))));
        tests.add(tampered("no manifest", "不是政务公开年报助手的备份文件", e -> e.remove(Backups.MANIFEST)));
        return tests.stream();
    }

    private DynamicTest tampered(String name, String expected,
                                 java.util.function.Consumer<Map<String, byte[]>> change) {
        return DynamicTest.dynamicTest(name, () -> {
            Path source = dir.resolve("source");
            Map<String, byte[]> entries = HostileBackups.entries(ReportStore.listBackups(
                    source.resolve(ReportStore.BACKUP_DIR)).get(0));
            change.accept(entries);
            Path backup = HostileBackups.zip(dir.resolve("tampered.zip"), entries);
            Path data = dir.resolve("data-" + name.hashCode());
            try (ReportStore store = ReportStore.open(data)) {
                store.save(present, "保存", 0, 0);
            }
            assertThatThrownBy(() -> ReportStore.restore(data, backup)).isInstanceOf(UserException.class)
                    .hasMessageContaining(expected).hasMessageContaining("原有数据没有改动");
            try (ReportStore store = ReportStore.open(data)) {
                assertThat(store.list()).singleElement().satisfies(d -> assertThat(d.year()).isEqualTo(2023));
            }
        });
    }

    /** Makes the manifest's sizes and digests match the entries as they now are. */
    private static void relist(Map<String, byte[]> entries) {
        try {
            var manifest = (com.fasterxml.jackson.databind.node.ObjectNode)
                    Backups.JSON.readTree(entries.get(Backups.MANIFEST));
            for (var e : manifest.get("entries")) {
                byte[] bytes = entries.get(e.get("name").asText());
                ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("size", bytes.length);
                ((com.fasterxml.jackson.databind.node.ObjectNode) e).put("sha256", BackupWriter.sha256(bytes));
            }
            entries.put(Backups.MANIFEST, Backups.JSON.writeValueAsBytes(manifest));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private void waitForConnection(int before) throws InterruptedException {
        for (int i = 0; i < 5 && connections.get() == before; i++) {
            Thread.sleep(10);
        }
    }

    private static List<String> strings(Statement st, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
