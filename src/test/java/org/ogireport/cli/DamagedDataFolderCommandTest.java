package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.Workspace;
import org.ogireport.testing.TestReports;

/** A damaged store on the command line: one message naming the newest backup and the command to restore it, exit 2. */
class DamagedDataFolderCommandTest {

    @TempDir
    Path dir;

    private int run(StringWriter out, StringWriter err, String... args) {
        return Cli.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void everyCommandSaysTheStoreIsDamagedAndHowToRestoreTheNewestBackup() throws Exception {
        try (Workspace ws = Workspace.open(dir)) {
            ws.save(TestReports.full(2024, 1), "保存");
        }
        Path db = dir.resolve("ogi-report.mv.db");
        Files.write(db, Arrays.copyOf(Files.readAllBytes(db), 8192));
        Path newest = Workspace.backups(dir).get(0);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(run(out, err, "--data-dir", dir.toString(), "list")).isEqualTo(Cli.BAD_INPUT);
        assertThat(err.toString()).contains("已损坏", "ogi-report restore \"" + newest + "\"")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();

        StringWriter restored = new StringWriter();
        assertThat(run(restored, new StringWriter(), "--data-dir", dir.toString(), "restore", newest.toString()))
                .isEqualTo(Cli.OK);
        assertThat(restored.toString()).contains("1 份年报").contains("恢复前数据文件夹中没有年报");
        StringWriter listed = new StringWriter();
        assertThat(run(listed, new StringWriter(), "--data-dir", dir.toString(), "list")).isEqualTo(Cli.OK);
        assertThat(listed.toString()).contains(TestReports.ORGAN.name());
    }
}
