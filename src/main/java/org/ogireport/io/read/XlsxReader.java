package org.ogireport.io.read;

import java.nio.file.Path;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.ogireport.i18n.Messages;

/** Reads an .xlsx workbook (see {@link WorkbookReader}), once {@link org.ogireport.io.FileGuard} found it sound. */
public final class XlsxReader extends WorkbookReader {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    public XlsxReader() {
        super("xlsx");
    }

    @Override
    Workbook open(Path file) throws Exception {
        OPCPackage pkg = openPackage(file, MAX_BYTES, Messages.get("import.kind.excel"));
        try {
            return new XSSFWorkbook(pkg);
        } catch (Exception | Error e) {
            pkg.revert();
            throw e;
        }
    }
}
