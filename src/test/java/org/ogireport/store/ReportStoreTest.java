package org.ogireport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ReportKey;
import org.ogireport.model.RevisionCause;
import org.ogireport.model.RevisionInfo;
import org.ogireport.model.Scope;
import org.ogireport.model.ValueMode;
import org.ogireport.testing.TestClock;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

class ReportStoreTest {

    @TempDir
    Path dir;

    @Test
    void savesLoadsAndListsDraftsOfManyOrgansAndYears() {
        try (ReportStore store = ReportStore.open(dir)) {
            Report a = TestReports.full(2024, 1);
            Report b = TestReports.full(2023, 2).copyAs(new Organ("洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT), 2023);
            store.save(a, RevisionCause.SAVE, "保存", 0, 0);
            store.save(b, RevisionCause.SAVE, "导入", 2, 1);
            assertThat(store.load(a.organ().name(), 2024)).contains(a);
            assertThat(store.load("洪泽区人民政府", 2023)).contains(b);
            assertThat(store.load("洪泽区人民政府", 2024)).isEmpty();
            List<DraftInfo> list = store.list();
            assertThat(list).extracting(DraftInfo::organName).containsExactly("洪泽区人民政府", "测试市人民政府");
            DraftInfo hz = list.get(0);
            assertThat(hz.year()).isEqualTo(2023);
            assertThat(hz.errors()).isEqualTo(2);
            assertThat(hz.warnings()).isEqualTo(1);
            assertThat(hz.organKind()).isEqualTo(OrganKind.COUNTY_GOVERNMENT);
            assertThat(hz.mode()).isEqualTo(ValueMode.COMPUTED);
        }
        try (ReportStore again = ReportStore.open(dir)) {
            assertThat(again.list()).hasSize(2);
        }
    }

    @Test
    void everySaveIsARevisionAndAnyCanBeRestored() {
        try (ReportStore store = ReportStore.open(dir)) {
            Report r = TestReports.full(2024, 3);
            String organ = r.organ().name();
            long first = store.save(r, RevisionCause.SAVE, "第一次", 0, 0);
            r.setCount("t3.r1.np", 999L);
            long second = store.save(r, RevisionCause.SAVE, "第二次", 0, 0);
            assertThat(store.save(r, RevisionCause.SAVE, "没改", 0, 0)).as("an unchanged save adds no revision")
                    .isEqualTo(second);
            List<RevisionInfo> history = store.history(organ, 2024);
            assertThat(history).extracting(RevisionInfo::id).containsExactly(second, first);
            assertThat(history).extracting(RevisionInfo::note).containsExactly("第二次", "第一次");
            assertThat(history.get(0).current()).isTrue();
            assertThat(history.get(1).current()).isFalse();

            Report old = store.revision(organ, 2024, first).orElseThrow();
            assertThat(old.count("t3.r1.np")).isNotEqualTo(999L);
            long third = store.save(old, RevisionCause.SAVE, "恢复修订 #" + first, 0, 0);
            assertThat(store.load(organ, 2024)).contains(old);
            assertThat(store.history(organ, 2024)).extracting(RevisionInfo::id).containsExactly(third, second, first);
            assertThat(store.revision(organ, 2023, first)).as("a revision of another draft").isEmpty();
        }
    }

    @Test
    void aSaveOverARevisionOverwritesItOnlyWhileItIsTheCurrentAutosave() {
        String organ = TestReports.ORGAN.name();
        Report r = TestReports.full(2024, 3);
        RevisionCause auto = RevisionCause.AUTOSAVE;
        try (ReportStore store = ReportStore.open(dir)) {
            long saved = store.save(r, RevisionCause.SAVE, "保存", 0, 0);
            assertThat(store.saveOver(withReceived(r, 1), auto, "自动保存", 0, 0, saved)).as("not an autosave")
                    .isGreaterThan(saved);
            long first = store.history(organ, 2024).get(0).id();
            assertThat(store.saveOver(withReceived(r, 2), auto, "自动保存", 0, 0, first)).isEqualTo(first);
            assertThat(store.revision(organ, 2024, first)).contains(r);

            long other = store.save(withReceived(r, 3), RevisionCause.SAVE, "保存", 0, 0);
            long next = store.saveOver(withReceived(r, 4), auto, "自动保存", 0, 0, first);
            assertThat(next).as("no longer current").isGreaterThan(other);
            assertThat(store.history(organ, 2024)).extracting(RevisionInfo::id)
                    .containsExactly(next, other, first, saved);
            assertThat(store.load(organ, 2024)).contains(r);
        }
    }

    private static Report withReceived(Report r, long count) {
        r.setCount("t3.r1.np", count);
        return r;
    }

    @Test
    void aRevisionAddedBesideTheDraftLeavesItsStateAlone() {
        try (ReportStore store = ReportStore.open(dir)) {
            Report current = TestReports.full(2024, 3);
            String organ = current.organ().name();
            long first = store.save(current, RevisionCause.SAVE, "保存", 1, 2);
            Report other = current.copy();
            other.setCount("t3.r1.np", 999L);

            long added = store.addRevision(other, RevisionCause.IMPORT, "导入 别人的.docx");

            assertThat(added).isGreaterThan(first);
            assertThat(store.load(organ, 2024)).contains(current);
            assertThat(store.list()).singleElement().satisfies(d -> {
                assertThat(d.revisionId()).isEqualTo(first);
                assertThat(d.errors()).isEqualTo(1);
            });
            assertThat(store.history(organ, 2024)).extracting(RevisionInfo::id, RevisionInfo::current)
                    .containsExactly(tuple(added, false),
                            tuple(first, true));
            assertThat(store.revision(organ, 2024, added)).contains(other);
            assertThatThrownBy(() -> store.addRevision(TestReports.full(2023, 1), RevisionCause.IMPORT, "导入"))
                    .isInstanceOf(UserException.class).hasMessageContaining("2023");
        }
    }

    @Test
    void stampsSchemaAndEngineVersions() {
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.meta("schema_version")).contains(Integer.toString(ReportStore.schemaVersion()));
            assertThat(store.meta("h2_version")).contains(store.h2Version());
            assertThat(store.meta("created_h2_version")).contains(store.h2Version());
            assertThat(store.h2Version()).startsWith("2.4.240");
        }
    }

