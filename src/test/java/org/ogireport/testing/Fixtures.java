package org.ogireport.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Report;

/**
 * The sample reports typed into src/test/resources/fixtures as exchange JSON (status "published": totals as printed):
 * tables 二, 三 and 四 exactly as printed, and the prose (the preamble, 一, 五 and 六). Each file's "provenance" member
 * says where a value needed a decision (e.g. a row printed in the trial layout).
 */
public final class Fixtures {

    /** 淮安市人民政府 2024: a city with large numbers; every table rule holds. */
    public static final String HUAIAN_2024 = "huaian-city-2024";
    /** 淮安市洪泽区人民政府 2023: table 四's totals are printed as 0. */
    public static final String HONGZE_2023 = "hongze-district-2023";
    /** 淮安市洪泽区人民政府 2024: the prose quotes 17 applications (政府办), table 三 counts 95 (the district). */
    public static final String HONGZE_2024 = "hongze-district-2024";

    private Fixtures() {
    }

    /** A fresh copy of a fixture. */
    public static Report load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return ReportJson.read(in.readAllBytes(), name + ".json").report();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
