package org.ogireport.ui.summary;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Platform;
import org.ogireport.app.ServerInbox;
import org.ogireport.app.Workspace;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.FileDialogs.FileType;
import org.ogireport.ui.ViewLoader;
import org.ogireport.ui.WindowContext;

/**
 * 收集年报…: the clerk picks a folder (searched for report files) or several files, and the batch is collected in
 * the board's place with its progress ({@link CollectView}); back on the board, it is read again.
 */
final class Collecting {

    private final WindowContext window;
    private final BoardViewModel board;
    private final BoardView view;

    Collecting(WindowContext window, BoardViewModel board, BoardView view) {
        this.window = window;
        this.board = board;
        this.view = view;
    }

    void chooseFolder() {
        window.files().openFolder(window.owner(), Messages.get("ui.summary.collect.folderTitle"),
                window.startFolder()).ifPresent(folder -> {
                    window.rememberFolder(folder);
                    start(List.of(folder));
                });
    }

    void chooseFiles() {
        List<String> extensions = Workspace.readableExtensions();
        FileType readable = new FileType(Messages.get("ui.import.fileType",
                String.join(" ", extensions.stream().map(e -> "*." + e).toList())), extensions);
        List<Path> chosen = window.files().openMany(window.owner(), Messages.get("ui.summary.collect.filesTitle"),
                List.of(readable), window.startFolder());
        if (!chosen.isEmpty()) {
            window.rememberFolder(chosen.get(0).getParent());
            start(chosen);
        }
    }

    /** Collects files and folders, showing each file as it is settled. */
    void start(List<Path> inputs) {
        CollectViewModel collect = new CollectViewModel(board.compilation(), board.tasks());
        collect.start(inputs, show(collect)::ended);
    }

    /** 从报送服务器收集: the newest report of each unit in the shared inbox, shown as files are. */
    void fromServer() {
        ServerInbox inbox = window.server().inbox();
        if (inbox != null) {
            window.server().connectThen(inbox, () -> {
                CollectViewModel collect = new CollectViewModel(board.compilation(), board.tasks());
                collect.startInbox(inbox, show(collect)::ended);
            }, window.tasks()::showFailure);
        }
    }

    private CollectView show(CollectViewModel collect) {
        CollectView page = ViewLoader.load(CollectView.class);
        page.init(board.title(), collect, view::showBoard);
        view.showPage(page.root());
        Platform.runLater(page::focusFirst);
        return page;
    }
}
