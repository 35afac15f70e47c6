package org.ogireport.io.read;

import java.util.regex.Pattern;
import org.ogireport.format.CellSpec;
import org.ogireport.i18n.Messages;
import org.ogireport.model.CellInput;

/** What the text of a table cell says: a number (perhaps with its unit), "not filled", or words. */
final class CellText {

    private static final String TEN_THOUSAND_YUAN = "万元";
    private static final String YUAN = "元";
    /** Longest first, so that 万元 is not taken for 元. */
    private static final String[] UNITS = {TEN_THOUSAND_YUAN, YUAN, "件", "个", "项"};
    /** A number as reports print it, after {@link CellInput#normalize}: sign, digits, decimals, a unit. */
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?(" + String.join("|", UNITS) + ")?");
    private static final Pattern NOT_FILLED = Pattern.compile("/|／|—+|-+|－+|无");

    private CellText() {
    }

    /** Whether the text can stand in a number cell: a number, nothing, or a "not filled" mark. */
    static boolean isValue(String text) {
        String s = CellInput.normalize(text);
        return s.isEmpty() || NOT_FILLED.matcher(s).matches() || NUMBER.matcher(s).matches();
    }

    /** Whether the text holds a number (not a blank or a "not filled" mark). */
    static boolean isNumber(String text) {
        return NUMBER.matcher(CellInput.normalize(text)).matches();
    }

    /**
     * Reads the text of a cell. A unit written in the cell is dropped when it is the cell's own (元 in a 元
     * column); 元 in a 万元 column is refused, since the number would be off by ten thousand.
     */
    static CellInput.Parsed parse(String text, CellSpec cell) {
        String s = CellInput.normalize(text);
        if (NOT_FILLED.matcher(s).matches()) {
            return CellInput.parse("", cell.kind());
        }
        String unitOfColumn = String.join("", cell.column().path()).contains(TEN_THOUSAND_YUAN) ? TEN_THOUSAND_YUAN
                : YUAN;
        for (String unit : UNITS) {
            if (s.endsWith(unit)) {
                boolean money = unit.endsWith(YUAN);
                if (money && (cell.kind().isInteger() || !unit.equals(unitOfColumn))) {
                    return new CellInput.Parsed(null, Messages.get("import.wrongUnit", text.strip(), unitOfColumn));
                }
                s = s.substring(0, s.length() - unit.length());
                break;
            }
        }
        CellInput.Parsed parsed = CellInput.parse(s, cell.kind());
        // The message quotes what the cell says, unit and all.
        return parsed.isValid() ? parsed : CellInput.parse(text, cell.kind());
    }
}
