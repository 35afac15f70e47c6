package org.ogireport.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.DosFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
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

    /** Names the temporary files: unguessable, as {@link Files#createTempFile} names them. */
    private static final SecureRandom RANDOM = new SecureRandom();

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

    /** The SHA-256 of a file's bytes in hexadecimal, read as a stream (a file of any size). */
    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = sha256();
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw readFailure(file, e);
        }
    }

    /** The SHA-256 of some bytes in hexadecimal. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
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
            FileChannel created = null;
            while (created == null) {
                tmp = dir.resolve("." + abs.getFileName() + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
                created = createNew(tmp);
            }
            try (FileChannel ch = created; Recording out = new Recording(Channels.newOutputStream(ch))) {
                try {
                    content.writeTo(out);
                } catch (RuntimeException e) {
                    // A library that met an I/O error may throw its own exception for it, even without the cause
                    // (POI logs "No space left on device" and throws "Failed to save: content types part").
                    IOException io = out.failure != null ? out.failure : ioCause(e);
                    if (io == null || e instanceof UserException && out.failure == null) {
                        throw e;
                    }
                    throw io;
                }
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

    /**
     * Creates a new file and opens it for writing, or returns null when the name is taken. Created like any
     * program's file, it gets the user's normal permissions (the umask's), not the owner-only ones of
     * {@link Files#createTempFile}: the file is moved into place as it is, maybe into a folder others read.
     */
    private static FileChannel createNew(Path file) throws IOException {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            return null;
        }
    }

    /** The I/O error a runtime exception wraps, if any. */
    private static IOException ioCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** The stream a writer writes into; it remembers the first I/O error, whatever the writer makes of it. */
    private static final class Recording extends FilterOutputStream {
        private IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
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
        return new UserException(Messages.get("file.readFailed", file, reason(e)), e);
    }

    static UserException writeFailure(Path file, IOException e) {
        String reason = reason(e).toLowerCase(Locale.ROOT);
        if (reason.contains("no space left") || reason.contains("not enough space") || reason.contains("disk full")
                || reason.contains("quota")) {
            return new UserException(Messages.get("file.diskFull", file), e);
        }
        // EROFS on Linux and macOS (a read-only mount), ERROR_WRITE_PROTECT on Windows (a write-protected stick)
        if (reason.contains("read-only file system") || reason.contains("write protected")) {
            return new UserException(Messages.get("file.readOnlyDisk", file), e);
        }
        if (e instanceof AccessDeniedException || reason.contains("used by another process")
                || (e instanceof FileSystemException && reason.contains("locked"))) {
            return new UserException(Messages.get("file.cannotWrite", file), e);
        }
        if (reason.contains("file name too long") || reason.contains("filename or extension is too long")) {
            return new UserException(Messages.get("file.nameTooLong", file), e);
        }
        return new UserException(Messages.get("file.writeFailed", file, reason(e)), e);
    }

    /**
     * Why an I/O operation failed, as the system says it: for a file system error its reason alone, without the
     * file it names (which may be our temporary file, unknown to the user).
     */
    private static String reason(IOException e) {
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
