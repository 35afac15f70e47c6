package org.ogireport.model;

import java.math.BigDecimal;
import org.ogireport.format.CellSpec;
import org.ogireport.format.FormatCatalog;
import org.ogireport.format.ValueKind;
import org.ogireport.i18n.Messages;

/**
 * Reads a number as a clerk types or pastes it, or as another office printed it: full-width digits (１２) and
 * punctuation are converted, thousands separators and spaces dropped. An empty cell, or one holding only "/" or
 * "—", is "not filled", which is different from 0.
 */
public final class CellInput {

    /** What a piece of text says: empty, a value, or an error message (without the place). */
    public record Parsed(BigDecimal value, String error) {

        public boolean isEmpty() {
            return value == null && error == null;
        }

        public boolean isValid() {
            return error == null;
        }
    }

    private static final Parsed EMPTY = new Parsed(null, null);

    private CellInput() {
    }

    /** Converts full-width digits and signs to ASCII and removes spaces and thousands separators. */
    public static String normalize(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．' || c == '。') {
                sb.append('.');
            } else if (c == '－' || c == '−') {
                sb.append('-');
            } else if (c == '＋') {
                sb.append('+');
            } else if (c == ',' || c == '，' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Parses text for a cell or number field of the given kind. */
    public static Parsed parse(String text, ValueKind kind) {
        if (text == null) {
            return EMPTY;
        }
        String s = normalize(text);
        if (s.isEmpty() || s.equals("/") || s.equals("／") || s.equals("—") || s.equals("-") || s.equals("--")) {
            return EMPTY;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(s);
        } catch (NumberFormatException e) {
            return new Parsed(null, Messages.get("cell.notNumber", text.strip()));
        }
        return check(value, kind, text.strip());
    }

    /** Checks a value against a cell kind: sign, integrality, 64-bit range. */
    public static Parsed check(BigDecimal value, ValueKind kind, String asWritten) {
        if (value.signum() < 0 && !kind.allowsNegative()) {
            return new Parsed(null, Messages.get("cell.negative", asWritten));
        }
        if (kind.isInteger()) {
            BigDecimal integral = value.stripTrailingZeros();
            if (integral.scale() > 0) {
                return new Parsed(null, Messages.get("cell.notInteger", asWritten));
            }
            try {
                return new Parsed(BigDecimal.valueOf(integral.longValueExact()), null);
            } catch (ArithmeticException e) {
                return new Parsed(null, Messages.get("cell.tooLarge", asWritten));
            }
        }
        return new Parsed(value, null);
    }

    /** Where a cell is, in words a clerk understands: 表三「本年新收」行「自然人」列. */
    public static String place(FormatCatalog catalog, CellSpec cell) {
        String table = catalog.table(cell.tableId()).name();
        return cell.row().key() == null
                ? Messages.get("cell.placeNoRow", table, cell.column().shortName())
                : Messages.get("cell.place", table, cell.row().shortName(), cell.column().shortName());
    }
}
