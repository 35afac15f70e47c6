package org.ogireport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
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

    /**
     * A file put in a shared folder is readable by the others as the user's umask allows, like any program's file:
     * the same permissions as a file the JVM creates there itself (not the 600 of a temporary file).
     */
    @Test
    void aWrittenFileGetsTheUsersNormalPermissionsNotThoseOfATemporaryFile() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"),
                "skipped: POSIX permissions only");
        Set<PosixFilePermission> normal = Files.getPosixFilePermissions(Files.createFile(dir.resolve("ref.txt")));
        Path target = dir.resolve("年报.docx");
        SafeFiles.writeAtomically(target, false, out -> out.write(1));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(normal);
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-------"));
        SafeFiles.writeAtomically(target, true, out -> out.write(2));
        assertThat(Files.getPosixFilePermissions(target)).as("a replaced file too").isEqualTo(normal);
        Assumptions.assumeTrue(normal.contains(PosixFilePermission.GROUP_READ), "umask denies the group");
        assertThat(Files.getPosixFilePermissions(target)).contains(PosixFilePermission.GROUP_READ);
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

    @Test
    void whatTheSystemSaysBecomesWhatToDo() {
        Path target = dir.resolve("年报.docx");
        String part = dir.resolve(".年报.docx123.part").toString();
        assertThat(SafeFiles.writeFailure(target, new FileSystemException(part, null, "Read-only file system"))
                .getMessage()).isEqualTo("无法写入“" + target + "”：它所在的磁盘或文件夹是只读的（如写保护的 U 盘、光盘或只读的网络共享）。"
                        + "请换一个位置保存；原文件没有改动。");
        assertThat(SafeFiles.writeFailure(target, new FileSystemException(part, null, "The media is write protected"))
                .getMessage()).contains("只读", "换一个位置");
        assertThat(SafeFiles.writeFailure(target, new FileSystemException(part, null, "Disk quota exceeded"))
                .getMessage()).contains("磁盘空间不足");
        assertThat(SafeFiles.writeFailure(target, new FileSystemException(part, null, "File name too long"))
                .getMessage()).contains("文件名太长");
        assertThat(SafeFiles.writeFailure(target, new java.nio.file.AccessDeniedException(part)).getMessage())
                .as("a folder read-only by its permissions, as before").contains("文件夹是只读的", "换一个位置");
        assertThat(SafeFiles.writeFailure(target, new FileSystemException(part, null, "Input/output error"))
                .getMessage()).as("the temporary file is not the user's business").doesNotContain(".part")
                .contains(target.toString());
    }

    @Test
    void aWriterThatWrapsAnIoErrorGetsTheIoErrorsMessageAndABugStaysABug() {
        Path target = dir.resolve("年报.xlsx");
        assertThatThrownBy(() -> SafeFiles.writeAtomically(target, false, out -> {
            throw new java.io.UncheckedIOException(new IOException("No space left on device"));
        })).isInstanceOf(UserException.class).hasMessageContaining("磁盘空间不足").hasMessageContaining(target.toString());
        assertThatThrownBy(() -> SafeFiles.writeAtomically(target, false, out -> {
            throw new IllegalStateException("a bug");
        })).isExactlyInstanceOf(IllegalStateException.class);
        UserException refusal = new UserException("说明", new IOException("cause"));
        assertThatThrownBy(() -> SafeFiles.writeAtomically(target, false, out -> {
            throw refusal;
        })).isSameAs(refusal);
        assertThat(target).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("no part files left behind").isEmpty();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
