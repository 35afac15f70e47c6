package org.ogireport.ui.server;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.ServerLogin;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.ServerAccess;
import org.ogireport.ui.TaskExecutor;
import org.ogireport.util.UserException;

/**
 * The shared inbox's address and role as the clerk types them: checked as typed before they are kept, tried off the
 * FX thread (测试连接: the password asked only when PostgreSQL's password file has none), kept in the settings
 * (never a password) or forgotten (不再使用).
 */
final class ServerSettingsViewModel {

    private final Workspace workspace;
    private final ServerAccess server;
    private final TaskExecutor tasks;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final StringProperty role = new SimpleStringProperty(this, "role", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");
    private final ReadOnlyBooleanWrapper testing = new ReadOnlyBooleanWrapper(this, "testing");

    ServerSettingsViewModel(Workspace workspace, ServerAccess server, TaskExecutor tasks) {
        this.workspace = workspace;
        this.server = server;
        this.tasks = tasks;
        server.login().ifPresent(l -> {
            url.set(l.url());
            role.set(l.role());
        });
    }

    /** The address and role typed, or what is wrong with them (said in the status line). */
    Optional<ServerLogin> login() {
        try {
            return Optional.of(new ServerLogin(url.get(), role.get()));
        } catch (UserException e) {
            say(e.getMessage(), true);
            return Optional.empty();
        }
    }

    /** 测试连接: connects as the role and says which unit's account it is. */
    void test() {
        Optional<ServerLogin> login = login();
        if (login.isEmpty()) {
            return;
        }
        ServerInbox inbox = server.trial(login.get());
        testing.set(true);
        say(Messages.get("ui.server.testing", inbox.where()), false);
        tasks.runApart(Messages.get("ui.server.action.test"), inbox::organ, organ -> {
            testing.set(false);
            say(Messages.get("ui.server.tested", inbox.where(), inbox.role(), organ), false);
        }, message -> {
            testing.set(false);
            say(message, true);
        });
    }

    /** 保存: keeps the address and role in the data folder's settings; saved gets them on the FX thread. */
    boolean save(Consumer<ServerLogin> saved) {
        Optional<ServerLogin> login = login();
        login.ifPresent(l -> tasks.run(Messages.get("ui.server.action.save"), () -> {
            workspace.rememberServer(l);
            return l;
        }, kept -> {
            server.saved(kept);
            saved.accept(kept);
        }));
        return login.isPresent();
    }

    /** 不再使用: forgets the server; nothing is sent any more, nothing on the server changes. */
    void forget(Runnable done) {
        tasks.run(Messages.get("ui.server.action.save"), () -> {
            workspace.forgetServer();
            return null;
        }, nothing -> {
            server.forgotten();
            done.run();
        });
    }

    private void say(String text, boolean failure) {
        status.set(text);
        failed.set(failure);
    }

    StringProperty urlProperty() {
        return url;
    }

    StringProperty roleProperty() {
        return role;
    }

    ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status line says what went wrong. */
    ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty testingProperty() {
        return testing.getReadOnlyProperty();
    }

    boolean isSet() {
        return server.login().isPresent();
    }
}
