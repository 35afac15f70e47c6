package org.ogireport.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The language bundles are complete: every key in Chinese and English, every key the code and FXML use. */
class MessagesTest {

    @AfterEach
    void backToChinese() {
        Messages.setLocale(Messages.CHINESE);
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysInEveryArea() {
        for (String area : Messages.BUNDLES) {
            Set<String> zh = Messages.area(area, Messages.CHINESE).keySet();
            Set<String> en = Messages.area(area, Locale.ENGLISH).keySet();
            assertThat(new TreeSet<>(en)).as("English keys of " + area).isEqualTo(new TreeSet<>(zh));
        }
    }

    @Test
    void noKeyIsDefinedInTwoAreas() {
        Set<String> seen = new HashSet<>();
        for (String area : Messages.BUNDLES) {
            for (String key : Messages.area(area, Messages.CHINESE).keySet()) {
                assertThat(seen.add(key)).as(key + " is defined again in " + area).isTrue();
            }
        }
    }

    @Test
    void everyKeyUsedInTheCodeExists() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern inCode = Pattern.compile("(?:Messages\\.get\\(|descriptionKey\\s*=\\s*)\"([a-zA-Z][\\w.-]*)\"");
        Pattern inFxml = Pattern.compile("\"%([a-zA-Z][\\w.-]*)\"");
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.toString();
                if (!name.endsWith(".java") && !name.endsWith(".fxml")) {
                    continue;
                }
                Matcher m = (name.endsWith(".java") ? inCode : inFxml).matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(50);
        ResourceBundle zh = Messages.bundle();
        for (String key : used) {
            if (key.endsWith(".")) {
                continue; // a prefix completed at run time, e.g. "severity." + E
            }
            assertThat(zh.containsKey(key)).as("key " + key + " used in the code").isTrue();
        }
    }

    /**
     * Keys completed at run time (picocli's own, a command's name, a severity, what a rule checks, a rule's name, the
     * guide's words under a catalog key) count as used by their prefix.
     */
    private static final List<String> DYNAMIC_PREFIXES = List.of("cli.cmd.", "severity.", "usage.", "check.rule.",
            "mixinStandardHelpOptions.", "rule.about.", "guide.s0.", "guide.s1.", "guide.s2.", "guide.s3.",
            "guide.s4.", "guide.s5.", "guide.s6.");

    @Test
    void everyKeyInTheBundlesIsUsed() throws IOException {
        StringBuilder code = new StringBuilder();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (f.toString().endsWith(".java") || f.toString().endsWith(".fxml")) {
                    code.append(Files.readString(f));
                }
            }
        }
        List<String> unused = new ArrayList<>();
        for (String key : Messages.bundle().keySet()) {
            boolean dynamic = DYNAMIC_PREFIXES.stream().anyMatch(key::startsWith);
            if (!dynamic && code.indexOf("\"" + key + "\"") < 0 && code.indexOf("\"%" + key + "\"") < 0) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no code uses").isEmpty();
    }

    @Test
    void chineseIsTheDefaultWhateverTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.US);
            Messages.setLocale(Messages.CHINESE);
            assertThat(Messages.get("app.name")).isEqualTo("政务公开年报助手");
            Messages.setLocale(Locale.ENGLISH);
            assertThat(Messages.get("app.name")).isEqualTo("OGI Annual Report Assistant");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreWrittenPlainly() {
        assertThat(Messages.get("app.yearRange", 20245, 2008, 2100)).contains("20245").contains("2008")
                .doesNotContain("20,245");
        assertThat(Messages.get("cli.export.done", new BigDecimal("3985758.50"))).contains("3985758.50");
        assertThat(Messages.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
