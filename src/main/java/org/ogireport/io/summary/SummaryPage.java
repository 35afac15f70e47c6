package org.ogireport.io.summary;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.ogireport.i18n.Messages;

/**
 * The 集中公布 page for the portal: the government's aggregate report and every unit's report of the year, as a list
 * of links to their web pages (written beside it), in the order of the unit list.
 */
public final class SummaryPage {

    private SummaryPage() {
    }

    /**
     * @param aggregateLink the aggregate's page (relative), or null before a sum
     * @param links         each unit's page (relative) by unit name, for the units that sent a report
     */
    public static void write(SummaryData data, String aggregateLink, Map<String, String> links, OutputStream out)
            throws IOException {
        String title = Messages.get("summary.page.title", data.compiler().name(), data.year());
        StringBuilder html = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"UTF-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(escape(title)).append("</title>\n<style>body{font-family:\"SimSun\",\"宋体\",serif;")
                .append("max-width:50em;margin:2em auto;padding:0 1em;line-height:1.8}")
                .append("h1{font-size:1.4em;text-align:center}li{margin:.3em 0}</style>\n</head>\n<body>\n<h1>")
                .append(escape(title)).append("</h1>\n");
        if (aggregateLink != null) {
            html.append("<p><a href=\"").append(escape(aggregateLink)).append("\">")
                    .append(escape(Messages.get("summary.page.aggregate", data.compiler().name(), data.year())))
                    .append("</a></p>\n");
        }
        html.append("<ol>\n");
        for (SummaryData.UnitRow u : data.units()) {
            String link = links.get(u.name());
            html.append("<li>");
            if (link != null) {
                html.append("<a href=\"").append(escape(link)).append("\">")
                        .append(escape(Messages.get("summary.page.unit", u.name(), data.year()))).append("</a>");
            } else {
                html.append(escape(u.name())).append("（").append(escape(u.state())).append("）");
            }
            html.append("</li>\n");
        }
        html.append("</ol>\n</body>\n</html>\n");
        out.write(html.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
