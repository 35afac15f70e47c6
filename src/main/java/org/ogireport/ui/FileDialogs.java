package org.ogireport.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.ogireport.i18n.Messages;

/**
 * The operating system's dialogs that pick a file to read or to write. Behind an interface because they cannot be
 * driven in a headless test: the tests put in one that answers by itself.
 */
public interface FileDialogs {

    /**
     * A kind of file a dialog offers.
     *
     * @param extensions without the dot; the first is added to a name typed without one
     */
    record FileType(String description, List<String> extensions) {

        public FileType(String description, String extension) {
            this(description, List.of(extension));
        }

        public boolean matches(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            return extensions.stream().anyMatch(e -> name.endsWith("." + e));
        }
    }

    /**
     * Asks for a file to read.
     *
     * @param folder where the dialog starts
     */
    Optional<Path> open(Window owner, String title, List<FileType> types, Path folder);

    /**
     * Asks for files to read, several at once (collecting the reports units sent). A dialog that answers by itself
     * answers as {@link #open} does.
     */
    default List<Path> openMany(Window owner, String title, List<FileType> types, Path folder) {
        return open(owner, title, types, folder).map(List::of).orElse(List.of());
    }

    /** Asks for a folder to read. A dialog that answers by itself answers as {@link #open} does (with a folder). */
    default Optional<Path> openFolder(Window owner, String title, Path folder) {
        return open(owner, title, List.of(), folder);
    }

    /**
     * Asks for a file to write; the dialog itself asks before an existing file is chosen, so the caller may
     * overwrite it.
     *
     * @param fileName the name proposed
     */
    Optional<Path> save(Window owner, String title, List<FileType> types, Path folder, String fileName);

    /** The JavaFX file choosers (the platform's own dialogs). */
    static FileDialogs platform() {
        return new FileDialogs() {
            @Override
            public Optional<Path> open(Window owner, String title, List<FileType> types, Path folder) {
                FileChooser chooser = chooser(title, types, folder);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("ui.file.all"),
                        "*.*"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public List<Path> openMany(Window owner, String title, List<FileType> types, Path folder) {
                List<File> chosen = chooser(title, types, folder).showOpenMultipleDialog(owner);
                return chosen == null ? List.of() : chosen.stream().map(File::toPath).toList();
            }

            @Override
            public Optional<Path> openFolder(Window owner, String title, Path folder) {
                DirectoryChooser chooser = new DirectoryChooser();
                chooser.setTitle(title);
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> save(Window owner, String title, List<FileType> types, Path folder,
                                       String fileName) {
                FileChooser chooser = chooser(title, types, folder);
                chooser.setInitialFileName(fileName);
                File chosen = chooser.showSaveDialog(owner);
                if (chosen == null) {
                    return Optional.empty();
                }
                Path file = chosen.toPath();
                if (types.stream().anyMatch(t -> t.matches(file))) {
                    return Optional.of(file);
                }
                // A name typed without its extension: the dialog confirmed the name as typed, not this one.
                FileType type = types.stream().filter(t -> chooser.getSelectedExtensionFilter() != null
                        && t.description().equals(chooser.getSelectedExtensionFilter().getDescription()))
                        .findFirst().orElse(types.get(0));
                Path withExtension = file.resolveSibling(file.getFileName() + "." + type.extensions().get(0));
                if (Files.exists(withExtension) && !Dialogs.confirm(owner,
                        Messages.get("ui.file.replaceTitle", withExtension.getFileName()),
                        Messages.get("ui.file.replace", withExtension), Messages.get("ui.file.replaceAction"))) {
                    return Optional.empty();
                }
                return Optional.of(withExtension);
            }

            private FileChooser chooser(String title, List<FileType> types, Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(title);
                for (FileType t : types) {
                    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.description(),
                            t.extensions().stream().map(e -> "*." + e).toList()));
                }
                if (folder != null && Files.isDirectory(folder)) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return chooser;
            }
        };
    }
}
