package org.ogireport;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layers (docs/decisions/0001, 0014): format → model → rules / exchange → store → io → server → app → cli / ui.
 * A layer uses only those below it; the domain knows nothing of JavaFX, JDBC or POI; only the store and the server
 * client speak JDBC, and only the server client PostgreSQL's driver and Flyway.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.ogireport");

    @Test
    void layersOnlyUseTheLayersBelow() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("util").definedBy("org.ogireport.util..", "org.ogireport.i18n..")
                .layer("format").definedBy("org.ogireport.format..")
                .layer("model").definedBy("org.ogireport.model..")
                .layer("rules").definedBy("org.ogireport.rules..")
                .layer("exchange").definedBy("org.ogireport.exchange..")
                .layer("store").definedBy("org.ogireport.store..")
                .layer("io").definedBy("org.ogireport.io..")
                .layer("server").definedBy("org.ogireport.server..")
                .layer("app").definedBy("org.ogireport.app..")
                .layer("cli").definedBy("org.ogireport.cli..")
                .layer("ui").definedBy("org.ogireport.ui..")
                .layer("launcher").definedBy("org.ogireport")
                .whereLayer("launcher").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("cli").mayOnlyBeAccessedByLayers("launcher")
                .whereLayer("app").mayOnlyBeAccessedByLayers("cli", "ui", "launcher")
                .whereLayer("io").mayOnlyBeAccessedByLayers("app")
                .whereLayer("server").mayOnlyBeAccessedByLayers("app")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app")
                .whereLayer("exchange").mayOnlyBeAccessedByLayers("store", "io", "app")
                .whereLayer("rules").mayOnlyBeAccessedByLayers("io", "app", "cli", "ui")
                .whereLayer("model").mayOnlyBeAccessedByLayers("rules", "exchange", "store", "io", "server", "app",
                        "cli", "ui")
                .whereLayer("format").mayOnlyBeAccessedByLayers("model", "rules", "exchange", "store", "io", "app",
                        "cli", "ui")
                .check(CLASSES);
    }

    /**
     * The window by feature (docs/decisions/0008): the shell {@code ui} (the application, the main window, the task
     * executor, the dialogs, shared small things) assembles the features {@code ui.start}, {@code ui.draft},
     * {@code ui.files}, {@code ui.summary} and {@code ui.server} (the shared inbox's settings and 报送), and may use
     * them all; a feature uses only the shell and {@code ui.grid}, the spreadsheet control that the draft's tables and
     * an import's preview share, never another feature; the grid itself uses only the shell. What two features share
     * (the shared inbox's connection and password, {@code ServerAccess}) is the shell's.
     */
    @Test
    void windowFeaturesMeetOnlyThroughTheShell() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true)
                .layer("shell").definedBy("org.ogireport.ui")
                .layer("grid").definedBy("org.ogireport.ui.grid..")
                .layer("start").definedBy("org.ogireport.ui.start..")
                .layer("draft").definedBy("org.ogireport.ui.draft..")
                .layer("files").definedBy("org.ogireport.ui.files..")
                .layer("summary").definedBy("org.ogireport.ui.summary..")
                .layer("help").definedBy("org.ogireport.ui.help..")
                .layer("server").definedBy("org.ogireport.ui.server..")
                .whereLayer("start").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("draft").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("files").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("summary").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("help").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("server").mayOnlyBeAccessedByLayers("shell")
                .whereLayer("grid").mayOnlyBeAccessedByLayers("shell", "start", "draft", "files", "summary", "help",
                        "server")
                .check(CLASSES);
    }

    @Test
    void theDomainKnowsNoFrameworks() {
        noClasses().that().resideInAnyPackage("org.ogireport.format..", "org.ogireport.model..",
                        "org.ogireport.rules..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.h2..",
                        "org.apache.poi..", "com.fasterxml..", "org.jsoup..", "org.apache.pdfbox..")
                .check(CLASSES);
    }

    /** The shared inbox's client (ADR 0014) is the only one to speak to PostgreSQL; JDBC is the store's and its. */
    @Test
    void onlyTheServerClientSpeaksToPostgres() {
        noClasses().that().resideOutsideOfPackages("org.ogireport.server..")
                .should().dependOnClassesThat().resideInAnyPackage("org.postgresql..", "org.flywaydb..")
                .check(CLASSES);
        noClasses().that().resideOutsideOfPackages("org.ogireport.server..", "org.ogireport.store..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWindowUsesJavaFx() {
        noClasses().that().resideOutsideOfPackages("org.ogireport.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(CLASSES);
    }
}
