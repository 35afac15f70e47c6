package org.ogireport.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Locale;
import org.ogireport.i18n.Messages;
import org.ogireport.util.FileMoves;
import org.ogireport.util.UserException;

/**
 * Reading and writing user files without surprises: input is read with a size bound, output is written to a
 * temporary file beside the target and moved into place only when complete, so an existing file is either
 * replaced whole or left as it was. Failures become messages that name the file and say what to do.
 */
public final class SafeFiles {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private SafeFiles() {
    }

    /** Reads a whole file of at most {@code maxBytes}. */
    public static byte[] readBounded(Path file, long maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserException(Messages.get("file.isDirectory", file));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UserException(Messages.get("file.tooLarge", file, size / (1024 * 1024) + 1,
                        maxBytes / (1024 * 1024)));
            }
            try (InputStream in = Files.newInputStream(file)) {
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                if (bytes.length > maxBytes) {
                    throw new UserException(Messages.get("file.tooLarge", file, "?", maxBytes / (1024 * 1024)));
                }
                return bytes;
            }
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /**
     * Refuses a target for a new file that is an existing folder, with an example of a file name in it.
     *
     * @param exampleName a file name to suggest, such as 年报.docx
     */
    public static void refuseFolder(Path target, String exampleName) {
        if (Files.isDirectory(target)) {
            Path abs = target.toAbsolutePath().normalize();
            throw new UserException(Messages.get("file.folderNotFile", abs, abs.resolve(exampleName)));
        }
    }

    /**
     * Writes a file atomically.
     *
     * @param overwrite whether an existing file may be replaced; when false an existing file is refused
     */
    public static void writeAtomically(Path target, boolean overwrite, Content content) {
        Path abs = target.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw new UserException(Messages.get("file.isDirectory", abs));
        }
        if (dir == null || !Files.isDirectory(dir)) {
            throw new UserException(Messages.get("file.noFolder", dir));
        }
        if (Files.exists(abs)) {
            if (!overwrite) {
                throw new UserException(Messages.get("file.exists", abs));
            }
            if (isReadOnly(abs)) {
                throw new UserException(Messages.get("file.readOnly", abs));
            }
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + abs.getFileName(), ".part");
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
                 OutputStream out = Channels.newOutputStream(ch)) {
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
            FileMoves.replace(tmp, abs);
            tmp = null;
        } catch (IOException e) {
            throw writeFailure(abs, e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // the write failure is what the user needs to know
                }
            }
        }
    }

    /** Whether a file is marked read-only (checked by attribute, so it holds for an administrator too). */
    static boolean isReadOnly(Path file) {
        try {
            // POSIX first: Linux file stores also offer a "dos" view, whose read-only flag chmod does not set.
            var views = file.getFileSystem().supportedFileAttributeViews();
            if (views.contains("posix")) {
                PosixFileAttributes posix = Files.readAttributes(file, PosixFileAttributes.class);
                return !posix.permissions().contains(PosixFilePermission.OWNER_WRITE);
            }
            if (views.contains("dos")) {
                return Files.readAttributes(file, DosFileAttributes.class).isReadOnly();
            }
        } catch (IOException | UnsupportedOperationException e) {
            // fall through to the permission check
        }
        return !Files.isWritable(file);
    }

    static UserException readFailure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new UserException(Messages.get("file.notFound", file), e);
        }
        if (e instanceof AccessDeniedException) {
            return new UserException(Messages.get("file.cannotRead", file), e);
        }
        return new UserException(Messages.get("file.readFailed", file, e.getMessage()), e);
    }

    static UserException writeFailure(Path file, IOException e) {
        String reason = String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("not enough space") || reason.contains("disk full")) {
            return new UserException(Messages.get("file.diskFull", file), e);
        }
        if (e instanceof AccessDeniedException || reason.contains("used by another process")
                || (e instanceof FileSystemException fse && String.valueOf(fse.getReason()).contains("locked"))) {
            return new UserException(Messages.get("file.cannotWrite", file), e);
        }
        return new UserException(Messages.get("file.writeFailed", file, e.getMessage()), e);
    }
}
