package org.ogireport.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ogireport.exchange.ReportJson;
import org.ogireport.model.Report;

/** The figures of the sample reports, typed into src/test/resources/fixtures as exchange JSON. */
final class Fixtures {

    static final String HUAIAN_2024 = "huaian-city-2024";
    static final String HONGZE_2023 = "hongze-district-2023";
    static final String HONGZE_2024 = "hongze-district-2024";

    private Fixtures() {
    }

    static Report load(String name) {
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
