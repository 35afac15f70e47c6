package org.ogireport;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.status.NopStatusListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

class LogConfiguratorTest {

    @TempDir
    Path tmp;

    @Test
    void isRegisteredWithLogback() {
        assertThat(ServiceLoader.load(ch.qos.logback.classic.spi.Configurator.class).stream()
                .map(ServiceLoader.Provider::type)).contains(LogConfigurator.class);
    }

    @Test
    void theTestsKeepTheirOwnConfiguration() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getAppender("CONSOLE")).isInstanceOf(ConsoleAppender.class); // logback-test.xml
        assertThat(root.getAppender("FILE")).isNull();
        assertThat(new LogConfigurator().configure(new LoggerContext()))
                .isEqualTo(ch.qos.logback.classic.spi.Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    }

    @Test
    void logsIntoARollingFileOfTheLogFolderOnly() throws Exception {
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter()); // as logback's service provider gives its context
        try {
            LogConfigurator.configure(context, tmp.toString());
            Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
            assertThat(root.iteratorForAppenders()).toIterable().singleElement()
                    .isInstanceOf(RollingFileAppender.class);
            assertThat(context.getStatusManager().getCopyOfStatusListenerList())
                    .hasAtLeastOneElementOfType(NopStatusListener.class);

            context.getLogger("org.ogireport.store.ReportStore").info("saved 淮安市人民政府 2024");
            context.getLogger("org.ogireport.cli.Cli").debug("not written");
            context.getLogger("h2database").info("not written either");
            context.getLogger("org.h2.mvstore").warn("a warning of H2");
        } finally {
            context.stop();
        }
        List<String> lines = Files.readAllLines(tmp.resolve("ogi-report.log"), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[[^]]+] "
                + "org\\.ogireport\\.store\\.ReportStore - saved 淮安市人民政府 2024");
        assertThat(lines.get(1)).contains("WARN ", "org.h2.mvstore - a warning of H2");
    }

    @Test
    void theLogFolderIsTheOneTheLauncherSets() {
        String before = System.getProperty("ogi.logDir");
        try {
            System.setProperty("ogi.logDir", tmp.toString());
            assertThat(LogConfigurator.logDir()).isEqualTo(tmp.toString());
            System.clearProperty("ogi.logDir");
            assertThat(LogConfigurator.logDir()).endsWith("ogi-report-logs");
        } finally {
            if (before != null) {
                System.setProperty("ogi.logDir", before);
            }
        }
    }

    @Test
    void javaUtilLoggingGoesToTheLogNotTheConsole() {
        java.util.logging.Logger julRoot = java.util.logging.Logger.getLogger("");
        Handler[] before = julRoot.getHandlers();
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen =
                new ch.qos.logback.core.read.ListAppender<>();
        Logger fx = (Logger) LoggerFactory.getLogger("javafx.css");
        seen.start();
        fx.addAppender(seen);
        fx.setAdditive(false); // not on the tests' console too
        try {
            Launcher.routeJavaLogging();
            assertThat(julRoot.getHandlers()).singleElement().isInstanceOf(SLF4JBridgeHandler.class);
            java.util.logging.Logger.getLogger("javafx.css").warning("Could not resolve '-fx-accent'");
            assertThat(seen.list).singleElement().extracting(e -> e.getFormattedMessage())
                    .isEqualTo("Could not resolve '-fx-accent'");
        } finally {
            fx.detachAppender(seen);
            fx.setAdditive(true);
            SLF4JBridgeHandler.uninstall();
            for (Handler h : before) {
                julRoot.addHandler(h);
            }
        }
    }
}
