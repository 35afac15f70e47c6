package org.ogireport.ui.draft;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.ogireport.format.NumberField;
import org.ogireport.format.Section;
import org.ogireport.format.SectionKey;
import org.ogireport.format.TableSpec;
import org.ogireport.format.TextField;
import org.ogireport.i18n.Messages;
import org.ogireport.ui.draft.DraftSession.Counts;

/**
 * One screen of the open draft as the navigation list and the screen see it: 封面与基本信息 ({@code s0}), a section
 * of the report ({@code s1} … {@code s6}, from the catalog) or the 检查 page; its fields and its open findings.
 */
public final class SectionViewModel {

    /** The key of the 检查 page, which counts the findings of every section. */
    public static final String CHECK = "check";
    /** The key of the cover page, where findings without a place go (as in {@code FindingPlace}). */
    static final String COVER = SectionKey.PREAMBLE.key();

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

    /** The screens of a draft in their order: 封面与基本信息, the sections of its format, 检查. */
    public static List<SectionViewModel> screensOf(DraftSession session) {
        List<SectionViewModel> screens = new ArrayList<>();
        screens.add(new SectionViewModel(session, COVER, Messages.get("ui.nav.cover"), null));
        for (Section section : session.catalog().sections()) {
            screens.add(new SectionViewModel(session, section.key(), section.heading(), section));
        }
        screens.add(new SectionViewModel(session, CHECK, Messages.get("ui.nav.check"), null));
        return screens;
    }

    DraftSession session() {
        return session;
    }

    public String key() {
        return key;
    }

    /** The heading exactly as printed (from the catalog), or the name of the cover or check page. */
    public String heading() {
        return heading;
    }

    /** The view of the screen: the cover, the checks, or a prose or table section (they differ only in data). */
    Class<? extends SectionView> viewClass() {
        if (section == null) {
            return key.equals(COVER) ? CoverView.class : CheckView.class;
        }
        return table() != null ? TableSectionView.class : ProseSectionView.class;
    }

    /** What the clerk is told under the heading: how this screen is filled. */
    String hint() {
        if (section == null) {
            return Messages.get(key.equals(COVER) ? "ui.cover.hint" : "ui.check.hint");
        }
        return Messages.get(switch (section.id()) {
            case OVERVIEW -> "ui.s1.hint";
            case PUBLISHED -> "ui.s2.hint";
            case APPLICATIONS -> "ui.s3.hint";
            case REVIEWS -> "ui.s4.hint";
            case PROBLEMS -> "ui.s5.hint";
            case OTHER_MATTERS -> "ui.s6.hint";
            case PREAMBLE -> "ui.cover.hint";
        });
    }

    /** The prose fields of the screen (the cover holds the preamble). */
    List<TextField> texts() {
        if (section != null) {
            return section.texts();
        }
        return key.equals(COVER) ? session.catalog().texts().stream()
                .filter(t -> t.section() == SectionKey.PREAMBLE).toList() : List.of();
    }

    List<NumberField> numbers() {
        return section == null ? List.of() : section.numbers();
    }

    /** The table printed in the section, or null. */
    public TableSpec table() {
        return section == null || section.tableId() == null ? null : session.catalog().table(section.tableId());
    }

    /** Whether the screen has a table the clerk types in (an aggregate's tables are summed, not typed). */
    public boolean hasTypedTable() {
        return table() != null && !session.isReadOnly();
    }

    /** The open errors and warnings of the screen (of the whole report for the 检查 page). */
    ReadOnlyObjectProperty<Counts> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    private void updateCounts() {
        counts.set(key.equals(CHECK) ? session.totalCounts() : session.counts(key));
    }
}
