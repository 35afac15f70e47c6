package org.ogireport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.Workspace;
import org.ogireport.testing.Huaian2024;
import org.ogireport.testing.TmpfsMount;

/**
 * Exports to a disk that is full or mounted read-only, made real with a small tmpfs (needs root and mount; skipped
 * elsewhere, as store.DiskFullTest): every format ends in exit 2 and the clear message, never exit 3, and leaves
 * no file behind.
 */
class ExportToFullOrReadOnlyDiskTest {

    private static final List<String> FORMATS = List.of("docx", "xlsx", "html", "json");

    @TempDir
    Path tmp;

    record Run(int code, String out, String err) {
    }

    @BeforeEach
    void storeTheReport() {
        try (Workspace ws = Workspace.open(tmp.resolve("data"))) {
            ws.save(Huaian2024.report(), "test");
        }
    }

    private Run export(String format, Path target) {
        List<String> args = new ArrayList<>(List.of("--data-dir", tmp.resolve("data").toString(), "export", "--org",
                Huaian2024.ORGAN.name(), "--year", "2024", "--format", format, "--out", target.toString()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void anExportToAFullDiskSaysTheDiskIsFull() throws Exception {
        try (TmpfsMount mount = TmpfsMount.mount(tmp.resolve("disk"), "size=1m")) {
            exportToFullDisk(mount.dir());
        }
    }

    private void exportToFullDisk(Path disk) throws IOException {
        Path filler = disk.resolve("other-files");
        try (OutputStream out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            while (true) {
                out.write(block);
                out.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }
        for (String format : FORMATS) {
            Path target = disk.resolve("年报." + format);
            Run run = export(format, target);
            assertThat(run.code()).as(format + ": " + run.err()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err()).as(format).contains("磁盘空间不足", target.toString(), "原文件没有改动")
                    .doesNotContain("程序内部错误", "No space");
        }
        try (Stream<Path> files = Files.list(disk)) {
            assertThat(files).as("no part files left behind").containsExactly(filler);
        }
    }

    @Test
    void anExportToAReadOnlyDiskSaysItIsReadOnly() throws Exception {
        try (TmpfsMount mount = TmpfsMount.mount(tmp.resolve("disk"), "ro,size=1m")) {
            exportToReadOnlyDisk(mount.dir());
        }
    }

    private void exportToReadOnlyDisk(Path disk) {
        for (String format : FORMATS) {
            Path target = disk.resolve("年报." + format);
            Run run = export(format, target);
            assertThat(run.code()).as(format + ": " + run.err()).isEqualTo(Cli.BAD_INPUT);
            assertThat(run.err()).as(format).contains(target.toString(), "只读", "换一个位置")
                    .doesNotContain("Read-only file system", "程序内部错误");
        }
    }
}
