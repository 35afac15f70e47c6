package org.ogireport.io;

import org.apache.poi.ooxml.POIXMLProperties;
import org.ogireport.i18n.Messages;

/**
 * The document properties of the Office files we write: what Word, Excel and the file manager show as the file's
 * author, title and program, rather than POI's "Apache POI".
 */
public final class OfficeProperties {

    private OfficeProperties() {
    }

    /**
     * @param author the organ whose report it is
     * @param title  the report's title (淮安市人民政府2024年政府信息公开工作年度报告) or what the file is
     */
    public static void set(POIXMLProperties properties, String author, String title) {
        properties.getCoreProperties().setCreator(author);
        properties.getCoreProperties().setTitle(title);
        properties.getExtendedProperties().setApplication(Messages.get("app.name"));
    }
}
