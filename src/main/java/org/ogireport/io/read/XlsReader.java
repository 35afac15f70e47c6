package org.ogireport.io.read;

import java.nio.file.Path;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Workbook;
import org.ogireport.io.FileGuard;

/**
 * Reads an Excel 97–2003 workbook (.xls, and WPS Spreadsheets' .et, which holds the same) through POI's HSSF (see
 * {@link WorkbookReader}).
 */
final class XlsReader extends WorkbookReader {

    static final long MAX_BYTES = XlsxReader.MAX_BYTES;

    XlsReader() {
        super("xls", "et");
    }

    @Override
    Workbook open(Path file) throws Exception {
        FileGuard.checkSize(file, MAX_BYTES);
        POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true);
        try {
            return new HSSFWorkbook(fs);
        } catch (OldExcelFormatException e) {
            fs.close();
            throw OfficeReader.unreadable(file, true, "import.content.excel95");
        } catch (Exception | Error e) {
            fs.close();
            throw e;
        }
    }
}
