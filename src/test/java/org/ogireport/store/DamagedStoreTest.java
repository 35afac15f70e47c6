package org.ogireport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionCause;
import org.ogireport.testing.TestReports;

/**
 * A damaged store file is never written: it is moved aside byte for byte, the clerk is told in one message that
 * names the newest backup, and restoring that backup brings the data back.
 */
class DamagedStoreTest {

    @TempDir
    Path tmp;

    private final Report report = TestReports.full(2024, 3);

    /** A store with two drafts and its daily backup; returns the data folder. */
    private Path storeWithData(String name) {
        Path dir = tmp.resolve(name);
        try (ReportStore store = ReportStore.open(dir)) {
            store.save(report, RevisionCause.SAVE, "保存", 0, 0);
            for (int i = 0; i < 30; i++) {
                Report r = TestReports.full(2023, i);
                store.save(r, RevisionCause.SAVE, "保存", 0, 0);
            }
        }
        return dir;
    }

    @TestFactory
    Stream<DynamicTest> eachDamageIsKeptAsItIsAndTheNewestBackupNamed() {
        return Stream.of(
                bytes("cut to 0 bytes", b -> new byte[0]),
                bytes("cut to 8 KB", b -> Arrays.copyOf(b, 8192)),
                bytes("cut to half", b -> Arrays.copyOf(b, b.length / 2)),
                bytes("bytes flipped in the newest chunk", b -> {
                    byte[] c = b.clone();
                    int at = newestChunk(b);
                    for (int i = 0; i < 40; i++) {
                        c[at + 256 + i * 97] ^= 0x55;
                    }
                    return c;
                }),
                bytes("the newest chunk's first block overwritten", b -> {
                    byte[] c = b.clone();
                    Arrays.fill(c, newestChunk(b), newestChunk(b) + 4096, (byte) 'A');
                    return c;
                }),
                bytes("both headers overwritten", b -> {
                    byte[] c = b.clone();
                    Arrays.fill(c, 0, 8192, (byte) 0);
                    return c;
                }),
                bytes("not a database at all", b -> "{\"schema\":\"ogi-report/1\"}".getBytes(StandardCharsets.UTF_8)),
                sql("the metadata table lost", "DROP TABLE meta"),
                sql("a draft's content not a report", "UPDATE revision SET content = 'garbage'"));
    }

    /** Where the chunk the file's header names as the newest begins (H2's "block:" in 4 KB blocks, hex). */
    private static int newestChunk(byte[] file) {
        String header = new String(file, 0, 200, StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile("block:([0-9a-f]+)").matcher(header);
        assertThat(m.find()).isTrue();
        return Integer.parseInt(m.group(1), 16) * 4096;
    }

    private DynamicTest bytes(String name, UnaryOperator<byte[]> damage) {
        return DynamicTest.dynamicTest(name, () -> {
            Path dir = storeWithData("bytes-" + name.hashCode());
            Path db = dir.resolve(ReportStore.DB_FILE);
            Files.write(db, damage.apply(Files.readAllBytes(db)));
            checkKeptAndRestorable(dir);
        });
    }

    private DynamicTest sql(String name, String statement) {
        return DynamicTest.dynamicTest(name, () -> {
            Path dir = storeWithData("sql-" + name.hashCode());
            try (Connection c = DriverManager.getConnection(ReportStore.url(dir), "sa", "");
                 Statement st = c.createStatement()) {
                st.execute(statement);
            }
            checkKeptAndRestorable(dir);
        });
    }

    private void checkKeptAndRestorable(Path dir) throws Exception {
        Path db = dir.resolve(ReportStore.DB_FILE);
        byte[] damaged = Files.readAllBytes(db);
        Path newest = ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR)).get(0);

        DamagedStoreException e = catchThrowableOfType(DamagedStoreException.class, () -> ReportStore.open(dir));

        assertThat(e).as("refused as damaged").isNotNull();
        assertThat(e.movedAside()).isTrue();
        assertThat(e.keptAt().getFileName().toString()).startsWith(ReportStore.DB_FILE + ".damaged-");
        assertThat(Files.readAllBytes(e.keptAt())).as("kept byte for byte").isEqualTo(damaged);
        assertThat(db).as("no longer where the engine would write into it").doesNotExist();
        assertThat(e.getMessage()).contains("已损坏", e.keptAt().toString(), newest.toString())
                .doesNotContain("Exception", "MVStore", "[9", "“备份”");
        assertThat(e.newestBackup()).contains(newest);

        ReportStore.restore(dir, newest);
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(report.organ().name(), 2024)).contains(report);
        }
        assertThat(Files.readAllBytes(e.keptAt())).as("still kept after the restore").isEqualTo(damaged);
    }

    @Test
    void aStoreWhoseFirstHeaderIsLostButWhoseDataIsWholeOpensAsItIs() throws Exception {
        Path dir = storeWithData("header");
        Path db = dir.resolve(ReportStore.DB_FILE);
        byte[] b = Files.readAllBytes(db);
        Arrays.fill(b, 0, 4096, (byte) 0); // H2 keeps a second copy of its header
        Files.write(db, b);
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(report.organ().name(), 2024)).contains(report);
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("damaged"));
    }

    @Test
    void withoutABackupTheMessageSaysSoAndTheFolderCanBeBegunAnew() throws Exception {
        Path dir = tmp.resolve("nobackup");
        Files.createDirectories(dir);
        Files.write(dir.resolve(ReportStore.DB_FILE), new byte[8192]);
        DamagedStoreException e = catchThrowableOfType(DamagedStoreException.class, () -> ReportStore.open(dir));
        assertThat(e.newestBackup()).isEmpty();
        assertThat(e.getMessage()).contains("没有备份", dir.resolve(ReportStore.BACKUP_DIR).toString());
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.list()).isEmpty();
        }
        assertThat(e.keptAt()).exists();
    }

    @Test
    void anEarlierRevisionThatDoesNotReadIsRefusedClearlyAndTheRestWorks() throws Exception {
        Path dir = tmp.resolve("revision");
        long first;
        try (ReportStore store = ReportStore.open(dir)) {
            first = store.save(report, RevisionCause.SAVE, "保存", 0, 0);
            Report changed = report.copy();
            changed.setText("s6.text", "第二稿");
            store.save(changed, RevisionCause.SAVE, "保存", 0, 0);
        }
        try (Connection c = DriverManager.getConnection(ReportStore.url(dir), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("UPDATE revision SET content = '{\"schema\": 1' WHERE id = " + first);
        }
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(report.organ().name(), 2024)).isPresent();
            assertThat(org.assertj.core.api.Assertions.catchThrowable(
                    () -> store.revision(report.organ().name(), 2024, first)))
                    .hasMessageContaining("修订 #" + first).hasMessageContaining("已损坏").hasMessageContaining("backups");
        }
    }
}
