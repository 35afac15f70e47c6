package org.ogireport.io.read;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.ogireport.i18n.Messages;
import org.ogireport.io.FileGuard;
import org.ogireport.io.ImportResult;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.util.UserException;

/**
 * Reads a published PDF that has a text layer (a scan has none: it is refused with a message saying so; a file cut
 * short, as by a broken download, is refused as incomplete before PDFBox patches up what is left). PDFBox
 * gives each piece of text with its position; the pieces become printed lines, from which the recogniser joins
 * paragraphs and puts table rows together by position. Memory stays bounded: the file is read in place and
 * PDFBox caches streams beyond a few megabytes in a temporary file.
 */
public final class PdfReader extends DocumentReader {

    /** Published reports are a few hundred kilobytes; one with images may reach some megabytes. */
    static final long MAX_BYTES = 100L * 1024 * 1024;
    static final int MAX_PAGES = 200;
    private static final long MEMORY_CACHE = 16L * 1024 * 1024;
    /** Fewer Chinese characters than this and the text layer is missing or unusable (fonts without a map). */
    private static final int MIN_CHINESE = 30;
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－\\s]*第?\\s*\\d{1,3}\\s*页?[-—–－\\s]*");
    /** Where a page number may stand: this share of the page at the top or the bottom. */
    private static final float PAGE_MARGIN = 0.12f;

    public PdfReader() {
        super("pdf");
    }

    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        String name = file.getFileName().toString();
        FileGuard.checkSize(file, MAX_BYTES);
        if (!FileGuard.looksLikePdf(file)) {
            throw new UserException(Messages.get("import.pdfCorrupt", name));
        }
        if (!FileGuard.endsLikePdf(file)) {
            throw new UserException(Messages.get("import.pdfIncomplete", name));
        }
        Doc doc;
        try (PDDocument pdf = Loader.loadPDF(new RandomAccessReadBufferedFile(file.toFile()), "", null, null,
                MemoryUsageSetting.setupMixed(MEMORY_CACHE).streamCache)) {
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw new UserException(Messages.get("import.pdfTooManyPages", name, pdf.getNumberOfPages(),
                        MAX_PAGES));
            }
            doc = toDoc(pdf);
        } catch (InvalidPasswordException e) {
            throw new UserException(Messages.get("import.pdfPassword", name), e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof UserException u) {
                throw u;
            }
            throw new UserException(Messages.get("import.pdfCorrupt", name), e);
        }
        long chinese = doc.lines().stream().flatMap(l -> l.cells().stream())
                .flatMap(c -> c.text().codePoints().boxed()).filter(cp -> cp >= 0x4E00 && cp <= 0x9FFF).count();
        if (chinese < MIN_CHINESE) {
            throw new UserException(Messages.get("import.pdfNoText", name));
        }
        return Recogniser.recognise(doc, organName, year, name);
    }

    /** A piece of text on a page. */
    private record Piece(String text, float x0, float x1, float y, float size) {
    }

    private static Doc toDoc(PDDocument pdf) throws IOException {
        Collector collector = new Collector(pdf.getNumberOfPages());
        collector.getText(pdf);
        Doc.Builder doc = new Doc.Builder();
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            float height = pdf.getPage(p - 1).getMediaBox().getHeight();
            for (List<Piece> line : lines(collector.pages.get(p - 1))) {
                addLine(doc, line, p, height);
            }
        }
        return doc.build();
    }

    /** Collects the pieces of text PDFBox finds, page by page with their positions, instead of writing them. */
    private static final class Collector extends PDFTextStripper {
        private final List<List<Piece>> pages = new ArrayList<>();

        Collector(int pageCount) throws IOException {
            setSortByPosition(true);
            for (int i = 0; i < pageCount; i++) {
                pages.add(new ArrayList<>());
            }
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (text.isBlank() || positions.isEmpty()) {
                return;
            }
            TextPosition first = positions.get(0);
            TextPosition last = positions.get(positions.size() - 1);
            float size = 0;
            for (TextPosition t : positions) {
                size = Math.max(size, t.getFontSizeInPt());
            }
            pages.get(getCurrentPageNo() - 1).add(new Piece(text, first.getXDirAdj(),
                    last.getXDirAdj() + last.getWidthDirAdj(), first.getYDirAdj(), size));
        }
    }

    /** Pieces at about the same height, left to right: a printed line. */
    private static List<List<Piece>> lines(List<Piece> pieces) {
        List<Piece> sorted = new ArrayList<>(pieces);
        sorted.sort(Comparator.comparingDouble(Piece::y));
        List<List<Piece>> lines = new ArrayList<>();
        List<Piece> current = new ArrayList<>();
        float lineY = 0;
        for (Piece p : sorted) {
            if (!current.isEmpty() && Math.abs(p.y() - lineY) > 0.3f * Math.max(p.size(), 1)) {
                lines.add(current);
                current = new ArrayList<>();
            }
            if (current.isEmpty()) {
                lineY = p.y();
            }
            current.add(p);
        }
        if (!current.isEmpty()) {
            lines.add(current);
        }
        lines.forEach(l -> l.sort(Comparator.comparingDouble(Piece::x0)));
        return lines;
    }

    /** Adds a line, its pieces split at spaces ("0 0 0" is three numbers); a page number is left out. */
    private static void addLine(Doc.Builder doc, List<Piece> line, int page, float pageHeight) {
        float y = line.get(0).y();
        StringBuilder text = new StringBuilder();
        line.forEach(p -> text.append(p.text()));
        if ((y < PAGE_MARGIN * pageHeight || y > (1 - PAGE_MARGIN) * pageHeight)
                && PAGE_NUMBER.matcher(text).matches()) {
            return;
        }
        List<Cell> cells = new ArrayList<>();
        float size = 0;
        for (Piece p : line) {
            size = Math.max(size, p.size());
            String[] words = p.text().strip().split("\\s+");
            float width = (p.x1() - p.x0()) / Math.max(p.text().length(), 1);
            int offset = p.text().indexOf(words[0]);
            for (String w : words) {
                float x0 = p.x0() + offset * width;
                cells.add(new Cell(w, false, x0, x0 + w.length() * width));
                offset += w.length() + 1;
            }
        }
        doc.printed(cells, page, y, size);
    }
}
