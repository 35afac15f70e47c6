package org.ogireport.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ogireport.app.CollectedFile.Outcome;
import org.ogireport.format.CellSpec;
import org.ogireport.model.Organ;
import org.ogireport.model.OrganKind;
import org.ogireport.model.Report;
import org.ogireport.model.Unit;
import org.ogireport.model.UnitRelation;
import org.ogireport.model.Verdict;
import org.ogireport.rules.Finding;
import org.ogireport.testing.Samples;
import org.ogireport.testing.UnitReports;

/**
 * A 汇总 of the size a city's office sees: 300 units' reports written with the app's own writers (Word, JSON,
 * Excel) and the real sample PDFs, collected from one folder; and two levels (counties' aggregates into a city).
 */
class CompilationScaleTest {

    private static final Organ CITY = new Organ("淮安市人民政府", OrganKind.CITY_GOVERNMENT);

    @TempDir
    Path tmp;

    private static void assertSum(Report aggregate, List<Report> parts) {
        for (CellSpec cell : aggregate.catalog().cells()) {
            BigDecimal expected = UnitReports.sum(parts, cell.key());
            BigDecimal actual = aggregate.value(cell.key());
            assertThat(actual == null ? null : actual.stripTrailingZeros()).as(cell.key())
                    .isEqualTo(expected == null ? null : expected.stripTrailingZeros());
        }
    }

    @Test
    void threeHundredUnitsAndTheSamplePdfsAreCollectedMatchedAndSummedExactly() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        List<Report> sent = new ArrayList<>();
        String[] formats = {"docx", "json", "xlsx"};
        for (int i = 0; i < 300; i++) {
            Report r = UnitReports.of("淮安市第" + (i + 1) + "号机关", OrganKind.CITY_DEPARTMENT, 2024, i);
            sent.add(r);
            UnitReports.write(r, formats[i % 3], inbox.resolve(String.format("%03d.%s", i, formats[i % 3])));
        }
        for (String pdf : List.of("huaian-city-2024.pdf", "hongze-district-2024.pdf", "hongze-district-2023.pdf")) {
            Files.copy(Samples.require(pdf), inbox.resolve(pdf));
        }
        try (Workspace ws = Workspace.open(tmp.resolve("data"))) {
            Compilation c = ws.compilation(CITY, 2024);
            List<CollectedFile> files = c.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE,
                    () -> false);

            assertThat(files).hasSize(303);
            assertThat(files.subList(0, 300)).extracting(CollectedFile::outcome).containsOnly(Outcome.STORED);
            assertThat(files).filteredOn(f -> f.file().getFileName().toString().equals("hongze-district-2023.pdf"))
                    .singleElement().satisfies(f -> assertThat(f.reason()).contains("2023"));
            assertThat(c.units()).hasSize(302);
            assertThat(c.units()).filteredOn(u -> u.name().equals("淮安市人民政府")).singleElement()
                    .satisfies(u -> assertThat(u.relation()).isEqualTo(UnitRelation.OWN_REPORT));

            // The samples are real published reports: a unit with errors is received, not summed.
            List<Report> counted = new ArrayList<>(sent);
            for (UnitStatus s : c.board()) {
                if (s.isSummed() && !s.unit().name().contains("号机关")) {
                    counted.add(c.report(s.latest().orElseThrow()));
                }
            }
            Compilation.Summed summed = c.aggregate();
            assertThat(summed.included()).hasSize(counted.size());
            assertSum(summed.aggregate(), counted);
            assertThat(ws.validate(summed.aggregate())).noneMatch(f -> f.rule().startsWith("A-"));

            // A returned unit is left out until it sends again; its resubmission counts instead.
            Unit first = c.match("淮安市第1号机关").unit().orElseThrow();
            c.review(first, Verdict.RETURNED, "请核对表三");
            Report again = c.aggregate().aggregate();
            counted.remove(sent.get(0));
            assertSum(again, counted);
            Report corrected = sent.get(0).copy();
            corrected.setCount("t3.r1.np", corrected.count("t3.r1.np") + 2);
            corrected.setCount("t3.r3_1.np", corrected.count("t3.r3_1.np") + 2);
            Path resent = Files.createDirectories(tmp.resolve("resent"));
            UnitReports.write(corrected, "json", resent.resolve("第1号机关（改）.json"));
            assertThat(c.collect(List.of(resent), CollectOptions.defaults(), CollectProgress.NONE, () -> false))
                    .extracting(CollectedFile::outcome).containsExactly(Outcome.RESUBMITTED);
            counted.add(corrected);
            assertSum(c.aggregate().aggregate(), counted);
        }
    }

    @Test
    void countiesAggregatesSumIntoTheCityOnceAndTheirDepartmentsAgainAreRefused() throws Exception {
        List<Report> all = new ArrayList<>();
        Path cityInbox = Files.createDirectories(tmp.resolve("city"));
        String[] counties = {"淮安市洪泽区人民政府", "淮安市涟水县人民政府", "淮安市金湖县人民政府"};
        try (Workspace ws = Workspace.open(tmp.resolve("data"))) {
            for (int k = 0; k < counties.length; k++) {
                Path inbox = Files.createDirectories(tmp.resolve("county" + k));
                for (int i = 0; i < 20; i++) {
                    Report r = UnitReports.of(counties[k].substring(3, 6) + "第" + (i + 1) + "局",
                            OrganKind.COUNTY_DEPARTMENT, 2024, k * 100L + i);
                    all.add(r);
                    UnitReports.write(r, "json", inbox.resolve(i + ".json"));
                }
                Compilation county = ws.compilation(new Organ(counties[k], OrganKind.COUNTY_GOVERNMENT), 2024);
                county.collect(List.of(inbox), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
                Report aggregate = county.aggregate().aggregate();
                assertSum(aggregate, all.subList(k * 20, k * 20 + 20));
                UnitReports.write(aggregate, "json", cityInbox.resolve(counties[k] + "汇总.json"));
            }
            for (int i = 0; i < 5; i++) {
                Report r = UnitReports.of("淮安市第" + (i + 1) + "局", OrganKind.CITY_DEPARTMENT, 2024, 900 + i);
                all.add(r);
                UnitReports.write(r, "docx", cityInbox.resolve("市" + i + ".docx"));
            }
            Compilation city = ws.compilation(CITY, 2024);
            List<CollectedFile> files = city.collect(List.of(cityInbox), CollectOptions.defaults(),
                    CollectProgress.NONE, () -> false);
            assertThat(files).extracting(CollectedFile::outcome).containsOnly(Outcome.STORED);
            assertThat(city.units()).filteredOn(u -> u.relation() == UnitRelation.LOWER_AGGREGATE).hasSize(3);
            Report aggregate = city.aggregate().aggregate();
            assertSum(aggregate, all);
            assertThat(rules(ws, aggregate)).isEmpty();

            // A county's department sent to the city as well is counted twice: A-02.
            Path twice = Files.createDirectories(tmp.resolve("twice"));
            UnitReports.write(all.get(0), "json", twice.resolve("again.json"));
            city.collect(List.of(twice), CollectOptions.defaults(), CollectProgress.NONE, () -> false);
            assertThat(rules(ws, city.aggregate().aggregate())).contains("A-02");
        }
    }

    private static List<String> rules(Workspace ws, Report aggregate) {
        return ws.validate(aggregate).stream().map(Finding::rule).filter(r -> r.startsWith("A-")).toList();
    }
}
