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
import org.ogireport.rules.Severity;

/** The 校验报告 as one self-contained UTF-8 HTML page (styles inline in the page, nothing fetched). */
final class CheckReportHtml implements CheckReportWriter {

    private static final String STYLE = """
            body { font-family: "SimSun", "宋体", "Noto Serif CJK SC", "Songti SC", serif; margin: 2em auto;
                   max-width: 60em; line-height: 1.6; color: #222; padding: 0 1em; }
            h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; text-align: center; margin-bottom: .2em; }
            .subject { text-align: center; margin-top: 0; }
            .summary { font-weight: bold; }
            h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-size: 1.15em; margin-top: 1.6em; }
            table { border-collapse: collapse; width: 100%; table-layout: fixed; }
            th, td { border: 1px solid #888; padding: .3em .5em; vertical-align: top; text-align: left; }
            th { background: #e6e6e6; }
            .id { white-space: nowrap; font-weight: bold; }
            .name, .terms { display: block; font-size: .8em; color: #555; }
            .terms { margin-top: .3em; }
            h2.E, .E .id { color: #b00000; } .W .id { color: #9a6a00; } .I .id { color: #555; }
            .FAILED { color: #b00000; font-weight: bold; } .NOT_CHECKED { color: #9a6a00; font-weight: bold; }
            .unexplained { color: #9a6a00; font-style: italic; }
            .signature { margin-top: 3em; }
            @media print { body { margin: 0; } tr { page-break-inside: avoid; } h2 { page-break-after: avoid; } }
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
        body.appendElement("p").addClass("version").text(report.version());
        body.appendElement("p").text(report.date());
        body.appendElement("p").addClass("summary").text(report.summary());
        body.appendElement("p").text(report.note());
        for (CheckReport.Group g : report.groups()) {
            body.appendElement("h2").addClass(g.severity().name()).text(g.heading());
            Element rows = table(body, CheckReport.columns(), CheckReport.COLUMN_PERCENT);
            for (CheckReport.Line l : g.lines()) {
                Element tr = rows.appendElement("tr").attr("valign", "top").addClass(l.severity().name());
                Element rule = tr.appendElement("td");
                ids(rule, l.ruleIds());
                if (!l.ruleName().isEmpty()) {
                    rule.appendElement("span").addClass("name").text(l.ruleName());
                }
                tr.appendElement("td").text(l.place());
                Element message = tr.appendElement("td").text(l.message());
                if (l.terms() != null) {
                    message.appendElement("span").addClass("terms").text(l.terms());
                }
                Element explanation = tr.appendElement("td").text(l.explanation());
                if (l.severity() == Severity.W && !l.explained()) {
                    explanation.addClass("unexplained");
                }
            }
        }
        body.appendElement("h2").text(Messages.get("check.rulesHeading"));
        Element rules = table(body, CheckReport.ruleColumns(), CheckReport.RULE_COLUMN_PERCENT);
        for (CheckReport.RuleLine rule : report.rules()) {
            Element tr = rules.appendElement("tr").attr("valign", "top");
            ids(tr.appendElement("td"), List.of(rule.id()));
            tr.appendElement("td").text(rule.name());
            tr.appendElement("td").text(rule.basis());
            tr.appendElement("td").addClass(rule.outcome().name()).text(rule.result());
        }
        body.appendElement("p").addClass("signature").text(Messages.get("check.signature"));
        out.write(doc.outerHtml().getBytes(StandardCharsets.UTF_8));
    }

    /** A table with its column widths and heading row; returns its body. */
    private static Element table(Element body, List<String> columns, List<Integer> percents) {
        Element table = body.appendElement("table").attr("border", "1").attr("cellspacing", "0")
                .attr("cellpadding", "4").attr("width", "100%");
        Element colgroup = table.appendElement("colgroup");
        for (int percent : percents) {
            colgroup.appendElement("col").attr("width", percent + "%").attr("style", "width: " + percent + "%");
        }
        Element header = table.appendElement("thead").appendElement("tr");
        for (int c = 0; c < columns.size(); c++) {
            header.appendElement("th").attr("scope", "col").attr("width", percents.get(c) + "%").text(columns.get(c));
        }
        return table.appendElement("tbody");
    }

    /** Rule ids that never break inside, one a line. */
    private static void ids(Element cell, List<String> ids) {
        for (int i = 0; i < ids.size(); i++) {
            if (i > 0) {
                cell.appendElement("br");
            }
            cell.appendElement("span").addClass("id").text(ids.get(i));
        }
    }
}