    @Test
    void refusesADatabaseWrittenByANewerApp() throws Exception {
        ReportStore.open(dir).close();
        try (Connection c = DriverManager.getConnection(ReportStore.url(dir), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("UPDATE meta SET val = '99' WHERE name = 'schema_version'");
        }
        assertThatThrownBy(() -> ReportStore.open(dir)).isInstanceOf(UserException.class)
                .hasMessageContaining("较新版本").hasMessageContaining("99");
        try (Connection c = DriverManager.getConnection(ReportStore.url(dir), "sa", "");
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT val FROM meta WHERE name = 'schema_version'")) {
            rs.next();
            assertThat(rs.getString(1)).as("untouched").isEqualTo("99");
        }
    }

    @Test
    void autosavesArePrunedToTheNewestOnesAndEveryOtherRevisionIsKept() {
        String organ = TestReports.ORGAN.name();
        Report r = TestReports.full(2024, 3);
        try (ReportStore store = ReportStore.open(dir)) {
            for (int i = 1; i <= 1000; i++) {
                RevisionCause cause = i % 100 == 0 ? RevisionCause.SAVE : i % 250 == 1 ? RevisionCause.CLOSE
                        : RevisionCause.AUTOSAVE;
                store.save(withReceived(r, i), cause, cause.id(), 0, 0);
            }
            List<RevisionInfo> history = store.history(organ, 2024);
            assertThat(history).filteredOn(h -> h.cause() == RevisionCause.AUTOSAVE)
                    .hasSize(ReportStore.KEEP_AUTOSAVES);
            assertThat(history).filteredOn(h -> h.cause() == RevisionCause.SAVE).hasSize(10);
            assertThat(history).filteredOn(h -> h.cause() == RevisionCause.CLOSE).hasSize(4);
            assertThat(history.get(0).current()).isTrue();
            assertThat(store.load(organ, 2024).orElseThrow().count("t3.r1.np")).isEqualTo(1000L);
        }
    }

    @Test
    void anAutosaveBecomesTheClerksSavedPointOnlyWhileItIsCurrent() {
        String organ = TestReports.ORGAN.name();
        Report r = TestReports.full(2024, 3);
        try (ReportStore store = ReportStore.open(dir)) {
            long auto = store.save(r, RevisionCause.AUTOSAVE, "自动保存", 0, 0);
            assertThat(store.relabelAutosave(ReportKey.own(organ, 2024), auto, RevisionCause.SAVE, "保存")).isTrue();
            assertThat(store.relabelAutosave(ReportKey.own(organ, 2024), auto, RevisionCause.CLOSE, "关闭"))
                    .as("no longer one").isFalse();
            assertThat(store.history(organ, 2024)).singleElement()
                    .satisfies(h -> assertThat(h.cause()).isEqualTo(RevisionCause.SAVE))
                    .satisfies(h -> assertThat(h.note()).isEqualTo("保存"));
        }
    }

    @Test
    void aStoreOfTheFirstSchemaLearnsWhichOfItsRevisionsWereAutosaves() throws Exception {
        try (ReportStore store = ReportStore.open(dir, Schema.MIGRATIONS.subList(0, 1), new TestClock())) {
            assertThat(store.meta("schema_version")).contains("1");
        }
        String json = ReportJson.write(TestReports.full(2024, 3));
        try (Connection c = DriverManager.getConnection(ReportStore.url(dir), "sa", "")) {
            Jdbc.update(c, "INSERT INTO organ(id, name, kind) VALUES (1, ?, ?)", TestReports.ORGAN.name(),
                    TestReports.ORGAN.kind().id());
            Jdbc.update(c, """
                    INSERT INTO draft(id, organ_id, report_year, format_version, status, errors, warnings, updated_at,
                    revision_id) VALUES (1, 1, 2024, '2021', 'COMPUTED', 0, 0, CURRENT_TIMESTAMP, 2)""");
            for (String note : List.of("导入 年报.docx", "自动保存")) {
                Jdbc.update(c, """
                        INSERT INTO revision(draft_id, saved_at, note, content) VALUES (1, CURRENT_TIMESTAMP, ?, ?)""",
                        note, json);
            }
        }
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.history(TestReports.ORGAN.name(), 2024)).extracting(RevisionInfo::cause)
                    .containsExactly(RevisionCause.AUTOSAVE, RevisionCause.SAVE);
        }
    }

    @Test
    void migratesWithABackupFirstAndKeepsTheData() throws Exception {
        TestClock clock = new TestClock();
        Report r = TestReports.full(2024, 5);
        try (ReportStore store = ReportStore.open(dir, Schema.MIGRATIONS, clock)) {
            store.save(r, RevisionCause.SAVE, "保存", 0, 0);
        }
        List<Path> before = ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR));
        List<Migration> next = new ArrayList<>(Schema.MIGRATIONS);
        int v = ReportStore.schemaVersion() + 1;
        next.add(Migration.sql(v, "test: a column", "ALTER TABLE draft ADD COLUMN remark VARCHAR(100)"));
        clock.now = clock.now.plusSeconds(1);
        try (ReportStore store = ReportStore.open(dir, next, clock)) {
            assertThat(store.meta("schema_version")).contains(Integer.toString(v));
            assertThat(store.load(r.organ().name(), 2024)).contains(r);
        }
        List<Path> after = ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR));
        assertThat(after).hasSize(before.size() + 1);
        assertThat(after.get(0).getFileName().toString()).endsWith("-before-v" + v + ".zip");
        // The backup holds the data as it was before the migration.
        Path other = dir.resolve("other");
        ReportStore.restore(other, after.get(0));
        try (ReportStore restored = ReportStore.open(other)) {
            assertThat(restored.load(r.organ().name(), 2024)).contains(r);
        }
    }

    @Test
    void aStoreOfTheFirstSchemaGetsScopesAndKeepsItsDrafts() throws Exception {
        Report r = TestReports.full(2024, 5);
        // A store of the first schema with a draft, as the first schema's app stored it.
        try (Connection c = DriverManager.getConnection(ReportStore.url(dir), "sa", "");
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE meta(name VARCHAR(64) PRIMARY KEY, val VARCHAR(400) NOT NULL)");
            st.execute("INSERT INTO meta VALUES ('schema_version', '1')");
            for (Migration.Step step : Schema.MIGRATIONS.get(0).steps()) {
                step.apply(c);
            }
            st.execute("INSERT INTO organ(name, kind) VALUES ('" + r.organ().name() + "', 'city-government')");
            st.execute("INSERT INTO draft(organ_id, report_year, format_version, status, errors, warnings, "
                    + "updated_at) VALUES (1, 2024, '2021', 'COMPUTED', 0, 0, CURRENT_TIMESTAMP)");
            try (var ps = c.prepareStatement("INSERT INTO revision(draft_id, saved_at, note, content) "
                    + "VALUES (1, CURRENT_TIMESTAMP, '保存', ?)")) {
                ps.setString(1, org.ogireport.exchange.ReportJson.write(r));
                ps.executeUpdate();
            }
            st.execute("UPDATE draft SET revision_id = 1");
        }
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.meta("schema_version")).contains(Integer.toString(ReportStore.schemaVersion()));
            assertThat(store.load(r.organ().name(), 2024)).contains(r);
            assertThat(store.list()).singleElement().satisfies(d -> assertThat(d.scope()).isEqualTo(Scope.OWN));
            Report aggregate = r.copy();
            aggregate.setScope(Scope.AGGREGATE);
            store.save(aggregate, RevisionCause.SAVE, "汇总", 0, 0);
            assertThat(store.list()).extracting(DraftInfo::scope).containsExactly(Scope.OWN, Scope.AGGREGATE);
            assertThat(store.load(r.organ().name(), 2024)).contains(r);
        }
    }

    @Test
    void backupsAreDailyAtMostAndTheLastTenAreKept() {
        TestClock clock = new TestClock();
        try (ReportStore store = ReportStore.open(dir, Schema.MIGRATIONS, clock)) {
            assertThat(store.backupIfDue()).as("an empty store needs no backup").isEmpty();
            store.save(TestReports.full(2024, 9), RevisionCause.SAVE, "保存", 0, 0);
            assertThat(ReportStore.listBackups(store.backupDir())).as("the first save of the day").hasSize(1);
            clock.now = clock.now.plus(Duration.ofHours(5));
            store.save(TestReports.full(2024, 10), RevisionCause.SAVE, "保存", 0, 0);
            assertThat(ReportStore.listBackups(store.backupDir())).as("same day: none").hasSize(1);
            for (int day = 1; day <= 12; day++) {
                clock.now = clock.now.plus(Duration.ofHours(25));
                assertThat(store.backupIfDue()).isPresent();
            }
            List<Path> kept = ReportStore.listBackups(store.backupDir());
            assertThat(kept).hasSize(ReportStore.KEEP_BACKUPS);
            String newest = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                    .format(clock.now.atZone(clock.getZone()));
            assertThat(kept.get(0).getFileName().toString()).as("the newest is kept").contains(newest);
        }
    }

    @Test
    void aSecondRunningCopyIsRefusedWithAClearMessage() throws Exception {
        Process child = StoreChild.start("hold", dir.toString());
        try {
            assertThat(readLine(child)).isEqualTo("READY");
            assertThatThrownBy(() -> ReportStore.open(dir)).isInstanceOf(UserException.class)
                    .hasMessageContaining("正被另一个运行中的政务公开年报助手使用");
        } finally {
            child.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.list()).as("usable after the other copy is gone").isEmpty();
        }
    }

    @Test
    void savedDataSurvivesKillMinus9() throws Exception {
        Process child = StoreChild.start("save", dir.toString(), "2024");
        try {
            assertThat(readLine(child)).isEqualTo("SAVED");
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no close
            assertThat(child.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(TestReports.ORGAN.name(), 2024)).contains(TestReports.full(2024, 42));
        }
    }

    private static String readLine(Process p) throws Exception {
        BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("READY") || line.equals("SAVED")) {
                return line;
            }
        }
        return "child ended: exit " + p.waitFor();
    }
}
