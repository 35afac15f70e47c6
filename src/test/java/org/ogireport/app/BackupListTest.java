package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backups as the window lists them: newest first, when and why each was made (from its name), its size. */
class BackupListTest {

    @TempDir
    Path dir;

    @Test
    void theNameSaysWhenAndWhy() throws Exception {
        Path backups = Files.createDirectories(dir.resolve("backups"));
        Files.write(backups.resolve("ogi-report-20260120-140512-001-daily.zip"), new byte[2048]);
        Files.write(backups.resolve("ogi-report-20260121-090000-000-manual.zip"), new byte[10]);
        Files.write(backups.resolve("ogi-report-20260122-100000-000-before-restore.zip"), new byte[10]);
        Files.write(backups.resolve("ogi-report-20260123-110000-000-before-v3.zip"), new byte[10]);
        Files.write(backups.resolve("ogi-report-kopie.zip"), new byte[10]);

        List<BackupInfo> list = Workspace.backupList(dir);

        assertThat(list).extracting(BackupInfo::kind).containsExactly(BackupInfo.Kind.OTHER,
                BackupInfo.Kind.BEFORE_MIGRATION, BackupInfo.Kind.BEFORE_RESTORE, BackupInfo.Kind.MANUAL,
                BackupInfo.Kind.DAILY);
        BackupInfo daily = list.get(4);
        assertThat(daily.made()).isEqualTo(LocalDateTime.of(2026, 1, 20, 14, 5, 12, 1_000_000));
        assertThat(daily.size()).isEqualTo(2048);
        assertThat(list.get(1).schemaAfter()).isEqualTo(3);
        assertThat(list.get(0).made()).as("a name without a time: when the file was written").isNotNull();
    }

    @Test
    void aFolderWithoutBackupsListsNone() {
        assertThat(Workspace.backupList(dir)).isEmpty();
    }
}
