package org.ogireport.cli;

import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.util.AppVersion;
import picocli.CommandLine;

/** {@code --version}: the app's version and the versions of what it runs on. */
final class VersionInfo implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Messages.get("cli.version", AppVersion.get(), Workspace.engineVersion(),
                System.getProperty("java.version"))};
    }
}
