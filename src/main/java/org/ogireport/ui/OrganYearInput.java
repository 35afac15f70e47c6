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
        Optional<String> problem = organProblem(name).or(() -> kind == null
                ? Optional.of(Messages.get("ui.start.noKind")) : Optional.empty()).or(() -> yearProblem(yearText));
        if (problem.isPresent()) {
            error.accept(problem.get());
            return null;
        }
        return new OrganYearInput(new Organ(name.strip(), kind), parseYear(yearText));
    }

    /** What is wrong with an organ's full name as typed, if anything: none, or too long. */
    public static Optional<String> organProblem(String name) {
        String organ = name == null ? "" : name.strip();
        return organ.isEmpty() ? Optional.of(Messages.get("ui.start.noOrgan"))
                : Organ.nameProblem(organ, Messages.get("ui.start.organPlace"));
    }

    /** What is wrong with a year as typed (full-width digits are fine), if anything. */
    public static Optional<String> yearProblem(String text) {
        return parseYear(text) >= 0 ? Optional.empty() : Optional.of(Messages.get("ui.start.badYear",
                text == null ? "" : text.strip(), Report.MIN_YEAR, Report.MAX_YEAR));
    }

    /** A year typed (full-width digits too), or -1 after saying it is not one the app takes. */
    public static int year(String text, Consumer<String> error) {
        Optional<String> problem = yearProblem(text);
        problem.ifPresent(error);
        return problem.isPresent() ? -1 : parseYear(text);
    }

    private static int parseYear(String text) {
        CellInput.Parsed parsed = CellInput.parse(text, ValueKind.COUNT);
        long y = parsed.isValid() && !parsed.isEmpty() ? parsed.value().longValue() : -1;
        return y < Report.MIN_YEAR || y > Report.MAX_YEAR ? -1 : (int) y;
    }
}
