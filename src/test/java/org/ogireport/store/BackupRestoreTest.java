package org.ogireport.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.DraftInfo;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionCause;
import org.ogireport.model.RevisionInfo;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestClock;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/** Backups are data: written as exchange JSON with a manifest, restored through prepared statements only. */
class BackupRestoreTest {

    @TempDir
    Path dir;

    @Test
    void aRoundTripIsExactForFiftyOrgansOverTenYearsWithRevisionsAndExplanations() throws Exception {
        TestClock clock = new TestClock();
        Path source = dir.resolve("source");
        Path backup;
        List<DraftInfo> drafts;
        List<List<RevisionInfo>> histories = new ArrayList<>();
        List<Report> revisions = new ArrayList<>();
        try (ReportStore store = ReportStore.open(source, Schema.MIGRATIONS, clock)) {
            for (int o = 0; o < 50; o++) {
                Organ organ = new Organ("第" + o + "局 'a' \"b\" \\ 𠀀",
                        OrganKind.values()[o % OrganKind.values().length]);
                for (int year = 2015; year < 2025; year++) {
                    Report r = TestReports.full(year, o * 100L + year).copyAs(organ, year);
                    store.save(r, RevisionCause.SAVE, "导入 " + o + ".docx", o % 3, year % 2);
                    clock.now = clock.now.plusSeconds(7);
                    if ((o + year) % 4 == 0) {
                        r.setText("s1.active", "修改过的总体情况\n第二行\t' \" \u0001");
                        r.setExplanation("T3-01", "口径不同，已说明。");
                        // Both kinds of revision, so that the restore is seen to keep their causes.
                        store.save(r, o % 2 == 0 ? RevisionCause.AUTOSAVE : RevisionCause.SAVE, "保存", 1, 0);
                    }
                }
            }
            Files.writeString(source.resolve(ReportStore.SETTINGS_FILE), "lastFolder=/home/clerk/年报\n");
            backup = store.backup();
            drafts = store.list();
            for (DraftInfo d : drafts) {
                List<RevisionInfo> h = store.history(d.organName(), d.year());
                histories.add(h);
                for (RevisionInfo r : h) {
                    revisions.add(store.revision(d.organName(), d.year(), r.id()).orElseThrow());
                }
            }
        }
        assertThat(drafts).hasSize(500);
        assertThat(revisions.size()).isGreaterThan(600);

        Path target = dir.resolve("target");
        ReportStore.Restored restored = ReportStore.restore(target, backup);

        assertThat(restored.organs()).isEqualTo(50);
        assertThat(restored.drafts()).isEqualTo(500);
        assertThat(restored.revisions()).isEqualTo(revisions.size());
        assertThat(restored.previousData()).as("the target held nothing").isEmpty();
        try (ReportStore store = ReportStore.open(target, Schema.MIGRATIONS, clock)) {
            assertThat(store.list()).isEqualTo(drafts);
            List<Report> again = new ArrayList<>();
            for (int i = 0; i < drafts.size(); i++) {
                DraftInfo d = drafts.get(i);
                assertThat(store.history(d.organName(), d.year())).isEqualTo(histories.get(i));
                for (RevisionInfo r : histories.get(i)) {
                    again.add(store.revision(d.organName(), d.year(), r.id()).orElseThrow());
                }
            }
            assertThat(again).isEqualTo(revisions);
            // New revisions number on after the restored ones: the notes "恢复修订 #n" stay true.
            long max = histories.stream().flatMap(List::stream).mapToLong(RevisionInfo::id).max().orElseThrow();
            Report r = store.load(drafts.get(0).organName(), drafts.get(0).year()).orElseThrow();
            r.setText("s6.text", "恢复之后的修改");
            assertThat(store.save(r, RevisionCause.SAVE, "保存", 0, 0)).isGreaterThan(max);
        }
        assertThat(Files.readString(target.resolve(ReportStore.SETTINGS_FILE))).contains("lastFolder=/home/clerk/年报");
    }

