package org.ogireport.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.OrganNames;
import org.ogireport.model.Scope;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;

/**
 * A list of units as a clerk keeps it (pasted from Excel or WPS, or a file): a row per unit with its name and,
 * where given, its kind or relation, a contact person and a telephone; and what a unit is when nothing says so,
 * guessed from its name and the level of the government that sums it.
 */
final class UnitList {

    private static final Pattern INDEX = Pattern.compile("\\d{1,4}[.、]?");
    private static final Pattern PHONE = Pattern.compile("[0-9０-９()（）+\\- ]{7,}");
    private static final Pattern TOWNSHIP = Pattern.compile(".*(镇|乡|街道|街道办事处|镇人民政府|乡人民政府)$");
    private static final Pattern HEADER = Pattern.compile(".*(名称|单位|序号).*");

    private UnitList() {
    }

    /** The units of a table's rows; header rows and rows without a name are left out. */
    static List<Unit> fromRows(List<List<String>> rows, Organ compiler) {
        List<Unit> units = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = new ArrayList<>(row.stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
            if (!cells.isEmpty() && INDEX.matcher(cells.get(0)).matches()) {
                cells.remove(0);
            }
            if (cells.isEmpty() || HEADER.matcher(cells.get(0)).matches() && !looksLikeOrgan(cells.get(0))) {
                continue;
            }
            String name = cells.get(0);
            Optional<OrganKind> kind = Optional.empty();
            Optional<UnitRelation> relation = Optional.empty();
            String contact = "";
            String phone = "";
            for (String c : cells.subList(1, cells.size())) {
                Optional<OrganKind> k = kindNamed(c);
                Optional<UnitRelation> r = relationNamed(c);
                if (k.isPresent()) {
                    kind = k;
                } else if (r.isPresent()) {
                    relation = r;
                } else if (PHONE.matcher(c).matches()) {
                    phone = c;
                } else if (contact.isEmpty()) {
                    contact = c;
                }
            }
            OrganKind k = kind.orElseGet(() -> kindFor(name, compiler));
            UnitRelation r = relation.orElseGet(() -> relationFor(name, k, Scope.OWN, compiler));
            units.add(new Unit(0, name, k, r, contact, phone));
        }
        return units;
    }

    private static boolean looksLikeOrgan(String text) {
        return text.matches(".*(政府|局|委|办|院|会|部|厅|镇|乡|街道|中心)$");
    }

    private static Optional<OrganKind> kindNamed(String text) {
        return Arrays.stream(OrganKind.values()).filter(k -> k.label().equals(text) || k.id().equals(text))
                .findFirst();
    }

    private static Optional<UnitRelation> relationNamed(String text) {
        String t = text.replace("／", "/");
        if (t.equals("乡镇") || t.equals("街道") || t.equals("乡镇街道")) {
            return Optional.of(UnitRelation.TOWNSHIP);
        }
        if (t.startsWith("垂直") || t.startsWith("垂管")) {
            return Optional.of(UnitRelation.VERTICAL);
        }
        return Arrays.stream(UnitRelation.values())
                .filter(r -> r.label().equals(t) || r.id().equals(t) || r.label().startsWith(t) && t.length() >= 2)
                .findFirst();
    }

    /** The kind of a unit from its name: a 乡镇/街道, a lower government, else a department of the compiler's level. */
    static OrganKind kindFor(String name, Organ compiler) {
        if (TOWNSHIP.matcher(OrganNames.normalized(name)).matches()) {
            return OrganKind.TOWNSHIP;
        }
        if (OrganNames.compare(name, compiler.name()) == OrganNames.Likeness.SAME) {
            return compiler.kind();
        }
        boolean government = OrganNames.normalized(name).endsWith("人民政府");
        return switch (compiler.kind()) {
            case PROVINCIAL_GOVERNMENT -> government ? OrganKind.CITY_GOVERNMENT : OrganKind.PROVINCIAL_DEPARTMENT;
            case CITY_GOVERNMENT -> government ? OrganKind.COUNTY_GOVERNMENT : OrganKind.CITY_DEPARTMENT;
            case COUNTY_GOVERNMENT -> government ? OrganKind.TOWNSHIP : OrganKind.COUNTY_DEPARTMENT;
            default -> OrganKind.OTHER;
        };
    }

    /** How a unit stands to the compiler: its own report, a lower government's aggregate, a 乡镇, a department. */
    static UnitRelation relationFor(String name, OrganKind kind, Scope scope, Organ compiler) {
        if (OrganNames.compare(name, compiler.name()) == OrganNames.Likeness.SAME) {
            return scope == Scope.AGGREGATE ? UnitRelation.LOWER_AGGREGATE : UnitRelation.OWN_REPORT;
        }
        boolean lowerGovernment = kind == OrganKind.COUNTY_GOVERNMENT || kind == OrganKind.CITY_GOVERNMENT;
        return lowerGovernment ? UnitRelation.LOWER_AGGREGATE : UnitRelation.suggestedFor(kind, scope);
    }
}
