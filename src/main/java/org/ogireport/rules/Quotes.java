package org.ogireport.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ogireport.format.TextField;
import org.ogireport.model.Report;

/**
 * Finds the numbers that prose states: Arabic (3119, 3,119, full-width digits, 52.6) or Chinese (二十一, 两) numerals
 * followed by a unit. Numbers that are parts of codes, phone numbers or dates (0517-83605210, 2024-01) and estimates
 * (约 20 件, 上百件, 5500 余条, 20 件左右) are left out: only clear statements are compared with the tables.
 */
final class Quotes {

    /** Where a clause ends: the lead of a number never reaches back over one of these. */
    static final String DELIMITERS = "，,。；;：:！？!?（()）\n";
    private static final String SENTENCE_ENDS = "。！？!?\n";
    /** Units, the longer first where one starts with another. */
    private static final List<String> UNITS = List.of("万元", "件", "起", "例", "部", "份", "个", "条", "%", "％", "元");
    private static final Pattern ESTIMATE_BEFORE = Pattern.compile("(约|近|逾|超过|超|大约|将近|不足|不到)$");
    private static final Pattern ESTIMATE_AFTER = Pattern.compile("^\\s*(左右|以上|以下|上下|之多)");
    /** A lead that only says “in all” belongs to the clause before it: 受理申请，共计21件. */
    private static final Pattern CONNECTOR_ONLY = Pattern.compile("^(其中)?(共|共计|合计|总计|计|累计|总数为|共有|数量为|为)?$");

    private Quotes() {
    }

    /** The quotes of the texts last read: the X rules of one check all read the same texts. */
    private record Read(List<String> texts, List<Quote> quotes) {
    }

    private static volatile Read lastRead = new Read(List.of(), List.of());

    /** Every stated number of every prose field of a report, field by field in catalog order. */
    static List<Quote> in(Report report) {
        List<String> texts = new ArrayList<>();
        for (TextField field : report.catalog().texts()) {
            texts.add(report.texts().get(field.key()));
        }
        Read last = lastRead;
        if (sameTexts(last.texts(), texts)) {
            return last.quotes();
        }
        List<Quote> all = new ArrayList<>();
        List<TextField> fields = report.catalog().texts();
        for (int i = 0; i < fields.size(); i++) {
            if (texts.get(i) != null) {
                all.addAll(in(fields.get(i).key(), texts.get(i)));
            }
        }
        lastRead = new Read(texts, List.copyOf(all));
        return lastRead.quotes();
    }

    /** The same String objects field by field: a text that was set again, even to equal words, is read again. */
    private static boolean sameTexts(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Every stated number of one text, in order. */
    static List<Quote> in(String textKey, String text) {
        List<Quote> quotes = new ArrayList<>();
        int boundary = 0;
        int sentenceStart = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (SENTENCE_ENDS.indexOf(c) >= 0) {
                sentenceStart = i + 1;
                boundary = Math.max(boundary, i + 1);
                i++;
                continue;
            }
            boolean arabic = isDigit(c);
            if (!arabic && !ChineseNumerals.isNumeral(c)) {
                i++;
                continue;
            }
            int numberEnd = arabic ? arabicEnd(text, i) : chineseEnd(text, i);
            BigDecimal value = arabic ? arabicValue(text.substring(i, numberEnd))
                    : chineseValue(text.substring(i, numberEnd));
            int unitStart = skipSpaces(text, numberEnd);
            String unit = unitAt(text, unitStart);
            int end = unitStart + unit.length();
            boolean partOfCode = arabic && (isCodeChar(before(text, i)) || isCodeChar(at(text, numberEnd)));
            if (value != null && !partOfCode && !unit.isEmpty() && !isEstimate(text, i, end)) {
                int leadStart = leadStart(text, boundary, sentenceStart, i);
                int sentenceEnd = sentenceEnd(text, end);
                quotes.add(new Quote(textKey, text, i, end, value, unit, leadStart,
                        text.substring(leadStart, i).strip(), tail(text, end, sentenceEnd), sentenceStart,
                        sentenceEnd));
            }
            // An Arabic number always ends the lead of the next one; a Chinese one only when it states a quantity,
            // so that 第三方 or 一是 do not cut a clause in two.
            if (arabic || (value != null && !unit.isEmpty())) {
                boundary = end;
            }
            i = Math.max(end, numberEnd);
        }
        return quotes;
    }

