package org.ogireport.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ogireport.app.Compilation;
import org.ogireport.app.ServerAdmin;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code server init|units}: the shared inbox's administrator's work (docs/server-admin.md), as the administrator's
 * role ({@code --url URL --admin ROLE}; its password from PostgreSQL's password file or asked on the terminal).
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        subcommands = {ServerCommand.Init.class, ServerCommand.Units.class})
final class ServerCommand implements Callable<Integer> {

    @ParentCommand
    Cli cli;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Cli.BAD_INPUT;
    }

    /** The {@code --url URL --admin ROLE} of the administrator's commands. */
    static final class AdminOptions {
        @Option(names = "--url", paramLabel = "JDBC-URL", required = true, descriptionKey = "server.cli.opt.url")
        String url;
        @Option(names = "--admin", paramLabel = "ROLE", required = true, descriptionKey = "server.cli.opt.admin")
        String admin;

        ServerAdmin connect() {
            return ServerAdmin.connect(url, admin, TerminalPrompt.INSTANCE);
        }
    }

    @Command(name = "init", mixinStandardHelpOptions = true)
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        AdminOptions admin;

        @Override
        public Integer call() {
            ServerAdmin server = admin.connect();
            ServerAdmin.Initialised done = server.init();
            spec.commandLine().getOut().println(done.migrationsRun() == 0
                    ? Messages.get("server.cli.initUpToDate", server.where(), done.version())
                    : Messages.get("server.cli.initDone", server.where(), done.version(), done.migrationsRun()));
            return Cli.OK;
        }
    }

    @Command(name = "units", mixinStandardHelpOptions = true)
    static final class Units implements Callable<Integer> {
        @ParentCommand
        ServerCommand server;
        @Spec
        CommandSpec spec;
        @Mixin
        AdminOptions admin;
        @Mixin
        CompilerOptions compiler;
        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "server.cli.opt.sheet")
        Path out;
        @Option(names = "--reset-passwords", descriptionKey = "server.cli.opt.resetPasswords")
        boolean resetPasswords;
        @Option(names = "--force", descriptionKey = "cli.opt.force")
        boolean force;

        @Override
        public Integer call() {
            ServerAdmin.AccountsMade made;
            try (Workspace ws = server.cli.openWorkspace()) {
                Compilation c = compiler.open(ws);
                made = admin.connect().accounts(c, admin.url, resetPasswords, out, force);
            }
            PrintWriter stdout = spec.commandLine().getOut();
            stdout.println(Messages.get("server.cli.accountsDone", made.created(), made.newPasswords(), made.kept(),
                    made.sheet().toAbsolutePath()));
            made.notMade().forEach(reason -> stdout.println("  · " + reason));
            stdout.println(Messages.get("server.cli.accountsHandOut"));
            return Cli.OK;
        }
    }
}
