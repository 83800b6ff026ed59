package org.canopy.platform.core.schools;

import jakarta.json.bind.annotation.JsonbCreator;
import jakarta.json.bind.annotation.JsonbProperty;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.common.FieldErrors;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An inspection as a client or a manifest sends it: a {@code date} and either an overall
 * {@code judgement} (before 10 November 2025) or a report card's {@code grades} by area code and
 * {@code safeguarding}. {@link #validate} turns it into {@link InspectionDetails}.
 */
public final class InspectionInput {

    private static final String JUDGEMENTS = "must be one of outstanding, good, requires-improvement, inadequate";
    private static final String EITHER = "give either an overall judgement (inspections before 10 November 2025)"
            + " or a report card's grades and safeguarding (from 10 November 2025)";

    private final LocalDate date;
    private final String judgement;
    private final Map<String, String> grades;
    private final String safeguarding;

    @JsonbCreator
    public InspectionInput(@JsonbProperty("date") LocalDate date, @JsonbProperty("judgement") String judgement,
                           @JsonbProperty("grades") Map<String, String> grades, @JsonbProperty("safeguarding") String safeguarding) {
        this.date = date;
        this.judgement = judgement;
        this.grades = grades == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(grades));
        this.safeguarding = safeguarding;
    }

    public LocalDate date() {
        return date;
    }

    public String judgement() {
        return judgement;
    }

    public Map<String, String> grades() {
        return grades;
    }

    public String safeguarding() {
        return safeguarding;
    }

    /** The inspection, or null with {@code errors} filled in; {@code today} in England, as no inspection is in the future. */
    public InspectionDetails validate(FieldErrors errors, LocalDate today) {
        if (date == null) {
            errors.add("date", "is required: the date of the inspection, such as 2026-01-20");
        } else if (date.isAfter(today)) {
            errors.add("date", "must not be in the future");
        }
        errors.plausibleDate("date", date);
        boolean reportCard = !grades.isEmpty() || (safeguarding != null && !safeguarding.isBlank());
        boolean overall = judgement != null && !judgement.isBlank();
        if (reportCard == overall) {
            errors.add("judgement", EITHER + (overall ? ", not both" : ""));
            return null;
        }
        InspectionDetails details = overall ? overallJudgement(errors) : reportCard(errors);
        return errors.isEmpty() ? details : null;
    }

    private InspectionDetails overallJudgement(FieldErrors errors) {
        Optional<OfstedJudgement> parsed = Codes.parse(OfstedJudgement.class, judgement)
                .filter(value -> value != OfstedJudgement.NOT_YET_INSPECTED);
        if (parsed.isEmpty()) {
            errors.add("judgement", JUDGEMENTS);
        }
        if (date != null && !date.isBefore(InspectionDetails.REPORT_CARDS_FROM)) {
            errors.add("date", "an overall judgement is for inspections before 10 November 2025; since then Ofsted gives a report card");
        }
        return InspectionDetails.judgement(date, parsed.orElse(null));
    }

    private InspectionDetails reportCard(FieldErrors errors) {
        if (date != null && date.isBefore(InspectionDetails.REPORT_CARDS_FROM)) {
            errors.add("date", "report cards start on 10 November 2025; give an earlier inspection's overall judgement");
        }
        Map<ReportCardArea, ReportCardGrade> parsed = new EnumMap<>(ReportCardArea.class);
        Set<ReportCardArea> named = EnumSet.noneOf(ReportCardArea.class);
        grades.forEach((area, grade) -> {
            Optional<ReportCardArea> knownArea = Codes.parse(ReportCardArea.class, area);
            if (knownArea.isEmpty()) {
                errors.add("grades." + area, "is not a report-card area: " + Codes.allowed(ReportCardArea.class));
                return;
            }
            named.add(knownArea.get());
            ReportCardGrade value = errors.code("grades." + area, ReportCardGrade.class, grade);
            if (value != null) {
                parsed.put(knownArea.get(), value);
            } else if (grade == null || grade.isBlank()) {
                errors.add("grades." + area, Codes.allowed(ReportCardGrade.class));
            }
        });
        for (ReportCardArea area : ReportCardArea.values()) {
            if (area.everySchool() && !named.contains(area)) {
                errors.add("grades." + area.code(), "is required: every report card grades it");
            }
        }
        Safeguarding met = errors.code("safeguarding", Safeguarding.class, safeguarding);
        if (safeguarding == null || safeguarding.isBlank()) {
            errors.add("safeguarding", "is required on a report card: met or not-met");
        }
        return InspectionDetails.reportCard(date, parsed, met);
    }
}