    private static String tail(String text, int end, int sentenceEnd) {
        int i = end;
        while (i < sentenceEnd && DELIMITERS.indexOf(text.charAt(i)) < 0 && text.charAt(i) != '、'
                && !isDigit(text.charAt(i))) {
            i++;
        }
        return text.substring(end, i).strip();
    }

    private static int leadStart(String text, int boundary, int sentenceStart, int numberStart) {
        int start = clauseStart(text, boundary, numberStart);
        String lead = text.substring(start, numberStart).strip();
        if (CONNECTOR_ONLY.matcher(lead).matches() && start > Math.max(boundary, sentenceStart)) {
            start = clauseStart(text, Math.max(boundary, sentenceStart), start - 1);
        }
        return start;
    }

    private static int clauseStart(String text, int boundary, int from) {
        int i = from;
        while (i > boundary && DELIMITERS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** Where the sentence around a position starts. */
    static int sentenceStart(String text, int at) {
        int i = at;
        while (i > 0 && SENTENCE_ENDS.indexOf(text.charAt(i - 1)) < 0) {
            i--;
        }
        return i;
    }

    /** The whole sentence around some words of a text, as written. */
    static String sentenceAround(String text, int start, int end) {
        return text.substring(sentenceStart(text, start), sentenceEnd(text, end)).strip();
    }

    private static int sentenceEnd(String text, int from) {
        int i = from;
        while (i < text.length() && SENTENCE_ENDS.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return Math.min(text.length(), i + 1);
    }

    private static boolean isEstimate(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 2), start).strip();
        return ESTIMATE_BEFORE.matcher(before).find()
                || ESTIMATE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 4))).find();
    }

    private static String unitAt(String text, int i) {
        for (String u : UNITS) {
            if (text.startsWith(u, i)) {
                return u;
            }
        }
        return "";
    }

    // ---- Arabic numbers ---------------------------------------------------------------------------------------

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** Digits, thousands separators (3,119) and one decimal part (52.6). */
    private static int arabicEnd(String text, int i) {
        int j = i;
        while (j < text.length()) {
            char c = text.charAt(j);
            if (isDigit(c)) {
                j++;
            } else if (c == ',' && isDigitRun(text, j + 1, 3)
                    && !isDigit(at(text, j + 4))) {
                j += 4;
            } else if ((c == '.' || c == '．') && isDigit(at(text, j + 1))) {
                j += 2;
                while (isDigit(at(text, j))) {
                    j++;
                }
                break;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isDigitRun(String text, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!isDigit(at(text, k))) {
                return false;
            }
        }
        return true;
    }

    private static BigDecimal arabicValue(String written) {
        StringBuilder sb = new StringBuilder(written.length());
        for (char c : written.toCharArray()) {
            if (c >= '０' && c <= '９') {
                sb.append((char) (c - '０' + '0'));
            } else if (c == '．') {
                sb.append('.');
            } else if (c != ',') {
                sb.append(c);
            }
        }
        return new BigDecimal(sb.toString());
    }

    /** A character that makes a number part of a code, a phone number, a date or an address (0517-836, 2024/1). */
    private static boolean isCodeChar(char c) {
        return c == '-' || c == '/' || c == '.' || c == '_' || c == '@' || c == '－' || c == '—'
                || (c < 128 && Character.isLetterOrDigit(c));
    }

    // ---- Chinese numerals -------------------------------------------------------------------------------------

    private static int chineseEnd(String text, int i) {
        int j = i;
        while (j < text.length() && ChineseNumerals.isNumeral(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static BigDecimal chineseValue(String written) {
        Long v = ChineseNumerals.parse(written);
        return v == null ? null : BigDecimal.valueOf(v);
    }

    // ---- small helpers ----------------------------------------------------------------------------------------

    private static int skipSpaces(String text, int i) {
        while (i < text.length() && " \u3000\u00a0".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static char at(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    private static char before(String text, int i) {
        return at(text, i - 1);
    }
}
