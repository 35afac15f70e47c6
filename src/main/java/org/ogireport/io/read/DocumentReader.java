package org.ogireport.io.read;

import java.nio.file.Path;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.ogireport.i18n.Messages;
import org.ogireport.io.FileGuard;
import org.ogireport.io.ImportResult;
import org.ogireport.io.ReportReader;
import org.ogireport.util.UserException;

/**
 * What the readers of documents share: their extensions, reading without hints, opening Word and Excel files and
 * saying why one cannot be read.
 */
abstract class DocumentReader implements ReportReader {

    private final Set<String> extensions;

    DocumentReader(String... extensions) {
        this.extensions = Set.of(extensions);
    }

    @Override
    public final Set<String> extensions() {
        return extensions;
    }

    @Override
    public final ImportResult read(Path file) {
        return read(file, null, null);
    }

    /** Opens a Word or Excel file for reading, once {@link FileGuard} has found it sound. */
    static OPCPackage openPackage(Path file, long maxBytes, String kind) throws InvalidFormatException {
        FileGuard.checkSize(file, maxBytes);
        FileGuard.checkPackage(file, kind);
        return OPCPackage.open(file.toFile(), PackageAccess.READ);
    }

    /** What to tell the user when POI fails on a Word or Excel file. */
    static UserException packageFailure(Path file, String kind, Exception e) {
        if (e instanceof UserException u) {
            return u;
        }
        UserException guarded = FileGuard.guardFailure(file, kind, e);
        if (guarded != null) {
            return guarded;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof EncryptedDocumentException) {
                return password(file, kind);
            }
        }
        return new UserException(Messages.get("import.corrupt", file.getFileName(), kind), e);
    }

    /** A Word or Excel file with a password to open it (kind: Word, Excel). */
    static UserException password(Path file, String kind) {
        return new UserException(Messages.get("import.password", file.getFileName(), kind));
    }
}
