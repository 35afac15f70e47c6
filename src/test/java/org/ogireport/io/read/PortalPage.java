package org.ogireport.io.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.ogireport.format.TableSpec;
import org.ogireport.io.ExportOptions;
import org.ogireport.io.html.HtmlWriter;
import org.ogireport.model.Report;

/**
 * A report page as a clerk saves it from a government portal (网页另存为): our own HTML export of the report,
 * set in the portal's chrome (menus, breadcrumbs, a search form, a sidebar, the footer), with the changes real
 * portals make on demand: the title moved out of the article (into the meta ArticleTitle, the page's
 * {@code <title>} with the portal's suffix, or a title element above the article, split over two paragraphs),
 * written "YYYY年度"; an invisible empty row after table 四's data; tables whose merged cells were flattened.
 */
final class PortalPage {

    /** Where the page states the report's title. */
    enum Title {
        /** Only the meta ArticleTitle; the page's {@code <title>} names the column. */
        META,
        /** Only the page's {@code <title>}, followed by the portal's names. */
        PAGE_TITLE,
        /** A title element above the article, organ and year on two paragraphs. */
        ELEMENT
    }

    private static final String SUFFIX = "_政府信息公开年报_某某市人民政府门户网站";

    private final Document page;
    private final Report report;

    PortalPage(Report report) {
        this.report = report;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new HtmlWriter().write(report, ExportOptions.finalCopy(LocalDate.of(2025, 1, 20)), out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document export = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
        page = Jsoup.parse(CHROME);
        page.title(export.title());
        Element article = page.selectFirst("#zoom");
        export.body().child(0).children().forEach(article::appendChild);
    }

    /** The title where the portal states it, written "YYYY年度", and not in the article. */
    PortalPage titleIn(Title where) {
        String organ = report.organ().name();
        String title = report.catalog().title(organ, report.year()).replace("年政府", "年度政府");
        page.selectFirst("#zoom h1").remove();
        page.title("政府信息公开年报" + SUFFIX);
        switch (where) {
            case META -> page.head().appendElement("meta").attr("name", "ArticleTitle").attr("content", title);
            case PAGE_TITLE -> page.title(title + SUFFIX);
            case ELEMENT -> {
                Element heading = page.selectFirst(".article-title");
                heading.appendElement("p").text(organ);
                heading.appendElement("p").text(title.substring(organ.length()));
            }
        }
        return this;
    }

    /** An empty row after table 四's data, as some portals' editors leave one. */
    PortalPage blankRowAfterTable4() {
        Element table4 = page.select("#zoom table").last();
        Element row = table4.selectFirst("tbody").appendElement("tr");
        for (int i = 0; i < table4.select("tr").get(table4.select("tr").size() - 2).children().size(); i++) {
            row.appendElement("td").html("&nbsp;");
        }
        return this;
    }

    /** Table 四's data row with every cell emptied: a page saved without its table's content. */
    PortalPage table4Emptied() {
        Element table4 = page.select("#zoom table").last();
        table4.select("tr").last().children().forEach(td -> td.html("&nbsp;"));
        return this;
    }

    /** Every table with its merged cells flattened ({@link FlatTables}). */
    PortalPage flattened() {
        List<Element> tables = page.select("#zoom table");
        List<TableSpec> specs = report.catalog().tables();
        for (int t = 0; t < tables.size(); t++) {
            Element table = new Element("table").attr("border", "1");
            Element body = table.appendElement("tbody");
            for (List<String> cells : FlatTables.rows(specs.get(t), report)) {
                Element tr = body.appendElement("tr");
                cells.forEach(text -> tr.appendElement("td").text(text));
            }
            tables.get(t).replaceWith(table);
        }
        return this;
    }

    /** Replaces a text of the article wherever it stands (a heading worded as the office words it). */
    PortalPage reword(String text, String replacement) {
        for (Element e : page.select("#zoom *")) {
            if (e.ownText().contains(text)) {
                e.text(e.ownText().replace(text, replacement));
            }
        }
        return this;
    }

    /** Joins two paragraphs of the article into one (the office wrote them as one). */
    PortalPage joinParagraphs(String first, String second) {
        Element a = page.select("#zoom p").stream().filter(p -> p.text().equals(first)).findFirst().orElseThrow();
        Element b = page.select("#zoom p").stream().filter(p -> p.text().equals(second)).findFirst().orElseThrow();
        a.text(first + second);
        b.remove();
        return this;
    }

    Path write(Path file) {
        try {
            return Files.writeString(file, page.outerHtml(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CHROME = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="某某市人民政府门户网站">
            <meta name="ColumnName" content="政府信息公开年报"><script>var _hmt = [];</script></head><body>
            <div class="top"><a href="/">首页</a> | <a>无障碍</a> | <a>长者模式</a></div>
            <div class="nav"><ul><li><a>首页</a></li><li><a>政务公开</a></li><li><a>政务服务</a></li>
            <li><a>互动交流</a></li><li><a>走进某某</a></li></ul></div>
            <form class="search" action="/search"><input name="q" value="请输入关键词"><button>搜索</button></form>
            <div class="position">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; <a>政府信息公开年报</a></div>
            <div class="main"><div class="side"><h3>政府信息公开</h3><ul><li><a>政府信息公开指南</a></li>
            <li><a>政府信息公开制度</a></li><li><a>政府信息公开年报</a></li></ul></div>
            <div class="article"><div class="article-title"></div>
            <div class="info">发布时间：2025-01-20 10:30 来源：某某市人民政府办公室 浏览次数：1024 字号：[大 中 小]
            【打印】【关闭】</div><div class="TRS_Editor" id="zoom"></div>
            <div class="share">分享到：微信 微博</div></div></div>
            <div class="footer"><p>主办单位：某某市人民政府办公室　承办单位：某某市大数据中心</p>
            <p>网站标识码：3500000001　某ICP备12345678号　某公网安备35000002000001号</p></div>
            </body></html>""";
}
