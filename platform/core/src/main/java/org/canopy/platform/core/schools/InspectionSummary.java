package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.Codes;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An inspection in words, as Ofsted shows it: a report card lists safeguarding and then a grade per
 * area; an inspection before 10 November 2025 has its overall effectiveness. Dates read "20 January 2026".
 */
public record InspectionSummary(String heading, List<Line> lines) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** One row: what was judged, and the grade. */
    public record Line(String area, String grade) {
    }

    public static InspectionSummary of(InspectionDetails inspection) {
        List<Line> lines = new ArrayList<>();
        if (inspection.isReportCard()) {
            lines.add(new Line("Safeguarding", Codes.label(inspection.safeguarding())));
            inspection.grades().forEach((area, grade) -> lines.add(new Line(Codes.label(area), Codes.label(grade))));
        } else {
            lines.add(new Line("Overall effectiveness", Codes.label(inspection.judgement())));
        }
        return new InspectionSummary((inspection.isReportCard() ? "Report card, " : "Inspection, ") + when(inspection), List.copyOf(lines));
    }

    /** The latest inspection in a few words, for a list of schools: "Good, 15 March 2023" or "Report card, 20 January 2026". */
    public static String latest(List<InspectionDetails> newestFirst) {
        if (newestFirst.isEmpty()) {
            return "Not yet inspected";
        }
        InspectionDetails latest = newestFirst.get(0);
        return (latest.isReportCard() ? "Report card" : Codes.label(latest.judgement())) + ", " + when(latest);
    }

    private static String when(InspectionDetails inspection) {
        return inspection.date() == null ? "date not recorded" : DATE.format(inspection.date());
    }
}
