package org.canopy.platform.core.schools;

import org.canopy.platform.core.common.FieldError;
import org.canopy.platform.core.common.FieldErrors;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An inspection is either an overall judgement before 10 November 2025 or a full report card from then on. */
class InspectionInputTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    private static Map<String, String> sixAreas() {
        Map<String, String> grades = new HashMap<>();
        grades.put("inclusion", "expected-standard");
        grades.put("curriculum-and-teaching", "strong-standard");
        grades.put("achievement", "needs-attention");
        grades.put("attendance-and-behaviour", "expected-standard");
        grades.put("personal-development-and-wellbeing", "exceptional");
        grades.put("leadership-and-governance", "urgent-improvement");
        return grades;
    }

    private static List<String> fieldsInError(InspectionInput input) {
        FieldErrors errors = new FieldErrors();
        assertThat(input.validate(errors, TODAY)).isNull();
        return errors.list().stream().map(FieldError::field).toList();
    }

    @Test
    void anOverallJudgementBeforeReportCards() {
        InspectionDetails details = new InspectionInput(LocalDate.of(2023, 3, 15), "requires-improvement", null, null)
                .validate(new FieldErrors(), TODAY);
        assertThat(details.isReportCard()).isFalse();
        assertThat(details.judgement()).isEqualTo(OfstedJudgement.REQUIRES_IMPROVEMENT);
        assertThat(details.grades()).isEmpty();
        assertThat(details.safeguarding()).isNull();
    }

    @Test
    void aReportCardKeepsTheReportCardsOrderOfAreas() {
        Map<String, String> grades = sixAreas();
        grades.put("early-years", "strong-standard");
        InspectionDetails details = new InspectionInput(LocalDate.of(2026, 1, 20), null, grades, "not-met")
                .validate(new FieldErrors(), TODAY);
        assertThat(details.isReportCard()).isTrue();
        assertThat(details.safeguarding()).isEqualTo(Safeguarding.NOT_MET);
        assertThat(details.grades().keySet()).containsExactly(ReportCardArea.INCLUSION, ReportCardArea.CURRICULUM_AND_TEACHING,
                ReportCardArea.ACHIEVEMENT, ReportCardArea.ATTENDANCE_AND_BEHAVIOUR,
                ReportCardArea.PERSONAL_DEVELOPMENT_AND_WELLBEING, ReportCardArea.EARLY_YEARS,
                ReportCardArea.LEADERSHIP_AND_GOVERNANCE);
        assertThat(details.grades().get(ReportCardArea.LEADERSHIP_AND_GOVERNANCE)).isEqualTo(ReportCardGrade.URGENT_IMPROVEMENT);
        assertThat(details.gradeCodes()).containsEntry("personal-development-and-wellbeing", "exceptional");
    }

    @Test
    void theScaleFollowsTheDateOfTheInspection() {
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2025, 11, 10), "good", null, null))).containsExactly("date");
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2025, 11, 9), null, sixAreas(), "met"))).containsExactly("date");
        assertThat(new InspectionInput(LocalDate.of(2025, 11, 9), "good", null, null).validate(new FieldErrors(), TODAY)).isNotNull();
        assertThat(new InspectionInput(LocalDate.of(2025, 11, 10), null, sixAreas(), "met").validate(new FieldErrors(), TODAY)).isNotNull();
    }

    @Test
    void eitherAJudgementOrAReportCardNeverBothNorNeither() {
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2026, 1, 20), "good", sixAreas(), "met"))).containsExactly("judgement");
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2026, 1, 20), null, null, null))).containsExactly("judgement");
    }

    @Test
    void aReportCardNeedsEverySchoolsAreaAndSafeguarding() {
        Map<String, String> grades = sixAreas();
        grades.remove("inclusion");
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2026, 1, 20), null, grades, null)))
                .containsExactlyInAnyOrder("grades.inclusion", "safeguarding");
    }

    @Test
    void namesEveryUnknownAreaAndGrade() {
        Map<String, String> grades = sixAreas();
        grades.put("quality-of-education", "good");
        grades.put("achievement", "good");
        grades.put("sixth-form", null);
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2026, 1, 20), null, grades, "partly")))
                .containsExactlyInAnyOrder("grades.quality-of-education", "grades.achievement", "grades.sixth-form", "safeguarding");
    }

    @Test
    void refusesNotYetInspectedAsAJudgementAndAFutureOrMissingDate() {
        assertThat(fieldsInError(new InspectionInput(LocalDate.of(2020, 1, 1), "not-yet-inspected", null, null))).containsExactly("judgement");
        assertThat(fieldsInError(new InspectionInput(TODAY.plusDays(1), null, sixAreas(), "met"))).containsExactly("date");
        assertThat(fieldsInError(new InspectionInput(null, "good", null, null))).containsExactly("date");
    }
}
