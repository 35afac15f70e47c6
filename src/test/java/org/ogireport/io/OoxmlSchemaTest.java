package org.ogireport.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.schemas.ooxml.system.ooxml.TypeSystemHolder;
import org.apache.xmlbeans.SchemaTypeLoader;
import org.apache.xmlbeans.XmlBeans;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ogireport.io.summary.AccountSheet;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Report;
import org.ogireport.rules.RuleSet;
import org.ogireport.testing.Fixtures;
import org.ogireport.testing.TestReports;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;

/**
 * Every Word and Excel file the app writes is valid against the OOXML schemas, part by part: Word and Excel refuse
 * (or "repair") what LibreOffice and WPS let pass, such as a page margin without its required attributes. Each
 * XML part of the package is parsed afresh from the file's bytes with the complete schemas (poi-ooxml-full, test
 * scope) and validated; the failure lists every error with its part and line.
 */
class OoxmlSchemaTest {

    /** POI keeps its compiled schemas apart from XmlBeans' default place: they are loaded from there. */
    private static final SchemaTypeLoader SCHEMAS = XmlBeans.typeLoaderUnion(TypeSystemHolder.typeSystem,
            XmlBeans.getBuiltinTypeSystem());
    private static final LocalDate DATE = LocalDate.of(2025, 1, 20);

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("2021", TestReports.full(2024, 1)),
                Arguments.of("2019", TestReports.full(2020, 2)),
                Arguments.of("2021 as printed", Fixtures.load(Fixtures.HUAIAN_2024)),
                Arguments.of("2021 run-in headings, dated", runIn()));
    }

    private static Report runIn() {
        Report r = TestReports.full(2024, 3);
        r.setHeadingStyle(HeadingStyle.RUN_IN);
        r.setDated(DATE.minusDays(3));
        return r;
    }

    @Test
    void theTestsSeeTheCompleteSchemas() {
        assertThat(CTPageMar.class.getProtectionDomain().getCodeSource().getLocation().toString())
                .as("poi-ooxml-full, not the lite subset (see the surefire configuration in pom.xml)")
                .contains("poi-ooxml-full");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theWordExportIsSchemaValidInTheFinalCopyAndTheDraft(String label, Report report) throws Exception {
        assertValid("docx final " + label, export("docx", report, ExportOptions.finalCopy(DATE)));
        assertValid("docx draft " + label, export("docx", report, ExportOptions.draft("草稿：尚未核对", DATE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theExcelExportIsSchemaValidInTheFinalCopyAndTheDraft(String label, Report report) throws Exception {
        assertValid("xlsx final " + label, export("xlsx", report, ExportOptions.finalCopy(DATE)));
        assertValid("xlsx draft " + label, export("xlsx", report, ExportOptions.draft("草稿：尚未核对", DATE)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void theCheckReportIsSchemaValid(String label, Report report) throws Exception {
        Report withFindings = report.copy();
        withFindings.setCount("t4.rev.upheld", 999L); // an error and more, so that every kind of line is drawn
        withFindings.setMode(org.ogireport.model.ValueMode.AS_PUBLISHED);
        withFindings.setCount("t3.r3_7.np", 99_999L); // a long sum, its terms on a line of their own
        CheckReport content = CheckReport.of(withFindings, RuleSet.standard().check(withFindings, null),
                RuleSet.standard().rules().stream().map(r -> r.id()).toList(), "第 1 号修订", DATE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CheckReportDocx().write(content, out);
        assertValid("check report " + label, out.toByteArray());
    }

    @Test
    void theAccountSheetIsSchemaValid() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AccountSheet.write("jdbc:postgresql://inbox.example:5432/ogi?sslmode=verify-full", "淮安市洪泽区人民政府 2024",
                List.of(new AccountSheet.Line("淮安市洪泽区人民政府", "ogi_0123456789abcdef", "AbCdEfGh23456789", "新建"),
                        new AccountSheet.Line("洪泽区教育局", "ogi_fedcba9876543210", null, "已有账号，密码未变")), out);
        assertValid("account sheet", out.toByteArray());
    }

    private static byte[] export(String format, Report report, ExportOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Formats.writer(format).orElseThrow().write(report, options, out);
        return out.toByteArray();
    }

    /** Validates every XML part of a package that has a schema; fails listing all errors. */
    static void assertValid(String what, byte[] file) throws Exception {
        List<String> errors = new ArrayList<>();
        List<String> validated = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String part = entry.getName();
                if (!part.endsWith(".xml")) {
                    continue;
                }
                XmlObject xml;
                try {
                    xml = SCHEMAS.parse(new ByteArrayInputStream(zip.readAllBytes()), null,
                            new XmlOptions().setLoadLineNumbers());
                } catch (XmlException e) {
                    errors.add(part + ": " + e.getMessage());
                    continue;
                }
                if (xml.schemaType().isNoType() || xml.schemaType() == XmlObject.type) {
                    continue; // no schema for it among the OOXML ones
                }
                List<XmlError> found = new ArrayList<>();
                xml.validate(new XmlOptions().setErrorListener(found));
                found.forEach(e -> errors.add(part + " line " + e.getLine() + ": " + e.getMessage()));
                validated.add(part);
            }
        }
        assertThat(validated).as(what + ": parts validated").isNotEmpty()
                .anyMatch(p -> p.endsWith("/document.xml") || p.endsWith("/workbook.xml"));
        assertThat(errors).as(what + ": schema errors (validated " + validated + ")").isEmpty();
    }
}
