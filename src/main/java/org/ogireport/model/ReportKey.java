package org.ogireport.model;

import java.util.Objects;

/** What names one report among all: its organ's full name, its year and its scope. */
public record ReportKey(String organName, int year, Scope scope) {

    public ReportKey {
        organName = Objects.requireNonNull(organName, "organName").strip();
        Objects.requireNonNull(scope, "scope");
    }

    /** An organ's own report of a year. */
    public static ReportKey own(String organName, int year) {
        return new ReportKey(organName, year, Scope.OWN);
    }

    public static ReportKey of(Report report) {
        return new ReportKey(report.organ().name(), report.year(), report.scope());
    }
}
