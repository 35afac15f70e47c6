package org.ogireport.app;

import java.util.List;
import org.ogireport.rules.Finding;
import org.ogireport.util.UserException;

/** The final copy of a report that still has errors was asked for: the message lists them. */
public final class ExportRefused extends UserException {

    private static final long serialVersionUID = 1L;

    private final transient List<Finding> errors;

    ExportRefused(String message, List<Finding> errors) {
        super(message);
        this.errors = List.copyOf(errors);
    }

    /** The errors that stand in the way, in the order of the report. */
    public List<Finding> errors() {
        return errors;
    }
}
