package org.ogireport.ui.draft;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.ogireport.model.HeadingStyle;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/**
 * One value of the draft changed by an edit, before and after (null is "empty"): a record per kind of value, so that
 * the undo history, the session and the screens tell them apart by their type. Undo writes the value before, redo
 * the value after.
 */
public sealed interface Change {

    /** The value before the edit. */
    Object before();

    /** The value after the edit. */
    Object after();

    /** Whether the edit leaves the value as it was (such a change is not recorded). */
    default boolean changesNothing() {
        return Objects.equals(before(), after());
    }

    /** Writes the value after the edit (forward) or, for an undo, the value before it into the report. */
    void writeTo(Report report, boolean forward);

    /** A change of a cell, prose field or number of the catalog: it has a key, and a place on a screen. */
    sealed interface FieldChange extends Change {

        /** The catalog key of the cell or field. */
        String key();
    }

    /** A cell of a table. */
    record CellChange(String key, BigDecimal before, BigDecimal after) implements FieldChange {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setValue(key, forward ? after : before);
        }
    }

    /** A prose field (never null: an empty text is ""). */
    record TextChange(String key, String before, String after) implements FieldChange {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setText(key, forward ? after : before);
        }

        /** This change continued by the next keystroke in the same field: one step from the first text to the last. */
        TextChange continuedBy(TextChange next) {
            return new TextChange(key, before, next.after);
        }
    }

    /** A number of the prose sections (六's 信息处理费). */
    record NumberChange(String key, BigDecimal before, BigDecimal after) implements FieldChange {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setNumber(key, forward ? after : before);
        }
    }

    /** The kind of the organ (on the cover). */
    record OrganKindChange(OrganKind before, OrganKind after) implements Change {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setOrgan(new Organ(report.organ().name(), forward ? after : before));
        }
    }

    /** The 成文日期 printed under the organ's name (on the cover); null is "the day of export". */
    record DatedChange(LocalDate before, LocalDate after) implements Change {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setDated(forward ? after : before);
        }
    }

    /** How the printed report sets the topic headings of 一 (on the cover); never null. */
    record HeadingStyleChange(HeadingStyle before, HeadingStyle after) implements Change {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setHeadingStyle(forward ? after : before);
        }
    }

    /** The clerk's explanation of a warning (出错说明), by the finding's id; null is "none". */
    record ExplanationChange(String findingId, String before, String after) implements Change {

        @Override
        public void writeTo(Report report, boolean forward) {
            report.setExplanation(findingId, forward ? after : before);
        }
    }
}
