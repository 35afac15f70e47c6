package org.ogireport.io.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ogireport.i18n.Messages;

/** What a reader noticed: warnings for the clerk, and the keys of the cells and texts the document did not give. */
final class Notes {

    private final List<String> warnings = new ArrayList<>();
    private final Set<String> notFound = new LinkedHashSet<>();

    void warn(String key, Object... args) {
        warnings.add(Messages.get(key, args));
    }

    void notFound(String key) {
        notFound.add(key);
    }

    List<String> warnings() {
        return warnings;
    }

    Set<String> notFound() {
        return notFound;
    }
}
