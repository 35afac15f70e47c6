package org.ogireport.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/**
 * Checks a file before a library parses it, so that a hostile or broken file is refused at once with a clear
 * message: too large, not the kind of file its name says, password-protected, or a zip bomb (a few kilobytes that
 * inflate to gigabytes). POI's own zip limits stay as a second line while it reads.
 */
public final class FileGuard {

    private static final int MB = 1024 * 1024;
    /** A Word or Excel report is a few hundred kilobytes; its parts together stay far below this. */
    private static final long MAX_INFLATED = 100L * MB;
    /** As POI's own default: a report has a few dozen parts. */
    private static final int MAX_ENTRIES = 1000;
    /** Real documents compress text about 10:1; a bomb compresses 1000:1. */
    private static final double MAX_RATIO = 100;
    private static final byte[] ZIP = {'P', 'K'};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
    private static final byte[] PDF = {'%', 'P', 'D', 'F'};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};
    /** A page saved as .doc or .xls by a web system declares itself within its first bytes. */
    private static final int SNIFF_BYTES = 1024;
    /** A PDF's end marker stands in its last bytes: this many, as PDFBox reads them. */
    private static final int PDF_TAIL = 2048;

    static {
        // POI's own guard, while it inflates (an entry's declared size can lie): no part beyond our limit.
        ZipSecureFile.setMaxEntrySize(MAX_INFLATED);
    }

    private FileGuard() {
    }

    /** What a file holds by its first bytes, whatever its name says. */
    public enum Content {
        /** A zip package with a Word document: .docx, or what WPS saves in its format. */
        WORD_PACKAGE,
        /** A zip package with an Excel workbook: .xlsx, or what WPS saves in its format. */
        EXCEL_PACKAGE,
        /** Another zip package, or one that cannot be opened. */
        ZIP,
        /** An OLE2 compound file: .doc, .xls, .wps, .et, or an Office file with a password. */
        OLE2,
        PDF,
        /** A web page (web systems often save one under a .doc or .xls name). */
        HTML,
        /** Rich text, which Word and WPS also save under a .doc name. */
        RTF,
        OTHER
    }

    /** What a file holds, by its first bytes. */
    public static Content contentOf(Path file) {
        byte[] head = head(file, SNIFF_BYTES);
        if (startsWith(head, ZIP)) {
            return packageContent(file);
        }
        if (startsWith(head, OLE2)) {
            return Content.OLE2;
        }
        if (startsWith(head, PDF)) {
            return Content.PDF;
        }
        if (startsWith(head, RTF)) {
            return Content.RTF;
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        boolean markup = start.replaceFirst("^(\u00ef\u00bb\u00bf)?\\s*", "").startsWith("<");
        return markup && (start.contains("<html") || start.contains("<table") || start.contains("<!doctype html"))
                ? Content.HTML : Content.OTHER;
    }

    /** Which Office document a zip package holds, by the folder of its parts (only their names are read). */
    private static Content packageContent(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                String name = e.nextElement().getName();
                if (name.startsWith("word/")) {
                    return Content.WORD_PACKAGE;
                }
                if (name.startsWith("xl/")) {
                    return Content.EXCEL_PACKAGE;
                }
            }
            return Content.ZIP;
        } catch (ZipException broken) {
            return Content.ZIP;
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /** Refuses a missing, unreadable or oversized file (one read in place, not into memory); returns its size. */
    public static long checkSize(Path file, long maxBytes) {
        try {
            if (Files.isDirectory(file)) {
                throw new UserException(Messages.get("file.isDirectory", file));
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new UserException(Messages.get("file.tooLarge", file, size / MB + 1, maxBytes / MB));
            }
            return size;
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /**
     * Checks a Word or Excel file before POI opens it: a zip package (an encrypted one is an OLE2 file, as is an
     * old .doc or .xls renamed), of a sane number of parts that do not inflate beyond reason.
     *
     * @param kind the kind of file for messages (Word, Excel)
     */
    public static void checkPackage(Path file, String kind) {
        byte[] head = head(file);
        if (startsWith(head, OLE2)) {
            throw new UserException(Messages.get("import.encryptedOrOld", file.getFileName(), kind));
        }
        if (!startsWith(head, ZIP)) {
            throw new UserException(Messages.get("import.corrupt", file.getFileName(), kind));
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            long total = 0;
            int count = 0;
            for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements(); ) {
                ZipEntry entry = e.nextElement();
                if (++count > MAX_ENTRIES) {
                    throw tooManyParts(file, kind);
                }
                long size = entry.getSize();
                long packed = entry.getCompressedSize();
                total += Math.max(size, 0);
                if (total > MAX_INFLATED || size > MB && packed >= 0 && size > MAX_RATIO * Math.max(packed, 1)) {
                    throw bomb(file);
                }
            }
        } catch (ZipException e) {
            throw new UserException(Messages.get("import.corrupt", file.getFileName(), kind), e);
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    /** Whether a file starts like a PDF. */
    public static boolean looksLikePdf(Path file) {
        return startsWith(head(file), PDF);
    }

    /**
     * Whether a PDF ends as a PDF does, with {@code %%EOF} in its last bytes (where PDFBox looks for it too). A
     * download or copy cut short does not: PDFBox would still open what is there, and its first pages would pass
     * for a scan or a report with whole sections missing.
     */
    public static boolean endsLikePdf(Path file) {
        try (SeekableByteChannel ch = Files.newByteChannel(file)) {
            long size = ch.size();
            ByteBuffer tail = ByteBuffer.allocate((int) Math.min(size, PDF_TAIL));
            ch.position(size - tail.capacity());
            while (tail.hasRemaining() && ch.read(tail) >= 0) {
                // reads the whole tail
            }
            return new String(tail.array(), 0, tail.position(), StandardCharsets.ISO_8859_1).contains("%%EOF");
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    private static UserException bomb(Path file) {
        return new UserException(Messages.get("import.zipBomb", file.getFileName(), MAX_INFLATED / MB));
    }

    private static UserException tooManyParts(Path file, String kind) {
        return new UserException(Messages.get("import.tooManyParts", file.getFileName(), MAX_ENTRIES, kind));
    }

    /**
     * What to say when POI's own zip guard stopped reading a Word or Excel file (it says so only in its message),
     * or null when the failure is something else.
     */
    public static UserException guardFailure(Path file, String kind, Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("MAX_FILE_COUNT")) {
                return tooManyParts(file, kind);
            }
            if (m.contains("Zip bomb") || m.contains("exceeds the max")) {
                return bomb(file);
            }
        }
        return null;
    }

    private static byte[] head(Path file) {
        return head(file, 8);
    }

    private static byte[] head(Path file, int bytes) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(bytes);
        } catch (IOException e) {
            throw SafeFiles.readFailure(file, e);
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