    @Test
    void aBackupIsAZipOfExchangeJsonWithAManifestOfDigests() throws Exception {
        Report r = Fixtures.load(Fixtures.HUAIAN_2024);
        Path backup;
        try (ReportStore store = ReportStore.open(dir)) {
            store.save(r, RevisionCause.SAVE, "导入", 0, 0);
            backup = store.backup();
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains(Backups.MANIFEST, "drafts/0001.json")
                    .anyMatch(n -> n.matches("drafts/0001/r\\d+\\.json"));
            String manifest = new String(read(zip, Backups.MANIFEST), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(manifest).contains("\"format\" : \"ogi-report-backup\"", "\"sha256\"");
            String revision = names.stream().filter(n -> n.matches("drafts/0001/r\\d+\\.json")).findFirst()
                    .orElseThrow();
            // Each revision is an exchange file of its own, readable by any reader of spec §9.
            assertThat(org.ogireport.exchange.ReportJson.read(read(zip, revision), revision).report()).isEqualTo(r);
            assertThat(manifest).contains(BackupWriter.sha256(read(zip, revision)));
        }
    }

    @Test
    void aRestoreBacksUpThePresentDataFirstAndReplacesIt() {
        Report r = TestReports.full(2024, 6);
        Path backup;
        try (ReportStore store = ReportStore.open(dir)) {
            store.save(r, RevisionCause.SAVE, "保存", 0, 0);
            backup = store.backup();
            Report changed = r.copy();
            changed.setText("s1.active", "备份之后的修改");
            store.save(changed, RevisionCause.SAVE, "修改", 0, 0);
        }
        ReportStore.Restored restored = ReportStore.restore(dir, backup);
        assertThat(restored.previousData()).hasValueSatisfying(p -> assertThat(p.getFileName().toString())
                .endsWith("-before-restore.zip"));
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(r.organ().name(), 2024)).contains(r);
        }
        // The data from before the restore can itself be restored.
        ReportStore.restore(dir, restored.previousData().orElseThrow());
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(r.organ().name(), 2024).orElseThrow().text("s1.active")).isEqualTo("备份之后的修改");
        }
    }

    @Test
    void aBackupOfTheEarlierSqlFormatIsReadAsDataNeverRun() throws Exception {
        Path legacy = dir.resolve("old.zip");
        try (InputStream in = getClass().getResourceAsStream("/fixtures/legacy-backup-h2-2.4.240.zip")) {
            Files.copy(in, legacy);
        }
        Path target = dir.resolve("data");
        ReportStore.Restored restored = ReportStore.restore(target, legacy);
        assertThat(restored.drafts()).isEqualTo(3);
        assertThat(restored.revisions()).isEqualTo(4);
        // The fixture was written by the earlier version from these reports (see the test's history).
        Report first = TestReports.full(2024, 1);
        Report second = first.copy();
        second.setText("s1.active", "修改\n第二行 ' \" \u0001 𠀀 \\u0041");
        second.setExplanation("T3-01", "说明：数据口径不同");
        try (ReportStore store = ReportStore.open(target)) {
            String organ = TestReports.ORGAN.name();
            assertThat(store.load(organ, 2024)).contains(second);
            assertThat(store.history(organ, 2024)).extracting(RevisionInfo::id, RevisionInfo::note)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(2L, "第二次"),
                            org.assertj.core.groups.Tuple.tuple(1L, "保存 'quote' \\ back"));
            assertThat(store.revision(organ, 2024, 1)).contains(first);
            assertThat(store.load("洪泽区人民政府", 2020)).contains(
                    TestReports.full(2020, 2).copyAs(new Organ("洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT), 2020));
            assertThat(store.load("淮安市人民政府", 2024)).contains(Fixtures.load(Fixtures.HUAIAN_2024));
            assertThat(store.list()).filteredOn(d -> d.organName().equals("淮安市人民政府"))
                    .singleElement().satisfies(d -> assertThat(d.errors()).isEqualTo(3));
        }
    }

    @Test
    void whatIsNotABackupIsRefusedAndNothingChanges() throws Exception {
        Report r = TestReports.full(2024, 8);
        Path good;
        try (ReportStore store = ReportStore.open(dir)) {
            store.save(r, RevisionCause.SAVE, "保存", 0, 0);
            good = store.backup();
        }
        Path notZip = Files.writeString(dir.resolve("report.docx"), "not a zip");
        assertThatThrownBy(() -> ReportStore.restore(dir, notZip)).isInstanceOf(UserException.class)
                .hasMessageContaining("不是政务公开年报助手的备份文件").hasMessageContaining("原有数据没有改动");
        Path otherZip = HostileBackups.zip(dir.resolve("other.zip"), "readme.txt", "你好");
        assertThatThrownBy(() -> ReportStore.restore(dir, otherZip))
                .hasMessageContaining("不是政务公开年报助手的备份文件");
        Path foreignScript = HostileBackups.zip(dir.resolve("sql.zip"), "script.sql",
                "CREATE TABLE x(a INT);\nINSERT INTO x VALUES (1);\n");
        assertThatThrownBy(() -> ReportStore.restore(dir, foreignScript))
                .hasMessageContaining("旧版备份").hasMessageContaining("原有数据没有改动");
        assertThatThrownBy(() -> ReportStore.restore(dir, dir.resolve("missing.zip"))).hasMessageContaining("找不到");
        Path cut = dir.resolve("cut.zip");
        byte[] bytes = Files.readAllBytes(good);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        assertThatThrownBy(() -> ReportStore.restore(dir, cut)).isInstanceOf(UserException.class)
                .hasMessageContaining("原有数据没有改动");
        try (ReportStore store = ReportStore.open(dir)) {
            assertThat(store.load(r.organ().name(), 2024)).contains(r);
            assertThat(store.history(r.organ().name(), 2024)).hasSize(1);
        }
        assertThat(dir.resolve("restore-tmp")).doesNotExist();
    }

    @Test
    void migrationBackupsAndDailyBackupsAreOfTheNewFormat() throws Exception {
        TestClock clock = new TestClock();
        try (ReportStore store = ReportStore.open(dir, Schema.MIGRATIONS, clock)) {
            store.save(TestReports.full(2024, 9), RevisionCause.SAVE, "保存", 0, 0);
            clock.now = clock.now.plus(Duration.ofDays(2));
            store.save(TestReports.full(2024, 10), RevisionCause.SAVE, "保存", 0, 0);
        }
        for (Path b : ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR))) {
            try (ZipFile zip = new ZipFile(b.toFile())) {
                assertThat(zip.getEntry(Backups.MANIFEST)).as(b.toString()).isNotNull();
                assertThat(zip.getEntry(LegacyBackupReader.SCRIPT)).isNull();
            }
        }
        Path copy = dir.resolve("copy.zip");
        Files.copy(ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR)).get(0), copy,
                StandardCopyOption.REPLACE_EXISTING);
        assertThat(ReportStore.restore(dir.resolve("other"), copy).drafts()).isEqualTo(1);
    }

    @Test
    void twoRestoresAtOnceLeaveOneCompleteStore() throws Exception {
        Path backup;
        try (ReportStore store = ReportStore.open(dir.resolve("source"))) {
            for (int year = 2010; year < 2025; year++) {
                store.save(TestReports.full(year, year), RevisionCause.SAVE, "保存", 0, 0);
            }
            backup = store.backup();
        }
        for (int trial = 0; trial < 2; trial++) {
            Path data = dir.resolve("data" + trial);
            try (ReportStore store = ReportStore.open(data)) {
                store.save(TestReports.full(2024, 99).copyAs(new Organ("别的机关", OrganKind.OTHER), 2024),
                        RevisionCause.SAVE, "保存", 0, 0);
            }
            Process a = StoreChild.start("restore", data.toString(), backup.toString());
            Process b = StoreChild.start("restore", data.toString(), backup.toString());
            List<String> said = List.of(lastLine(a), lastLine(b));
            assertThat(said).as("trial %d", trial).anyMatch(l -> l.equals("RESTORED 15"));
            assertThat(said).allMatch(l -> l.equals("RESTORED 15") || l.startsWith("REFUSED") && l.contains("正被另一个")
                    && l.contains("数据没有受到影响"));
            try (ReportStore store = ReportStore.open(data)) {
                assertThat(store.list()).hasSize(15).allMatch(d -> d.organName().equals(TestReports.ORGAN.name()));
            }
        }
    }

    @Test
    void aRestoreIntoAFolderInUseIsRefusedAndChangesNothing() {
        Report r = TestReports.full(2024, 1);
        Path backup;
        try (ReportStore other = ReportStore.open(dir.resolve("other"))) {
            other.save(TestReports.full(2020, 1), RevisionCause.SAVE, "保存", 0, 0);
            backup = other.backup();
        }
        try (ReportStore store = ReportStore.open(dir)) {
            store.save(r, RevisionCause.SAVE, "保存", 0, 0);
            assertThatThrownBy(() -> ReportStore.restore(dir, backup)).isInstanceOf(UserException.class)
                    .hasMessageContaining("正被另一个");
            assertThat(store.list()).singleElement().satisfies(d -> assertThat(d.year()).isEqualTo(2024));
        }
    }

    @Test
    void aggregatesTheirUnitsWhatTheySentAndTheReviewsComeBackFromABackup() {
        Organ county = new Organ("洪泽区人民政府", OrganKind.COUNTY_GOVERNMENT);
        Report own = TestReports.full(2024, 1).copyAs(county, 2024);
        Report aggregate = TestReports.full(2024, 2).copyAs(county, 2024);
        aggregate.setScope(org.ogireport.model.Scope.AGGREGATE);
        aggregate.setComponents(List.of(new org.ogireport.model.Component(
                new Organ("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT), 2024, org.ogireport.model.Scope.OWN,
                "ab".repeat(32))));
        Report sent = TestReports.full(2024, 3).copyAs(new Organ("洪泽区教育局", OrganKind.COUNTY_DEPARTMENT), 2024);
        Path backup;
        List<org.ogireport.model.Submission> before;
        try (ReportStore store = ReportStore.open(dir)) {
            store.save(own, RevisionCause.SAVE, "保存", 0, 0);
            store.save(aggregate, RevisionCause.SAVE, "汇总", 0, 0);
            Units units = store.units();
            org.ogireport.model.Unit unit = units.add(county, 2024, org.ogireport.model.Unit.of("洪泽区教育局",
                    OrganKind.COUNTY_DEPARTMENT, org.ogireport.model.UnitRelation.DEPARTMENT));
            units.add(county, 2024, org.ogireport.model.Unit.of("高良涧街道", OrganKind.TOWNSHIP,
                    org.ogireport.model.UnitRelation.TOWNSHIP));
            long first = units.receive(unit, "教育局.docx", "cd".repeat(32), sent, 1, 2);
            units.review(first, org.ogireport.model.Verdict.RETURNED, "表三不平衡");
            units.receive(unit, "教育局（改）.docx", "ef".repeat(32), sent, 0, 0);
            before = units.submissions(unit);
            backup = store.backup();
        }
        Path target = dir.resolve("restored");
        ReportStore.restore(target, backup);
        try (ReportStore store = ReportStore.open(target)) {
            assertThat(store.load(county.name(), 2024)).contains(own);
            assertThat(store.load(new org.ogireport.model.ReportKey(county.name(), 2024,
                    org.ogireport.model.Scope.AGGREGATE))).contains(aggregate);
            List<org.ogireport.model.Unit> units = store.units().of(county.name(), 2024);
            assertThat(units).extracting(org.ogireport.model.Unit::name).containsExactly("洪泽区教育局", "高良涧街道");
            List<org.ogireport.model.Submission> after = store.units().submissions(units.get(0));
            assertThat(after).extracting(org.ogireport.model.Submission::fileName,
                    org.ogireport.model.Submission::sha256,
                    org.ogireport.model.Submission::errors, x -> x.review().map(r -> r.comment()).orElse(""))
                    .containsExactlyElementsOf(before.stream().map(x -> org.assertj.core.groups.Tuple.tuple(
                            x.fileName(), x.sha256(), x.errors(), x.review().map(r -> r.comment()).orElse("")))
                            .toList());
            assertThat(store.units().report(after.get(0).id())).contains(sent);
        }
    }

    private static String lastLine(Process p) throws Exception {
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        p.waitFor();
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    private static byte[] read(ZipFile zip, String name) throws Exception {
        try (InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    @Test
    void restoringTheOldestOfTheKeptBackupsKeepsItsFile() throws Exception {
        TestClock clock = new TestClock();
        List<Path> made = new ArrayList<>();
        try (ReportStore store = ReportStore.open(dir, Schema.MIGRATIONS, clock)) {
            store.save(TestReports.full(2024, 3), RevisionCause.SAVE, "保存", 0, 0);
            for (int i = 0; i < ReportStore.KEEP_BACKUPS; i++) {
                made.add(store.backup());
                clock.now = clock.now.plusSeconds(60);
            }
        }
        Path oldest = made.get(0);
        assertThat(ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR))).hasSize(ReportStore.KEEP_BACKUPS)
                .last().isEqualTo(oldest);

        ReportStore.restore(dir, oldest);
        assertThat(oldest).as("the backup restored from, though the oldest of more than are kept").exists();
        assertThat(ReportStore.listBackups(dir.resolve(ReportStore.BACKUP_DIR))).contains(oldest)
                .anySatisfy(p -> assertThat(p.getFileName().toString()).contains("before-restore"));
    }
}
