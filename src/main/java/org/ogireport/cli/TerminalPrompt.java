package org.ogireport.cli;

import java.io.Console;
import org.ogireport.i18n.Messages;
import org.ogireport.util.PasswordPrompt;

/**
 * Asks for a server's password on the terminal, without echo ({@link System#console()}); where there is no
 * terminal (a script, a scheduled task) nobody is asked and the password file must serve.
 */
enum TerminalPrompt implements PasswordPrompt {
    INSTANCE;

    @Override
    public char[] ask(String server, String role) {
        Console console = System.console();
        return console == null ? null : console.readPassword("%s", Messages.get("server.cli.passwordPrompt", role,
                server));
    }
}
