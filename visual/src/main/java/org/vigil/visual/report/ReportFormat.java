package org.vigil.visual.report;

/** What a report is written as: one PDF document, or one CSV file per table. */
public enum ReportFormat {
    PDF,
    CSV
}
