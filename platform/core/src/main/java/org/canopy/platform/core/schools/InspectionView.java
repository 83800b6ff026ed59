package org.canopy.platform.core.schools;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An inspection as the API shows it: {@code kind} {@code overall-judgement} with its
 * {@code judgement}, or {@code report-card} with {@code grades} by area in the report card's order
 * and {@code safeguarding}. {@code date} is null for a judgement whose date was never recorded.
 */
public record InspectionView(UUID id, LocalDate date, String kind, String judgement, Map<String, String> grades,
                             String safeguarding) {

    public static InspectionView of(OfstedInspection inspection) {
        InspectionDetails d = inspection.details();
        return new InspectionView(inspection.id(), d.date(), d.isReportCard() ? "report-card" : "overall-judgement",
                d.isReportCard() ? null : d.judgement().code(), d.gradeCodes(), d.isReportCard() ? d.safeguarding().code() : null);
    }
}
