package org.ogireport.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.ogireport.i18n.Messages;

/** The 校验报告 as one self-contained UTF-8 HTML page (styles inline in the page, nothing fetched). */
final class CheckReportHtml implements CheckReportWriter {

    private static final String STYLE = """
            body { font-family: "SimSun", "宋体", "Noto Serif CJK SC", "Songti SC", serif; margin: 2em auto;
                   max-width: 60em; line-height: 1.6; color: #222; }
            h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; text-align: center; margin-bottom: .2em; }
            .subject { text-align: center; margin-top: 0; }
            h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.15em; margin-top: 1.6em; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #888; padding: .3em .5em; vertical-align: top; text-align: left; }
            th { background: #e6e6e6; }
            .E { color: #b00000; font-weight: bold; } .W { color: #9a6a00; } .I { color: #555; }
            .unexplained { color: #9a6a00; font-style: italic; }
            .signature { margin-top: 3em; }
            @media print { body { margin: 0; } tr { page-break-inside: avoid; } }
            """;

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public void write(CheckReport report, OutputStream out) throws IOException {
        Document doc = Document.createShell("");
        doc.prependChild(new DocumentType("html", "", ""));
        doc.outputSettings().charset(StandardCharsets.UTF_8);
        doc.selectFirst("html").attr("lang", "zh-CN");
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("title").text(report.title() + " — " + report.subject());
        head.appendElement("style").appendChild(new DataNode(STYLE));
        Element body = doc.body();
        body.appendElement("h1").text(report.title());
        body.appendElement("p").addClass("subject").text(report.subject());
        body.appendElement("p").text(report.date());
        body.appendElement("p").text(report.summary());
        body.appendElement("p").text(report.note());
        for (CheckReport.Group g : report.groups()) {
            body.appendElement("h2").text(g.heading());
            Element table = body.appendElement("table").attr("border", "1").attr("cellspacing", "0")
                    .attr("cellpadding", "4").attr("width", "100%");
            Element colgroup = table.appendElement("colgroup");
            for (int percent : CheckReport.COLUMN_PERCENT) {
                colgroup.appendElement("col").attr("width", percent + "%").attr("style", "width: " + percent + "%");
            }
            Element header = table.appendElement("thead").appendElement("tr");
            List<String> columns = CheckReport.columns();
            for (int c = 0; c < columns.size(); c++) {
                header.appendElement("th").attr("width", CheckReport.COLUMN_PERCENT.get(c) + "%").text(columns.get(c));
            }
            Element rows = table.appendElement("tbody");
            for (CheckReport.Line l : g.lines()) {
                Element tr = rows.appendElement("tr").attr("valign", "top");
                tr.appendElement("td").text(l.rule());
                tr.appendElement("td").addClass(l.severity()).text(l.severityLabel());
                tr.appendElement("td").text(l.place());
                tr.appendElement("td").text(l.message());
                Element explanation = tr.appendElement("td").text(l.explanation());
                if (l.severity().equals("W") && !l.explained()) {
                    explanation.addClass("unexplained");
                }
            }
        }
        body.appendElement("p").addClass("signature").text(Messages.get("check.signature"));
        out.write(doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }
}
