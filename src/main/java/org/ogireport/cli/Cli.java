package org.ogireport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.ogireport.app.DataFolderDamaged;
import org.ogireport.app.DataLocation;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.ServerLogin;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The command line: the same jobs as the window, without one. Exit codes: 0 success, 1 the report has errors
 * (validate), 2 bad usage or unreadable input, 3 an unexpected failure (a bug; details in the log).
 */
@Command(name = "ogi-report", mixinStandardHelpOptions = true, versionProvider = VersionInfo.class,
        subcommands = {ListCommand.class, ImportCommand.class, ExportCommand.class, ValidateCommand.class,
                HistoryCommand.class, BackupCommand.class, RestoreCommand.class, NewYearCommand.class,
                UnitsCommand.class, CollectCommand.class, StatusCommand.class, AggregateCommand.class,
                SummaryCommand.class, FeedbackCommand.class, ReviewCommand.class, ServerCommand.class,
                SubmitCommand.class, SubmissionsCommand.class})
public final class Cli implements Callable<Integer> {

    public static final int OK = 0;
    public static final int REPORT_HAS_ERRORS = 1;
    public static final int BAD_INPUT = 2;
    public static final int FAILURE = 3;

    private static final Logger LOG = LoggerFactory.getLogger(Cli.class);

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "cli.opt.dataDir")
    Path dataDir;

    @Option(names = "--server", paramLabel = "JDBC-URL", descriptionKey = "server.cli.opt.server")
    String server;

    @Option(names = "--user", paramLabel = "ROLE", descriptionKey = "server.cli.opt.user")
    String user;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return BAD_INPUT;
    }

    /** The data folder this run works on. */
    Path dataDir() {
        return DataLocation.resolve(dataDir);
    }

    Workspace openWorkspace() {
        return Workspace.open(dataDir());
    }

    /**
     * The shared inbox of this run: {@code --server} and {@code --user}, each else as the data folder's settings have
     * it (设置 → 报送服务器); empty when neither says one.
     */
    Optional<ServerLogin> serverLogin(Workspace ws) {
        Optional<ServerLogin> saved = ws.serverLogin();
        if (server == null && user == null) {
            return saved;
        }
        String url = server != null ? server : saved.map(ServerLogin::url).orElseThrow(() -> new UserException(
                Messages.get("server.cli.needsServer")));
        String role = user != null ? user : saved.map(ServerLogin::role).orElseThrow(() -> new UserException(
                Messages.get("server.cli.needsUser")));
        return Optional.of(new ServerLogin(url, role));
    }

    /** The shared inbox of this run, the password asked on the terminal when the password file has none. */
    ServerInbox inbox(Workspace ws) {
        return ws.inbox(serverLogin(ws).orElseThrow(() -> new UserException(Messages.get("server.cli.noServer"))),
                TerminalPrompt.INSTANCE);
    }

    /** Runs the command line on the process's streams. */
    public static int run(String... args) {
        return run(args, Console.writer(System.out), Console.writer(System.err));
    }

    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cl = commandLine(out, err);
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cli());
        cl.setResourceBundle(Messages.bundle());
        cl.setOut(out);
        cl.setErr(err);
        localizeDescriptions(cl);
        cl.setParameterExceptionHandler(new UsageErrors());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (ex instanceof UserException) {
                cmd.getErr().println(ex.getMessage());
                if (ex instanceof DataFolderDamaged damaged) {
                    cmd.getErr().println(damaged.newestBackup().filter(b -> damaged.movedAside())
                            .map(b -> Messages.get("cli.damaged.restoreHint", b))
                            .orElse(Messages.get("cli.damaged.noRestore")));
                }
                return BAD_INPUT;
            }
            LOG.error("command failed: {}", parseResult.originalArgs(), ex);
            cmd.getErr().println(Messages.get("cli.internalError", ex, DataLocation.logDir(dataDirOf(cmd))));
            return FAILURE;
        });
        return cl;
    }

    private static Path dataDirOf(CommandLine cmd) {
        CommandLine root = cmd;
        while (root.getParent() != null) {
            root = root.getParent();
        }
        return ((Cli) root.getCommand()).dataDir();
    }

    /** Command descriptions come from the language bundle: cli.cmd.NAME. */
    private static void localizeDescriptions(CommandLine cl) {
        // cli.cmd.NAME, and for a subcommand of a command cli.cmd.COMMAND.NAME (units list ≠ list).
        String qualified = cl.getCommandSpec().qualifiedName(".");
        String name = qualified.contains(".") ? qualified.substring(qualified.indexOf('.') + 1) : qualified;
        cl.getCommandSpec().usageMessage().description(Messages.get("cli.cmd." + name));
        cl.getSubcommands().values().forEach(Cli::localizeDescriptions);
    }

    /** Usage errors in the user's language, with a pointer to the command's help. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            CommandLine cmd = ex.getCommandLine();
            PrintWriter err = cmd.getErr();
            String message;
            if (ex instanceof CommandLine.MissingParameterException m) {
                message = Messages.get("cli.missing", String.join("、", m.getMissing().stream()
                        .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName()
                                : a.paramLabel()).toList()));
            } else if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                message = Messages.get("cli.unknownArgument", String.join(" ", u.getUnmatched()));
            } else if (ex instanceof CommandLine.OverwrittenOptionException o) {
                message = Messages.get("cli.repeated", o.getOverwritten().toString());
            } else if (ex.getCause() instanceof CommandLine.TypeConversionException
                    || ex.getMessage().startsWith("Invalid value")) {
                message = Messages.get("cli.badValue", ex.getArgSpec() == null ? "" : argName(ex.getArgSpec()),
                        ex.getValue() == null ? "" : ex.getValue());
            } else {
                message = ex.getMessage();
            }
            err.println(message);
            err.println(Messages.get("cli.seeHelp", cmd.getCommandSpec().qualifiedName()));
            return BAD_INPUT;
        }

        private static String argName(CommandLine.Model.ArgSpec a) {
            return a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel();
        }
    }
}
