package org.ogireport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.util.UserException;

/** An export's file appears whole or not at all: what SafeFiles promises the writers. */
class ExportTargetTest {

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoScraps() throws IOException {
        Path target = dir.resolve("年报.docx");
        Files.writeString(target, "last year's file");
        assertThatThrownBy(() -> SafeFiles.writeAtomically(target, true, out -> {
            out.write(new byte[64 * 1024]);
            throw new IOException("disk pulled out");
        })).isInstanceOf(UserException.class).hasMessageContaining(target.toString())
                .hasMessageContaining("原文件没有改动");
        assertThat(Files.readString(target)).isEqualTo("last year's file");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).containsExactly(target);
        }
    }

    @Test
    void aFileLockedByAnotherProgramGetsAMessageSayingWhatToDo() {
        Path target = dir.resolve("年报.docx");
        // what Windows reports when Word has the file open
        String locked = SafeFiles.writeFailure(target, new FileSystemException(target.toString(), null,
                "The process cannot access the file because it is being used by another process")).getMessage();
        assertThat(locked).contains(target.toString(), "Word", "关闭");
        String lockedRegion = SafeFiles.writeFailure(target,
                new FileSystemException(target.toString(), null, "file is locked")).getMessage();
        assertThat(lockedRegion).isEqualTo(locked);
    }

    @Test
    void aReadOnlyFileIsSeenAsSuchByAnAdministratorToo() throws IOException {
        Path file = Files.writeString(dir.resolve("a.html"), "x");
        assertThat(SafeFiles.isReadOnly(file)).isFalse();
        assertThat(file.toFile().setReadOnly()).isTrue();
        assertThat(SafeFiles.isReadOnly(file)).isTrue();
    }
}
