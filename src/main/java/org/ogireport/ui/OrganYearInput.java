package org.ogireport.ui;

import java.util.Optional;
import java.util.function.Consumer;
import org.ogireport.format.ValueKind;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/** An organ and a year as the clerk typed them (a new draft, an import filed under them), checked. */
public record OrganYearInput(Organ organ, int year) {

    /**
     * The organ and year typed, or null after saying which entry is wrong and what to write.
     *
     * @param error gets the message
     */
    public static OrganYearInput check(String name, OrganKind kind, String yearText, Consumer<String> error) {
        String organ = name == null ? "" : name.strip();
        if (organ.isEmpty()) {
            error.accept(Messages.get("ui.start.noOrgan"));
            return null;
        }
        Optional<String> tooLong = Organ.nameProblem(organ, Messages.get("ui.start.organPlace"));
        if (tooLong.isPresent()) {
            error.accept(tooLong.get());
            return null;
        }
        if (kind == null) {
            error.accept(Messages.get("ui.start.noKind"));
            return null;
        }
        int year = year(yearText, error);
        return year < 0 ? null : new OrganYearInput(new Organ(organ, kind), year);
    }

    /** A year typed (full-width digits too), or -1 after saying it is not one the app takes. */
    public static int year(String text, Consumer<String> error) {
        CellInput.Parsed parsed = CellInput.parse(text, ValueKind.COUNT);
        long y = parsed.isValid() && !parsed.isEmpty() ? parsed.value().longValue() : -1;
        if (y < Report.MIN_YEAR || y > Report.MAX_YEAR) {
            error.accept(Messages.get("ui.start.badYear", text == null ? "" : text.strip(), Report.MIN_YEAR,
                    Report.MAX_YEAR));
            return -1;
        }
        return (int) y;
    }
}
