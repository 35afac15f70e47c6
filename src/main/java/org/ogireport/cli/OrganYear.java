package org.ogireport.cli;

import picocli.CommandLine.Option;

/** The {@code --org NAME --year YYYY} that name a draft. */
final class OrganYear {

    @Option(names = "--org", paramLabel = "NAME", required = true, descriptionKey = "cli.opt.org")
    String organ;

    @Option(names = "--year", paramLabel = "YYYY", required = true, descriptionKey = "cli.opt.year")
    int year;
}
