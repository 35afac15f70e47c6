package org.ogireport.io.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.Section;
import org.ogireport.i18n.Messages;
import org.ogireport.io.ImportResult;
import org.ogireport.io.SafeFiles;
import org.ogireport.io.read.Doc.Cell;
import org.ogireport.util.UserException;

/**
 * Reads a report page saved from a government portal. The page is narrowed to the element that holds the report
 * (from its title to its last section), so that menus and footers are not taken for the report's text; tables
 * are laid out on their grid (rowspan repeats a label downwards, colspan covers cells to the right); a table that
 * holds other tables is only the page's layout, and its cells are read as text.
 */
public final class HtmlReader extends DocumentReader {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    /** No real table is wider or has a longer merged label; larger spans are a broken or hostile page. */
    private static final int MAX_SPAN = 64;
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "head", "template", "svg",
            "iframe", "nav", "button", "select", "form");
    private static final Set<String> INLINE = Set.of("a", "abbr", "b", "big", "em", "font", "i", "img", "span",
            "strong", "sub", "sup", "u", "small", "label", "code", "s", "strike", "q", "mark", "o:p");

    /** The meta elements in which portals state an article's title. */
    private static final List<String> META_TITLES = List.of("ArticleTitle", "og:title", "title");
    /** An element with more text than this is not a title, though it names the report. */
    private static final int MAX_TITLE = 100;

    public HtmlReader() {
        super("html", "htm");
    }

    @Override
    public ImportResult read(Path file, String organName, Integer year) {
        String name = file.getFileName().toString();
        byte[] bytes = SafeFiles.readBounded(file, MAX_BYTES);
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        } catch (IOException e) {
            throw new UserException(Messages.get("import.htmlCorrupt", name), e);
        }
        return Recogniser.recognise(toDoc(page), organName, year, name);
    }

    static Doc toDoc(Document page) {
        Doc.Builder doc = new Doc.Builder();
        boolean titled = titles(page, doc);
        new Walker(doc).walk(reportElement(page.body(), !titled));
        return doc.build();
    }

    /**
     * The report's title where a portal states it apart from the article, most precise first: the meta
     * ArticleTitle (of the pages China's government portals generate), the article's title element, the page's
     * {@code <title>} (with the portal's names after it, which the recogniser cuts off).
     *
     * @return whether one of them names the report
     */
    private static boolean titles(Document page, Doc.Builder doc) {
        List<String> titles = new ArrayList<>();
        for (Element meta : page.select("meta[content]")) {
            String name = meta.hasAttr("name") ? meta.attr("name") : meta.attr("property");
            if (META_TITLES.stream().anyMatch(name::equalsIgnoreCase)) {
                titles.add(meta.attr("content"));
            }
        }
        String reportName = Labels.normalize(Recogniser.reportName(FormatCatalog.of(FormatVersion.V2021)));
        for (Element e : page.body().select("h1, h2, h3, [class~=(?i)title], [id~=(?i)title]")) {
            String text = Labels.normalize(e.text());
            if (text.contains(reportName) && text.length() <= MAX_TITLE) {
                titles.add(e.text());
                break;
            }
        }
        titles.add(page.title());
        titles.forEach(doc::title);
        return titles.stream().anyMatch(t -> Labels.normalize(t).contains(reportName));
    }

    /**
     * The smallest element that holds the report: the one around both the first section's heading and the last
     * one's, and the title above them unless the page states it elsewhere (then the article's title bar, with its
     * date, source and font size buttons, stays out). The whole page when the headings cannot be found.
     */
    private static Element reportElement(Element body, boolean withTitle) {
        List<Section> sections = FormatCatalog.of(FormatVersion.V2021).sections();
        Element first = elementWith(body, Labels.normalize(sections.get(0).heading()));
        Element last = elementWith(body, Labels.normalize(sections.get(sections.size() - 1).heading()));
        if (first == null || last == null) {
            return body;
        }
        Element common = first;
        while (common != null && !last.parents().contains(common) && common != last) {
            common = common.parent();
        }
        String title = Labels.normalize(Recogniser.reportName(FormatCatalog.of(FormatVersion.V2021)));
        while (withTitle && common != null && common != body && !Labels.normalize(common.text()).contains(title)) {
            common = common.parent();
        }
        return common == null ? body : common;
    }

    /** The innermost element whose text contains a normalised string, or null. */
    private static Element elementWith(Element root, String normalised) {
        if (!Labels.normalize(root.text()).contains(normalised)) {
            return null;
        }
        Element found = root;
        boolean deeper = true;
        while (deeper) {
            deeper = false;
            for (Element child : found.children()) {
                if (Labels.normalize(child.text()).contains(normalised)) {
                    found = child;
                    deeper = true;
                    break;
                }
            }
        }
        return found;
    }

    /** Turns an element's content into paragraphs and table rows. */
    private static final class Walker {
        private final Doc.Builder doc;
        private final StringBuilder text = new StringBuilder();

        Walker(Doc.Builder doc) {
            this.doc = doc;
        }

        void walk(Element root) {
            children(root);
            flush();
        }

        private void children(Element e) {
            for (Node n : e.childNodes()) {
                if (n instanceof TextNode t) {
                    text.append(t.text());
                } else if (n instanceof Element c) {
                    element(c);
                }
            }
        }

        private void element(Element e) {
            String tag = e.normalName();
            if (SKIPPED.contains(tag)) {
                return;
            }
            if (tag.equals("br")) {
                flush();
            } else if (tag.equals("table")) {
                flush();
                if (e.selectFirst("table table") != null || e.select("td table, th table").size() > 0) {
                    for (Element cell : e.select("td, th")) {
                        if (cell.closest("table") == e) {
                            children(cell);
                            flush();
                        }
                    }
                } else {
                    table(e);
                }
            } else if (INLINE.contains(tag)) {
                children(e);
            } else {
                flush();
                children(e);
                flush();
            }
        }

        private void flush() {
            doc.paragraph(text.toString().replace('\u00a0', ' '));
            text.setLength(0);
        }

        private void table(Element table) {
            int id = doc.startTable();
            Map<Integer, Object[]> below = new HashMap<>(); // column -> {text, rows left}
            for (Element tr : table.select("tr")) {
                if (tr.closest("table") != table) {
                    continue;
                }
                List<Cell> cells = new ArrayList<>();
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) {
                        continue;
                    }
                    fillFromAbove(cells, below);
                    String cellText = td.text().replace('\u00a0', ' ').strip();
                    int colspan = span(td.attr("colspan"));
                    int rowspan = span(td.attr("rowspan"));
                    int col = cells.size();
                    for (int k = 0; k < colspan && cells.size() < MAX_SPAN; k++) {
                        cells.add(k == 0 ? Cell.of(cellText) : Cell.spannedBy(cellText));
                        if (rowspan > 1) {
                            below.put(col + k, new Object[] {cellText, rowspan - 1, k > 0});
                        }
                    }
                }
                fillFromAbove(cells, below);
                doc.row(id, cells);
            }
        }

        /** The cells a rowspan from above covers at the current position. */
        private static void fillFromAbove(List<Cell> cells, Map<Integer, Object[]> below) {
            Object[] b;
            while ((b = below.get(cells.size())) != null && (int) b[1] > 0) {
                String t = (String) b[0];
                cells.add((boolean) b[2] ? Cell.spannedBy(t) : Cell.of(t));
                b[1] = (int) b[1] - 1;
            }
        }

        private static int span(String attr) {
            try {
                return Math.max(1, Math.min(MAX_SPAN, Integer.parseInt(attr.strip())));
            } catch (NumberFormatException e) {
                return 1;
            }
        }
    }
}
