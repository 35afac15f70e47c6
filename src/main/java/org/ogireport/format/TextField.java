package org.ogireport.format;

/**
 * A prose field of the report.
 *
 * @param key        the stable text key of spec §2 (e.g. {@code s1.active})
 * @param sectionKey the section it belongs to ({@code s0} for the preamble before 一)
 * @param label      what the field is called on screen
 * @param heading    the sub-heading printed above it (（一）主动公开情况), or null when none is printed
 */
public record TextField(String key, String sectionKey, String label, String heading) {
}
