package org.ogireport.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.model.Report;
import org.ogireport.model.RevisionCause;
import org.ogireport.testing.TestReports;
import org.ogireport.testing.TmpfsMount;
import org.ogireport.util.UserException;

/**
 * A full disk, made real with a small tmpfs (needs root and mount; skipped elsewhere): the clerk gets a clear
 * message and the last good save stays readable.
 */
class DiskFullTest {

    @TempDir
    Path tmp;

    @Test
    void aFullDiskGivesAClearMessageAndKeepsTheLastGoodSave() throws Exception {
        try (TmpfsMount mount = TmpfsMount.mount(tmp.resolve("disk"), "size=3m")) {
            fillTheDiskWhileSaving(mount.dir());
        }
    }

    private void fillTheDiskWhileSaving(Path disk) throws Exception {
        Path data = disk.resolve("data");
        Path otherFiles = disk.resolve("other-files");
        Files.write(otherFiles, new byte[1024 * 1024]);
        Report good = TestReports.full(2024, 1);
        String big = "本机关认真贯彻落实政府信息公开条例。".repeat(2000);
        UserException failure = null;
        try (ReportStore store = ReportStore.open(data)) {
            store.save(good, RevisionCause.SAVE, "保存", 0, 0);
            for (int i = 0; i < 500 && failure == null; i++) {
                Report r = good.copy();
                r.setText("s1.active", big + i);
                try {
                    store.save(r, RevisionCause.SAVE, "保存", 0, 0);
                } catch (UserException e) {
                    failure = e;
                }
            }
        } catch (UserException closing) {
            failure = failure == null ? closing : failure;
        }
        assertThat(failure).as("the disk filled up").isNotNull();
        assertThat(failure.getMessage()).contains("磁盘空间不足");
        // Room again (the clerk deletes something): the store opens on a complete earlier save.
        Files.delete(otherFiles);
        try (ReportStore store = ReportStore.open(data)) {
            Report last = store.load(good.organ().name(), 2024).orElseThrow();
            assertThat(last.text("s1.active")).satisfiesAnyOf(
                    t -> assertThat(t).isEqualTo(good.text("s1.active")),
                    t -> assertThat(t).startsWith(big));
            assertThat(last.count("t3.r1.np")).isEqualTo(good.count("t3.r1.np"));
        }
    }
}
