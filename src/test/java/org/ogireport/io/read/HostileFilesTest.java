package org.ogireport.io.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ogireport.app.Workspace;
import org.ogireport.testing.TestReports;
import org.ogireport.util.UserException;

/**
 * Files built to hurt: each is refused with a clear Chinese message naming the file, and nothing is stored. They
 * are generated here (nothing big is committed); the 200 MB file is sparse, so it costs no disk.
 */
class HostileFilesTest {

    private static final String SECRET = "机密内容-不得外泄";

    @TempDir
    Path dir;

    private Workspace ws;

    @BeforeEach
    void open() {
        ws = Workspace.open(dir.resolve("data"));
    }

    @AfterEach
    void close() {
        assertThat(ws.listDrafts()).as("nothing stored").isEmpty();
        ws.close();
    }

    private void refused(Path file, String... messageParts) {
        assertThatThrownBy(() -> ws.importFile(file, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining(file.getFileName().toString()).satisfies(e -> {
                    for (String part : messageParts) {
                        assertThat(e.getMessage()).contains(part);
                    }
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void aZipBombIsRefusedBeforeItIsUnpacked(String ext) throws IOException {
        Path file = dir.resolve("bomb." + ext);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(ext.equals("docx") ? "word/document.xml" : "xl/workbook.xml"));
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 30; i++) {
                zip.write(zeros); // 30 MB that pack into some 30 KB
            }
        }
        assertThat(Files.size(file)).isLessThan(200_000);
        refused(file, "异常庞大");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx"})
    void aPackageOfTenThousandTinyPartsIsRefusedForItsPartsNotItsSize(String ext) throws IOException {
        Path file = dir.resolve("parts." + ext);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (int i = 0; i < 10_000; i++) {
                entry(zip, "part" + i + ".xml", "x");
            }
        }
        refused(file, "超过 1000 个部件", ext.equals("docx") ? "Word 文件只有几十个" : "Excel 文件只有几十个");
        assertThatThrownBy(() -> ws.importFile(file, null, null)).hasMessageNotContaining("MB");
    }

    @Test
    void anXmlExternalEntityInAWordFileIsNotResolved() throws IOException {
        Path file = withExternalEntity("xxe.docx", "word/document.xml",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", """
                        <!DOCTYPE w:document [<!ENTITY xxe SYSTEM "%s">]>
                        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                        <w:body><w:p><w:r><w:t>一、总体情况 &xxe;</w:t></w:r></w:p></w:body></w:document>""");
        assertThatThrownBy(() -> ws.importFile(file, "某局", 2024)).isInstanceOf(UserException.class)
                .hasMessageContaining("xxe.docx").hasMessageNotContaining(SECRET);
    }

    @Test
    void anXmlExternalEntityInAnExcelFileIsNotResolved() throws IOException {
        Path file = withExternalEntity("xxe.xlsx", "xl/workbook.xml",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", """
                        <!DOCTYPE workbook [<!ENTITY xxe SYSTEM "%s">]>
                        <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
                        <sheets><sheet name="&xxe;" sheetId="1"/></sheets></workbook>""");
        assertThatThrownBy(() -> ws.importFile(file, null, null)).isInstanceOf(UserException.class)
                .hasMessageContaining("xxe.xlsx").hasMessageNotContaining(SECRET);
    }

    /** An Office package whose main part declares an external entity pointing at a local secret file. */
    private Path withExternalEntity(String name, String mainPart, String contentType, String body)
            throws IOException {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Path file = dir.resolve(name);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/%s" ContentType="%s"/>
                    </Types>""".formatted(mainPart, contentType));
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Target="%s"
                     Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/>
                    </Relationships>""".formatted(mainPart));
            entry(zip, mainPart, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + body.formatted(secret.toUri()));
        }
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "docx", "xlsx", "doc", "xls", "wps", "et", "html", "txt", "json"})
    void a200MegabyteFileIsRefusedWithoutReadingIt(String ext) throws IOException {
        Path file = dir.resolve("huge." + ext);
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        refused(file, "超过了");
    }

    @Test
    void aPasswordProtectedWordFileIsRefused() throws Exception {
        Path plain = dir.resolve("plain.docx");
        OfficialWord.write(TestReports.full(2024, 1), plain, UnaryOperator.identity(), false);
        Path file = dir.resolve("locked.docx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("口令123");
            try (OutputStream os = enc.getDataStream(fs)) {
                Files.copy(plain, os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        refused(file, "密码");
    }

    @Test
    void aPasswordProtectedPdfIsRefused() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument pdf = new PDDocument()) {
            pdf.addPage(new PDPage());
            pdf.protect(new StandardProtectionPolicy("owner", "user", new AccessPermission()));
            pdf.save(file.toFile());
        }
        refused(file, "密码");
    }

    @Test
    void aPdfWithoutATextLayerIsRefused() throws IOException {
        Path file = dir.resolve("scan.pdf");
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage();
            pdf.addPage(page);
            try (PDPageContentStream draw = new PDPageContentStream(pdf, page)) {
                draw.addRect(50, 50, 400, 600); // a scanned page is a picture: no text
                draw.fill();
            }
            pdf.save(file.toFile());
        }
        refused(file, "没有文字层");
    }

    @ParameterizedTest
    @ValueSource(strings = {"docx", "xlsx", "pdf", "doc", "xls", "wps", "et"})
    void aCorruptFileIsRefused(String ext) throws IOException {
        Path file = dir.resolve("broken." + ext);
        byte[] junk = new byte[20_000];
        new Random(1).nextBytes(junk);
        byte[] head = ext.equals("pdf") ? "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)
                : ext.endsWith("x") ? new byte[] {'P', 'K', 3, 4}
                : new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(head, 0, junk, 0, head.length);
        Files.write(file, junk);
        refused(file, "无法读取");
    }

    @ParameterizedTest
    @CsvSource({"WordDocument, doc", "WordDocument, wps", "Workbook, xls", "Workbook, et"})
    void anOldOfficeFileWhoseContentIsJunkIsRefused(String stream, String ext) throws IOException {
        Path file = dir.resolve("junk." + ext);
        byte[] junk = new byte[50_000];
        new Random(2).nextBytes(junk);
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(file)) {
            fs.createDocument(new ByteArrayInputStream(junk), stream);
            fs.writeFilesystem(out);
        }
        refused(file, "无法读取");
    }

    @Test
    void aWordFileCutShortIsRefused() throws IOException {
        Path whole = dir.resolve("whole.docx");
        OfficialWord.write(TestReports.full(2024, 2), whole, UnaryOperator.identity(), false);
        byte[] bytes = Files.readAllBytes(whole);
        Path file = dir.resolve("cut.docx");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        refused(file, "已损坏");
    }

    private static void entry(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
