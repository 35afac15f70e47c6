package org.ogireport.io.read;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ogireport.io.ImportResult;
import org.ogireport.io.SafeFiles;
import org.ogireport.io.read.Doc.Cell;

/**
 * Reads a report copied from a web page into a text file: one paragraph per line, a table row per line with its
 * cells separated by tabs, headings perhaps marked with # (a Markdown copy). Chinese Windows saves such a file in
 * GBK unless told otherwise, so the encoding is detected: a byte order mark, else UTF-8 if the bytes are valid
 * UTF-8, else GB18030 (a superset of GBK).
 */
public final class TextReader extends DocumentReader {

    /** A report's text is some tens of kilobytes. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    public TextReader() {
        super("txt");
    }

    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        String text = decode(SafeFiles.readBounded(file, MAX_BYTES));
        return Recogniser.recognise(toDoc(text), organName, year, file.getFileName().toString());
    }

    static Doc toDoc(String text) {
        Doc.Builder doc = new Doc.Builder();
        int table = -1;
        for (String line : text.split("\\R")) {
            if (line.indexOf('\t') < 0) {
                table = -1;
                doc.paragraph(line.replaceFirst("^\\s*#+\\s*", ""));
                continue;
            }
            if (table < 0) {
                table = doc.startTable();
            }
            List<Cell> cells = new ArrayList<>();
            for (String cell : line.split("\t", -1)) {
                cells.add(Cell.of(cell.strip()));
            }
            doc.row(table, cells);
        }
        return doc.build();
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }
}
