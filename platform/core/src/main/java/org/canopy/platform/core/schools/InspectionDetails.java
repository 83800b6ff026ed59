package org.canopy.platform.core.schools;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Ofsted inspection once validated, shown as Ofsted shows it: before 10 November 2025 one overall
 * {@code judgement}; from then a report card, a grade per area ({@code grades}, in the report card's
 * order) and {@code safeguarding} met or not met. {@code date} is null only for a judgement whose
 * date was never recorded: the single word a school carried before inspections were kept as history.
 */
public record InspectionDetails(LocalDate date, OfstedJudgement judgement, Map<ReportCardArea, ReportCardGrade> grades,
                                Safeguarding safeguarding) {

    /** The first day of inspections under the renewed framework, which gives report cards. */
    public static final LocalDate REPORT_CARDS_FROM = LocalDate.of(2025, 11, 10);

    public InspectionDetails {
        EnumMap<ReportCardArea, ReportCardGrade> ordered = new EnumMap<>(ReportCardArea.class);
        if (grades != null) {
            ordered.putAll(grades);
        }
        grades = Collections.unmodifiableMap(ordered);
    }

    public static InspectionDetails judgement(LocalDate date, OfstedJudgement judgement) {
        return new InspectionDetails(date, judgement, Map.of(), null);
    }

    public static InspectionDetails reportCard(LocalDate date, Map<ReportCardArea, ReportCardGrade> grades, Safeguarding safeguarding) {
        return new InspectionDetails(date, null, grades, safeguarding);
    }

    /** As a school's page lists them: the newest first, an undated judgement last (it came before any recorded one). */
    public static final Comparator<InspectionDetails> NEWEST_FIRST =
            Comparator.comparing(InspectionDetails::date, Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder())).reversed();

    public boolean isReportCard() {
        return judgement == null;
    }

    /** The grades as the API spells them, area code to grade code, in the report card's order. */
    public Map<String, String> gradeCodes() {
        Map<String, String> codes = new LinkedHashMap<>();
        grades.forEach((area, grade) -> codes.put(area.code(), grade.code()));
        return codes;
    }

    /**
     * The deprecated single word of a school: the judgement of its latest inspection that gave one,
     * or {@code NOT_YET_INSPECTED}. Report cards never count: their grades are not judgements.
     */
    public static OfstedJudgement latestJudgement(Collection<InspectionDetails> inspections) {
        return inspections.stream().filter(inspection -> !inspection.isReportCard()).sorted(NEWEST_FIRST)
                .map(InspectionDetails::judgement).findFirst().orElse(OfstedJudgement.NOT_YET_INSPECTED);
    }
}
