package org.ogireport.io.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.ogireport.io.export.GongwenFonts;

/**
 * The document's font table: each 公文 font with the installed font Word and WPS take instead where it is missing
 * ({@code w:altName}). Windows ships 仿宋 and 楷体 but not 仿宋_GB2312 and 楷体_GB2312, which many office PCs
 * add; without the table the body would fall back to the default font rather than to 仿宋.
 */
final class DocxFonts {

    static final String PART = "/word/fontTable.xml";
    /** The Chinese fonts (GB2312 character set) and what to take without them. */
    static final Map<String, String> ALTERNATES = new LinkedHashMap<>();

    static {
        ALTERNATES.put(GongwenFonts.FANGSONG, "仿宋");
        ALTERNATES.put(GongwenFonts.KAITI, "楷体");
        ALTERNATES.put(GongwenFonts.XIAOBIAOSONG, "宋体");
        ALTERNATES.put(GongwenFonts.HEITI, "SimHei");
        ALTERNATES.put(GongwenFonts.SONGTI, "SimSun");
    }

    private DocxFonts() {
    }

    static void install(XWPFDocument doc) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        ALTERNATES.forEach((name, alternate) -> xml.append("<w:font w:name=\"").append(name).append("\">")
                .append("<w:altName w:val=\"").append(alternate).append("\"/>")
                // 86: the GB2312 character set, which tells Word to look among the Chinese fonts
                .append("<w:charset w:val=\"86\"/><w:family w:val=\"auto\"/><w:pitch w:val=\"variable\"/></w:font>"));
        xml.append("<w:font w:name=\"").append(GongwenFonts.LATIN).append("\"><w:charset w:val=\"00\"/>")
                .append("<w:family w:val=\"roman\"/><w:pitch w:val=\"variable\"/></w:font></w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName(PART);
            PackagePart part = doc.getPackage().createPart(name, XWPFRelation.FONT_TABLE.getContentType());
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL, XWPFRelation.FONT_TABLE.getRelation());
        } catch (InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
