package org.ogireport;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import ch.qos.logback.core.spi.ContextAwareBase;
import ch.qos.logback.core.status.NopStatusListener;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;

/**
 * The app's logging, configured in code (registered in {@code META-INF/services}): parsing an XML configuration
 * cost every command 60–80 ms. Logs go to a rolling file in the log folder that {@link Launcher} puts in
 * {@code ogi.logDir} (the data folder's {@code logs}, or one in the temporary folder when that cannot be written);
 * never to the console, where the command line's own messages are the only output, and logback's own status
 * (e.g. a log folder it cannot write) is never printed either. H2 logs warnings only.
 *
 * <p>An explicit {@code -Dlogback.configurationFile} or a {@code logback-test.xml} on the class path (the tests')
 * wins: this configurator then leaves the work to logback's own.
 */
public final class LogConfigurator extends ContextAwareBase implements Configurator {

    /** The log folder: {@code ogi.logDir}, or one in the temporary folder when it is not set. */
    static String logDir() {
        return System.getProperty("ogi.logDir", System.getProperty("java.io.tmpdir") + "/ogi-report-logs");
    }

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null
                || LogConfigurator.class.getClassLoader().getResource("logback-test.xml") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        configure(context, logDir());
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The app's configuration, logging into {@code dir}. */
    static void configure(LoggerContext context, String dir) {
        context.getStatusManager().add(new NopStatusListener());

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        RollingFileAppender<ILoggingEvent> file = new RollingFileAppender<>();
        file.setContext(context);
        file.setName("FILE");
        file.setFile(dir + "/ogi-report.log");
        file.setEncoder(encoder);
        SizeAndTimeBasedRollingPolicy<ILoggingEvent> rolling = new SizeAndTimeBasedRollingPolicy<>();
        rolling.setContext(context);
        rolling.setParent(file);
        rolling.setFileNamePattern(dir + "/ogi-report.%d{yyyy-MM-dd}.%i.log");
        rolling.setMaxFileSize(FileSize.valueOf("5MB"));
        rolling.setMaxHistory(30);
        rolling.setTotalSizeCap(FileSize.valueOf("50MB"));
        rolling.start();
        file.setRollingPolicy(rolling);
        file.start();

        context.getLogger("h2database").setLevel(Level.WARN);
        context.getLogger("org.h2").setLevel(Level.WARN);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(file);
    }
}
