package org.ogireport.ui;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.ServerLogin;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.util.PasswordPrompt;

/**
 * The shared inbox (报送服务器, ADR 0014) as the window uses it: the server and role set in 设置 → 报送服务器 (kept in
 * the data folder's settings, never a password), and one {@link ServerInbox} for them, so that a password typed once
 * serves the whole sitting (kept in memory only). A password is asked in a masked dialog on the FX thread, while the
 * background thread that connects waits; only when PostgreSQL's password file has none. Looking up what became of a
 * report never asks ({@link #quietly}): it says nothing when the server cannot be reached or wants a password.
 */
public final class ServerAccess {

    private final Window owner;
    private final Supplier<Workspace> workspace;
    private final ReadOnlyObjectWrapper<ServerLogin> login = new ReadOnlyObjectWrapper<>(this, "login");
    private final ThreadLocal<Boolean> quiet = ThreadLocal.withInitial(() -> false);
    private final PasswordPrompt prompt = this::ask;
    /** The inbox of the login set, made when first used. */
    private ServerInbox inbox;
    /** The server and role tried last (测试连接), and their inbox, which keeps the password typed for it. */
    private ServerLogin triedLogin;
    private ServerInbox tried;

    private final TaskExecutor tasks;

    ServerAccess(Window owner, Supplier<Workspace> workspace, TaskExecutor tasks) {
        this.owner = owner;
        this.workspace = workspace;
        this.tasks = tasks;
    }

    /** Reads the server set in the data folder opened (on the FX thread). */
    void reload() {
        inbox = null;
        login.set(workspace.get().serverLogin().orElse(null));
    }

    /** The server and role set, if any. */
    public Optional<ServerLogin> login() {
        return Optional.ofNullable(login.get());
    }

    /** The server and role set, or null while none is (the board's 从报送服务器收集 is enabled by it). */
    public ReadOnlyObjectProperty<ServerLogin> loginProperty() {
        return login.getReadOnlyProperty();
    }

    /** The inbox of the server set (connects only when used), or null while none is set. */
    public ServerInbox inbox() {
        ServerLogin set = login.get();
        if (set == null) {
            return null;
        }
        if (inbox == null) {
            inbox = workspace.get().inbox(set, prompt);
        }
        return inbox;
    }

    /** An inbox for a server and role being tried (测试连接), asking for the password as the one set would. */
    public ServerInbox trial(ServerLogin trying) {
        if (!trying.equals(triedLogin)) {
            triedLogin = trying;
            tried = workspace.get().inbox(trying, prompt);
        }
        return tried;
    }

    /**
     * The clerk saved a server and role (already written to the settings); the inbox they were tried with keeps
     * serving, with the password typed for it.
     */
    public void saved(ServerLogin saved) {
        if (!saved.equals(login.get())) {
            inbox = saved.equals(triedLogin) ? tried : null;
        }
        login.set(saved);
    }

    /** The clerk no longer uses a server (不再使用); the settings have forgotten it. */
    public void forgotten() {
        inbox = null;
        triedLogin = null;
        tried = null;
        login.set(null);
    }

    /**
     * Connects to an inbox on the thread apart from the store's (the password asked there if need be), then does
     * {@code then} on the FX thread. Work on the store's thread that goes to the server afterwards finds the password
     * at hand: it never waits on a dialog, nor on a server away, while the window waits for a save.
     *
     * @param failed gets the clerk's message when the server cannot be reached or refuses the role
     */
    public void connectThen(ServerInbox inbox, Runnable then, Consumer<String> failed) {
        tasks.runApartShowingProgress(Messages.get("ui.server.action.connect"), inbox::organ,
                organ -> then.run(), failed);
    }

    /** Does work without asking anyone for a password (on a background thread): the password file or none. */
    public <T> T quietly(java.util.concurrent.Callable<T> work) throws Exception {
        quiet.set(true);
        try {
            return work.call();
        } finally {
            quiet.set(false);
        }
    }

    /** Asks for the password on the FX thread; the thread that connects waits for the answer. */
    private char[] ask(String server, String role) {
        if (quiet.get()) {
            return null;
        }
        if (Platform.isFxApplicationThread()) {
            return Dialogs.password(owner, server, role).orElse(null);
        }
        FutureTask<char[]> asked = new FutureTask<>(() -> Dialogs.password(owner, server, role).orElse(null));
        Platform.runLater(asked);
        try {
            return asked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (ExecutionException e) {
            throw new IllegalStateException("the password dialog failed", e.getCause());
        }
    }
}
