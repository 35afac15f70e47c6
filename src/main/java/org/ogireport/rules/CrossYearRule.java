package org.ogireport.rules;

/**
 * A rule that compares a report with the same organ's report of the year before (Y-*). Without that report it finds
 * nothing; the rule set then says once, as a hint, which checks it could not make.
 */
interface CrossYearRule extends Rule {
}
