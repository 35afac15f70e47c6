package org.ogireport.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.DraftSession.Counts;

/**
 * One screen of the open draft as the navigation list and the screen see it: 封面与基本信息 ({@code s0}), a section
 * of the report ({@code s1} … {@code s6}, from the catalog) or the 检查 page; its fields and its open findings.
 */
final class SectionViewModel {

    /** The key of the 检查 page, which counts the findings of every section. */
    static final String CHECK = "check";
    /** The key of the cover page, where findings without a place go (as in {@code FindingPlace}). */
    static final String COVER = "s0";

    private final DraftSession session;
    private final String key;
    private final String heading;
    private final Section section;
    private final ReadOnlyObjectWrapper<Counts> counts = new ReadOnlyObjectWrapper<>(this, "counts");

    private SectionViewModel(DraftSession session, String key, String heading, Section section) {
        this.session = session;
        this.key = key;
        this.heading = heading;
        this.section = section;
        updateCounts();
        session.addListener(keys -> updateCounts());
    }

    static SectionViewModel cover(DraftSession session) {
        return new SectionViewModel(session, COVER, Messages.get("ui.nav.cover"), null);
    }

    static SectionViewModel of(DraftSession session, Section section) {
        return new SectionViewModel(session, section.key(), section.heading(), section);
    }

    static SectionViewModel check(DraftSession session) {
        return new SectionViewModel(session, CHECK, Messages.get("ui.nav.check"), null);
    }

    DraftSession session() {
        return session;
    }

    String key() {
        return key;
    }

    /** The heading exactly as printed (from the catalog), or the name of the cover or check page. */
    String heading() {
        return heading;
    }

    /** The FXML of the screen: one per section. */
    String fxml() {
        return switch (key) {
            case COVER -> "CoverView.fxml";
            case CHECK -> "CheckView.fxml";
            default -> "Section" + key.substring(1) + "View.fxml";
        };
    }

    /** The prose fields of the screen (the cover holds the preamble). */
    List<TextField> texts() {
        if (section != null) {
            return section.texts();
        }
        return key.equals(COVER) ? session.catalog().texts().stream()
                .filter(t -> t.sectionKey().equals(COVER)).toList() : List.of();
    }

    List<NumberField> numbers() {
        return section == null ? List.of() : section.numbers();
    }

    /** The table printed in the section, or null. */
    TableSpec table() {
        return section == null || section.tableId() == null ? null : session.catalog().table(section.tableId());
    }

    /** The open errors and warnings of the screen (of the whole report for the 检查 page). */
    ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void updateCounts() {
        counts.set(key.equals(CHECK) ? session.totalCounts() : session.counts(key));
    }
}
