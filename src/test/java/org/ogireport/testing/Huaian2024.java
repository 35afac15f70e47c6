package org.ogireport.testing;

import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.ValueMode;

/**
 * 淮安市人民政府's 2024 report (../shared/samples/huaian-city-2024.pdf) as a draft: the figures and prose of the
 * fixture {@code fixtures/huaian-city-2024.json}, large numbers, every table rule holding, so its totals are the
 * computed ones.
 */
public final class Huaian2024 {

    public static final Organ ORGAN = new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT);
    public static final int YEAR = 2024;

    private Huaian2024() {
    }

    public static Report report() {
        Report r = Fixtures.load(Fixtures.HUAIAN_2024);
        r.setMode(ValueMode.COMPUTED);
        return r;
    }
}
