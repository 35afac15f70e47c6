package org.ogireport.testing;

import java.math.BigDecimal;
import java.util.Random;
import org.ogireport.format.CellSpec;
import org.ogireport.format.Grid;
import org.ogireport.format.Header;
import org.ogireport.format.TextField;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;

/** Reports to test with, built from the catalog so that they follow it whatever it holds. */
public final class TestReports {

    public static final Organ ORGAN = new Organ("测试市人民政府", OrganKind.CITY_GOVERNMENT);

    private TestReports() {
    }

    /**
     * A complete draft in the 2021 format that passes the table rules: every typed cell filled (table 三 balanced
     * column by column), every prose field written, the fee given.
     */
    public static Report full(int year, long seed) {
        Report r = Report.newDraft(ORGAN, year);
        Random rnd = new Random(seed);
        for (CellSpec c : r.catalog().cellsOf("t2")) {
            if (c.kind().isInteger()) {
                r.setCount(c.key(), (long) rnd.nextInt(500));
            } else {
                r.setAmount(c.key(), new BigDecimal(rnd.nextInt(100000)).movePointLeft(2));
            }
        }
        Grid t3 = r.catalog().table("t3").grid();
        for (Header col : t3.columns()) {
            if (col.key().equals("tot")) {
                continue;
            }
            long concluded = 0;
            for (Header row : t3.rows()) {
                String key = t3.cellKey(row, col);
                if (row.key().startsWith("r3_") && !row.key().equals("r3_7")) {
                    long v = rnd.nextInt(20);
                    r.setCount(key, v);
                    concluded += v;
                }
            }
            long carriedIn = rnd.nextInt(5);
            long carriedOut = rnd.nextInt(5);
            r.setCount(t3.cellKey(t3.row("r2"), col), carriedIn);
            r.setCount(t3.cellKey(t3.row("r4"), col), carriedOut);
            r.setCount(t3.cellKey(t3.row("r1"), col), concluded + carriedOut - carriedIn < 0 ? 0
                    : concluded + carriedOut - carriedIn);
            if (concluded + carriedOut - carriedIn < 0) {
                r.setCount(t3.cellKey(t3.row("r2"), col), concluded + carriedOut);
            }
        }
        for (CellSpec c : r.catalog().cellsOf("t4")) {
            if (!c.isDerived()) {
                r.setCount(c.key(), (long) rnd.nextInt(10));
            }
        }
        for (TextField t : r.catalog().texts()) {
            r.setText(t.key(), "这是" + t.label() + "的内容。" + "本机关认真贯彻落实《中华人民共和国政府信息公开条例》，".repeat(5));
        }
        r.setNumber("s6.fee_yuan", new BigDecimal("0"));
        return r;
    }

    /** A draft with nothing filled. */
    public static Report empty(int year) {
        return Report.newDraft(ORGAN, year);
    }
}
