package org.ogireport.io.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.ogireport.i18n.Messages;
import org.ogireport.io.FileGuard;
import org.ogireport.io.ImportResult;
import org.ogireport.io.ReportReader;
import org.ogireport.util.UserException;

/**
 * Reads a Word, Excel or WPS file by what it holds, not by its name: offices send Word 97–2003 files, WPS's own
 * .wps and .et (which hold the same inside), renamed files, and web pages saved under a .doc or .xls name. A zip
 * package with {@code word/} goes to the .docx reader and one with {@code xl/} to the .xlsx reader; an OLE2 file
 * with a WordDocument stream to the .doc reader and one with a Workbook stream to the .xls reader; a web page to
 * the web page reader. What none of them reads is refused with a message that names what it is and says how to
 * save it so that it can be read.
 */
public final class OfficeReader extends DocumentReader {

    /** The extensions of spreadsheets: a file the reader cannot read is then to be saved as .xlsx, not .docx. */
    private static final Set<String> SHEETS = Set.of("xlsx", "xls", "et");

    public OfficeReader() {
        super("docx", "doc", "wps", "xlsx", "xls", "et");
    }

    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        boolean sheet = SHEETS.contains(extension(file));
        FileGuard.checkSize(file, Math.max(DocxReader.MAX_BYTES, DocReader.MAX_BYTES));
        ReportReader reader = switch (FileGuard.contentOf(file)) {
            case WORD_PACKAGE -> new DocxReader();
            case EXCEL_PACKAGE -> new XlsxReader();
            case ZIP -> packageReader(file, sheet);
            case OLE2 -> compoundReader(file, sheet);
            case HTML -> new HtmlReader();
            case RTF -> throw unreadable(file, sheet, "import.content.rtf");
            default -> throw unreadable(file, sheet, "import.content.other");
        };
        return reader.read(file, organName, year);
    }

    /** The reader of a zip package that holds no Word or Excel part: by its name, whose reader says what is wrong. */
    private static ReportReader packageReader(Path file, boolean sheet) {
        String extension = extension(file);
        if (extension.equals("docx") || extension.equals("xlsx")) {
            return sheet ? new XlsxReader() : new DocxReader();
        }
        throw unreadable(file, sheet, "import.content.zip");
    }

    /** The reader of an OLE2 file: by its streams (Word's, Excel's, or an encrypted Office package). */
    private static ReportReader compoundReader(Path file, boolean sheet) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw password(file, Messages.get(sheet ? "import.kind.excel" : "import.kind.word"));
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return new DocReader();
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return new XlsReader();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("import.corrupt", file.getFileName(),
                    Messages.get(sheet ? "import.kind.excel" : "import.kind.word")), e);
        }
        throw unreadable(file, sheet, "import.content.ole2");
    }

    /** A file of a format no reader knows: what it is, and how to save it so that it can be read. */
    static UserException unreadable(Path file, boolean sheet, String contentKey) {
        return new UserException(Messages.get("import.formatUnreadable", file.getFileName(), Messages.get(contentKey),
                application(sheet), sheet ? ".xlsx" : ".docx"));
    }

    private static String application(boolean sheet) {
        return Messages.get(sheet ? "import.app.sheet" : "import.app.text");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
