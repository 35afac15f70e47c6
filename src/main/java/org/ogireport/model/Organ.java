package org.ogireport.model;

import java.util.Objects;
import java.util.Optional;
import org.ogireport.i18n.Messages;
import org.ogireport.util.UserException;

/** An administrative organ: its full name as printed in the title, and its kind. */
public record Organ(String name, OrganKind kind) {

    /**
     * The longest full name an organ can have (the store keeps up to this many characters). Real names are a few
     * dozen characters at most; anything longer is a whole paragraph taken for a name.
     */
    public static final int MAX_NAME_LENGTH = 200;

    public Organ {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("organ name is empty");
        }
        checkName(name, Messages.get("organ.namePlace"));
    }

    /**
     * Why a name cannot be an organ's full name — it is longer than {@link #MAX_NAME_LENGTH} — with the place it
     * was found in; empty when it can (an empty name is each reader's own message).
     *
     * @param place where the name comes from, as a noun in the user's language ("the organ.name of file x",
     *              "the --org option"): the message starts with it
     */
    public static Optional<String> nameProblem(String name, String place) {
        int length = name == null ? 0 : name.strip().length();
        return length <= MAX_NAME_LENGTH ? Optional.empty()
                : Optional.of(Messages.get("organ.nameTooLong", place, length, MAX_NAME_LENGTH));
    }

    /** Refuses a name that cannot be an organ's (see {@link #nameProblem}), saying where it was found. */
    public static void checkName(String name, String place) {
        Optional<String> problem = nameProblem(name, place);
        if (problem.isPresent()) {
            throw new UserException(problem.get());
        }
    }
}
