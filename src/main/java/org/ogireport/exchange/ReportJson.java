package org.ogireport.exchange;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.FormatVersion;
import org.ogireport.format.NumberField;
import org.ogireport.format.TextField;
import org.ogireport.format.ValueKind;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.model.Component;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Scope;
import org.ogireport.model.ValueMode;
import org.ogireport.util.UserException;

/**
 * The JSON exchange format of spec §9 ({@code "schema": "ogi-report/1"}), written and read with Jackson.
 *
 * <p>Beyond the members of the spec it writes {@code status} ("draft": the totals are computed; "published": the
 * totals are kept as printed), {@code explanations} (the clerk's 出错说明 by finding id), and, when the clerk has
 * set them, {@code dated} (the 成文日期, {@code "2025-01-20"}) and {@code headingStyle} ({@code "run-in"}); readers
 * of other programs ignore them, as the spec allows. Reading is strict: every problem is reported with the JSON
 * member it is in, and nothing is half-read.
 */
public final class ReportJson {

    public static final String SCHEMA = "ogi-report/1";
    /** A report file is tens of kilobytes; anything near this is not a report. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final int MAX_ERRORS_SHOWN = 15;
    /** An exchange file is three levels deep (the object, its members such as cells, their values). */
    private static final int MAX_DEPTH = 50;
    /** The largest number of a report has a dozen digits. */
    private static final int MAX_NUMBER_DIGITS = 100;

    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_BYTES).maxNumberLength(MAX_NUMBER_DIGITS)
                            .build())
                    .build())
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    /** A report read from JSON, with what the reader noticed but could carry on with. */
    public record ReadResult(Report report, List<String> warnings) {
    }

    private ReportJson() {
    }

    // ---- writing --------------------------------------------------------------------------------------------

    public static String write(Report report) {
        try {
            return MAPPER.writeValueAsString(toTree(report)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode toTree(Report report) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        FormatCatalog catalog = report.catalog();
        ObjectNode root = f.objectNode();
        root.put("schema", SCHEMA);
        root.put("formatVersion", catalog.version().id());
        ObjectNode organ = root.putObject("organ");
        organ.put("name", report.organ().name());
        organ.put("kind", report.organ().kind().id());
        root.put("year", report.year());
        root.put("status", report.mode() == ValueMode.COMPUTED ? "draft" : "published");
        if (report.scope() != Scope.OWN) {
            root.put("scope", report.scope().id());
        }
        if (!report.components().isEmpty()) {
            ArrayNode components = root.putArray("components");
            for (Component c : report.components()) {
                ObjectNode node = components.addObject();
                ObjectNode whose = node.putObject("organ");
                whose.put("name", c.organ().name());
                whose.put("kind", c.organ().kind().id());
                node.put("year", c.year());
                node.put("scope", c.scope().id());
                node.put("sha256", c.sha256());
            }
        }
        ObjectNode cells = root.putObject("cells");
        for (CellSpec cell : catalog.cells()) {
            BigDecimal v = report.value(cell.key());
            if (v == null) {
                continue;
            }
            if (cell.kind().isInteger()) {
                cells.put(cell.key(), v.longValueExact());
            } else {
                cells.put(cell.key(), v.toPlainString());
            }
        }
        ObjectNode texts = root.putObject("texts");
        for (TextField t : catalog.texts()) {
            String text = report.texts().get(t.key());
            if (text != null) {
                texts.put(t.key(), text);
            }
        }
        ObjectNode numbers = root.putObject("numbers");
        for (NumberField n : catalog.numbers()) {
            BigDecimal v = report.number(n.key());
            if (v != null) {
                numbers.put(n.key(), v.toPlainString());
            }
        }
        if (!report.explanations().isEmpty()) {
            ObjectNode explanations = root.putObject("explanations");
            report.explanations().forEach(explanations::put);
        }
        // Written only when set, so that the file of a report that never set them stays as it was.
        if (report.dated() != null) {
            root.put("dated", report.dated().toString());
        }
        if (report.headingStyle() != HeadingStyle.OWN_LINE) {
            root.put("headingStyle", report.headingStyle().id());
        }
        return root;
    }

    /** The {@code components} of a report as JSON text (a key sheet carries them as one cell). */
    public static String componentsJson(Report report) {
        JsonNode components = toTree(report).get("components");
        return components == null ? "[]" : components.toString();
    }

    /** Components as JSON text back as a node for the reader, which checks them (text that is no JSON stays text). */
    public static JsonNode componentsNode(String text) {
        try {
            return text == null ? null : MAPPER.readTree(text);
        } catch (IOException e) {
            return JsonNodeFactory.instance.textNode(text);
        }
    }

    // ---- reading --------------------------------------------------------------------------------------------

    /**
     * Reads a report.
     *
     * @param json   the file's bytes
     * @param source the file name, for messages
     * @throws UserException naming every problem found and where it is
     */
    public static ReadResult read(byte[] json, String source) {
        if (json.length > MAX_BYTES) {
            throw new UserException(Messages.get("json.tooLarge", source, MAX_BYTES / (1024 * 1024)));
        }
        if (new String(json, StandardCharsets.ISO_8859_1).isBlank()) {
            throw new UserException(Messages.get("json.empty", source));
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (IOException e) {
            throw unreadable(json, source, e);
        }
        return new Reader(source).read(root);
    }

    /**
     * What to tell the user when Jackson cannot read a file: in words, with the place, never Jackson's English. A
     * file that is not text at all (a Word file or a picture renamed, a text saved as GBK) is said to be so first.
     */
    private static UserException unreadable(byte[] json, String source, IOException e) {
        if (!isText(json)) {
            return new UserException(Messages.get("json.notText", source), e);
        }
        if (e instanceof StreamConstraintsException) {
            String reason = String.valueOf(e.getMessage());
            if (reason.contains("nesting depth")) {
                return new UserException(Messages.get("json.tooDeep", source, MAX_DEPTH), e);
            }
            if (reason.contains("Number value length")) {
                return new UserException(Messages.get("json.numberTooLong", source, MAX_NUMBER_DIGITS), e);
            }
            return new UserException(Messages.get("json.tooLong", source), e);
        }
        JsonLocation place = e instanceof JsonProcessingException p ? p.getLocation() : null;
        if (place == null || place.getLineNr() < 1) {
            return new UserException(Messages.get("json.syntaxNoPlace", source), e);
        }
        if (e instanceof JsonEOFException) {
            return new UserException(Messages.get("json.truncated", source, place.getLineNr()), e);
        }
        if (e instanceof MismatchedInputException && String.valueOf(e.getMessage()).startsWith("Trailing token")) {
            return new UserException(Messages.get("json.trailing", source, place.getLineNr(), place.getColumnNr()),
                    e);
        }
        return new UserException(Messages.get("json.syntax", source, place.getLineNr(), place.getColumnNr()), e);
    }

    /**
     * Whether the bytes are text: UTF-8 without NUL bytes (a byte-order mark allowed), or UTF-16 with a byte-order
     * mark (as Notepad saves "Unicode"), the encodings Jackson reads.
     */
    private static boolean isText(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF
                || bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)) {
            return decodes(bytes, StandardCharsets.UTF_16);
        }
        for (byte b : bytes) {
            if (b == 0) {
                return false;
            }
        }
        return decodes(bytes, StandardCharsets.UTF_8);
    }

    private static boolean decodes(byte[] bytes, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Collects every problem of one file before giving up, so the user can fix them in one go. */
    private static final class Reader {
        private final String source;
        private final List<String> errors = new ArrayList<>();
        private final List<String> warnings = new ArrayList<>();

        Reader(String source) {
            this.source = source;
        }

        ReadResult read(JsonNode root) {
            if (root == null || !root.isObject()) {
                throw fail(Messages.get("json.notObject", source));
            }
            JsonNode schema = root.get("schema");
            if (schema == null || !SCHEMA.equals(schema.asText())) {
                throw fail(Messages.get("json.schema", source, SCHEMA, schema == null ? "—" : schema.toString()));
            }
            FormatVersion version = FormatVersion.fromId(text(root, "formatVersion")).orElse(null);
            if (version == null) {
                errors.add(Messages.get("json.formatVersion", String.valueOf(root.get("formatVersion"))));
            }
            Organ organ = organ(root.get("organ"));
            Integer year = year(root.get("year"));
            String status = root.hasNonNull("status") ? root.get("status").asText() : null;
            if (status != null && !status.equals("draft") && !status.equals("published")) {
                errors.add(Messages.get("json.status", status));
            }
            if (!errors.isEmpty()) {
                throw failAll();
            }

            Report report = new Report(version, organ, year, ValueMode.AS_PUBLISHED);
            readScope(root.get("scope"), report);
            readComponents(root.get("components"), report);
            readCells(root.get("cells"), report);
            readTexts(root.get("texts"), report);
            readNumbers(root.get("numbers"), report);
            readExplanations(root.get("explanations"), report);
            readDated(root.get("dated"), report);
            readHeadingStyle(root.get("headingStyle"), report);
            if (!errors.isEmpty()) {
                throw failAll();
            }
            settleMode(report, status);
            return new ReadResult(report, List.copyOf(warnings));
        }

        /**
         * A draft gets its totals computed (and is told if the file's differed); a published report keeps them. A
         * file without a status is a draft only if computing its totals changes nothing, so nothing is lost.
         */
        private void settleMode(Report report, String status) {
            List<String> mismatches = report.derivedMismatches();
            if ("draft".equals(status)) {
                if (!mismatches.isEmpty()) {
                    warnings.add(Messages.get("json.draftTotalsRecomputed", String.join("、", mismatches)));
                }
                report.setMode(ValueMode.COMPUTED);
            } else if (status == null && mismatches.isEmpty()) {
                report.setMode(ValueMode.COMPUTED);
            }
        }

        private Organ organ(JsonNode node) {
            if (node == null || !node.isObject()) {
                errors.add(Messages.get("json.organMissing"));
                return null;
            }
            String name = node.hasNonNull("name") ? node.get("name").asText().strip() : "";
            if (name.isEmpty()) {
                errors.add(Messages.get("json.organName"));
            }
            Optional<String> tooLong = Organ.nameProblem(name, Messages.get("json.organNamePlace"));
            tooLong.ifPresent(errors::add);
            String kindId = node.hasNonNull("kind") ? node.get("kind").asText() : "";
            OrganKind kind = OrganKind.fromId(kindId).orElse(null);
            if (kind == null) {
                List<String> ids = Arrays.stream(OrganKind.values()).map(OrganKind::id).toList();
                errors.add(Messages.get("json.organKind", kindId, String.join(", ", ids)));
            }
            return name.isEmpty() || tooLong.isPresent() || kind == null ? null : new Organ(name, kind);
        }

        /** {@code "scope"}: absent means the organ's own report (spec §9). */
        private void readScope(JsonNode node, Report report) {
            if (node == null || node.isNull()) {
                return;
            }
            Optional<Scope> scope = Scope.fromId(node.asText());
            if (scope.isEmpty() || !node.isTextual()) {
                errors.add(Messages.get("json.scope", node.toString()));
            } else {
                report.setScope(scope.get());
            }
        }

        /** {@code "components"}: what an aggregate summed, each with its organ, year, scope and digest. */
        private void readComponents(JsonNode node, Report report) {
            if (node == null || node.isNull()) {
                return;
            }
            if (!node.isArray()) {
                errors.add(Messages.get("json.memberNotArray", "components"));
                return;
            }
            List<Component> components = new ArrayList<>();
            int before = errors.size();
            for (JsonNode c : node) {
                Organ organ = organ(c.get("organ"));
                Integer year = year(c.get("year"));
                Scope scope = Scope.fromId(c.path("scope").asText(Scope.OWN.id())).orElse(null);
                String sha = c.path("sha256").asText("");
                if (scope == null || !sha.matches("[0-9a-f]{64}")) {
                    errors.add(Messages.get("json.component", components.size() + 1, c.toString()));
                } else if (organ != null && year != null) {
                    components.add(new Component(organ, year, scope, sha));
                }
            }
            if (errors.size() == before) {
                report.setComponents(components);
            }
        }

        private Integer year(JsonNode node) {
            if (node == null || !node.canConvertToExactIntegral() || !node.canConvertToInt()) {
                errors.add(Messages.get("json.yearMissing", String.valueOf(node)));
                return null;
            }
            int year = node.asInt();
            if (year < Report.MIN_YEAR || year > Report.MAX_YEAR) {
                errors.add(Messages.get("json.yearRange", year, Report.MIN_YEAR, Report.MAX_YEAR));
                return null;
            }
            return year;
        }

        private void readCells(JsonNode cells, Report report) {
            if (cells == null || cells.isNull()) {
                return;
            }
            if (!cells.isObject()) {
                errors.add(Messages.get("json.memberNotObject", "cells"));
                return;
            }
            FormatCatalog catalog = report.catalog();
            for (Map.Entry<String, JsonNode> e : cells.properties()) {
                CellSpec cell = catalog.cell(e.getKey()).orElse(null);
                if (cell == null) {
                    errors.add(Messages.get("json.unknownCell", e.getKey(), catalog.version().id()));
                    continue;
                }
                BigDecimal value = number("cells", e.getKey(), e.getValue(), cell.kind());
                if (value != null) {
                    report.setValue(cell.key(), value);
                }
            }
        }

        private void readTexts(JsonNode texts, Report report) {
            if (texts == null || texts.isNull()) {
                return;
            }
            if (!texts.isObject()) {
                errors.add(Messages.get("json.memberNotObject", "texts"));
                return;
            }
            for (Map.Entry<String, JsonNode> e : texts.properties()) {
                if (report.catalog().text(e.getKey()).isEmpty()) {
                    warnings.add(Messages.get("json.unknownText", e.getKey()));
                } else if (!e.getValue().isTextual() && !e.getValue().isNull()) {
                    errors.add(Messages.get("json.textNotString", e.getKey()));
                } else {
                    report.setText(e.getKey(), e.getValue().isNull() ? null : e.getValue().asText());
                }
            }
        }

        private void readNumbers(JsonNode numbers, Report report) {
            if (numbers == null || numbers.isNull()) {
                return;
            }
            if (!numbers.isObject()) {
                errors.add(Messages.get("json.memberNotObject", "numbers"));
                return;
            }
            for (Map.Entry<String, JsonNode> e : numbers.properties()) {
                NumberField field = report.catalog().number(e.getKey()).orElse(null);
                if (field == null) {
                    warnings.add(Messages.get("json.unknownNumber", e.getKey()));
                    continue;
                }
                BigDecimal value = number("numbers", e.getKey(), e.getValue(), field.kind());
                if (value != null) {
                    report.setNumber(field.key(), value);
                }
            }
        }

        private void readExplanations(JsonNode explanations, Report report) {
            if (explanations == null || explanations.isNull()) {
                return;
            }
            if (!explanations.isObject()) {
                errors.add(Messages.get("json.memberNotObject", "explanations"));
                return;
            }
            for (Map.Entry<String, JsonNode> e : explanations.properties()) {
                if (e.getValue().isTextual()) {
                    report.setExplanation(e.getKey(), e.getValue().asText());
                } else {
                    errors.add(Messages.get("json.textNotString", "explanations." + e.getKey()));
                }
            }
        }

        private void readDated(JsonNode dated, Report report) {
            if (dated == null || dated.isNull()) {
                return;
            }
            try {
                report.setDated(LocalDate.parse(dated.asText()));
            } catch (DateTimeParseException e) {
                errors.add(Messages.get("json.dated", dated.toString()));
            }
        }

        private void readHeadingStyle(JsonNode style, Report report) {
            if (style == null || style.isNull()) {
                return;
            }
            HeadingStyle.fromId(style.asText()).ifPresentOrElse(report::setHeadingStyle, () -> errors.add(
                    Messages.get("json.headingStyle", style.toString(), String.join(", ",
                            Arrays.stream(HeadingStyle.values()).map(HeadingStyle::id).toList()))));
        }

        /** A cell or number value: a JSON number, or a string holding one (decimals travel as strings). */
        private BigDecimal number(String member, String key, JsonNode node, ValueKind kind) {
            if (node.isNull()) {
                return null;
            }
            CellInput.Parsed parsed;
            if (node.isNumber()) {
                parsed = CellInput.check(node.decimalValue(), kind, node.asText());
            } else if (node.isTextual()) {
                parsed = CellInput.parse(node.asText(), kind);
            } else {
                parsed = new CellInput.Parsed(null, Messages.get("cell.notNumber", node.toString()));
            }
            if (!parsed.isValid()) {
                errors.add(Messages.get("json.badValue", member, key, parsed.error()));
            }
            return parsed.value();
        }

        private String text(JsonNode root, String member) {
            JsonNode n = root.get(member);
            return n == null ? "" : n.asText();
        }

        private UserException fail(String message) {
            return new UserException(message);
        }

        private UserException failAll() {
            List<String> shown = errors.subList(0, Math.min(errors.size(), MAX_ERRORS_SHOWN));
            StringBuilder sb = new StringBuilder(Messages.get("json.invalid", source, errors.size()));
            shown.forEach(e -> sb.append("\n  · ").append(e));
            if (errors.size() > shown.size()) {
                sb.append("\n  · ").append(Messages.get("json.moreErrors", errors.size() - shown.size()));
            }
            return new UserException(sb.toString());
        }
    }
}
