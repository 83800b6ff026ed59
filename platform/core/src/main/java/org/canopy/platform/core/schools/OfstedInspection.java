package org.canopy.platform.core.schools;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

/** One Ofsted inspection of a school of the tenant (see {@link InspectionDetails}); a report card's grades are one column per area. */
@Entity
@Table(name = "school_inspection")
public class OfstedInspection {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @Column(name = "inspected_on")
    private LocalDate inspectedOn;

    @Enumerated(EnumType.STRING)
    private OfstedJudgement judgement;

    @Enumerated(EnumType.STRING)
    private Safeguarding safeguarding;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade inclusion;

    @Enumerated(EnumType.STRING)
    @Column(name = "curriculum_and_teaching")
    private ReportCardGrade curriculumAndTeaching;

    @Enumerated(EnumType.STRING)
    private ReportCardGrade achievement;

    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_and_behaviour")
    private ReportCardGrade attendanceAndBehaviour;

    @Enumerated(EnumType.STRING)
    @Column(name = "personal_development_and_wellbeing")
    private ReportCardGrade personalDevelopmentAndWellbeing;

    @Enumerated(EnumType.STRING)
    @Column(name = "early_years")
    private ReportCardGrade earlyYears;

    @Enumerated(EnumType.STRING)
    @Column(name = "sixth_form")
    private ReportCardGrade sixthForm;

    @Enumerated(EnumType.STRING)
    @Column(name = "leadership_and_governance")
    private ReportCardGrade leadershipAndGovernance;

    @Version
    private long version;

    protected OfstedInspection() {
    }

    public OfstedInspection(UUID tenantId, UUID schoolId, InspectionDetails details) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.schoolId = schoolId;
        apply(details);
    }

    /** @return whether anything changed */
    public boolean apply(InspectionDetails details) {
        if (details.equals(details())) {
            return false;
        }
        inspectedOn = details.date();
        judgement = details.judgement();
        safeguarding = details.safeguarding();
        Map<ReportCardArea, ReportCardGrade> grades = details.grades();
        inclusion = grades.get(ReportCardArea.INCLUSION);
        curriculumAndTeaching = grades.get(ReportCardArea.CURRICULUM_AND_TEACHING);
        achievement = grades.get(ReportCardArea.ACHIEVEMENT);
        attendanceAndBehaviour = grades.get(ReportCardArea.ATTENDANCE_AND_BEHAVIOUR);
        personalDevelopmentAndWellbeing = grades.get(ReportCardArea.PERSONAL_DEVELOPMENT_AND_WELLBEING);
        earlyYears = grades.get(ReportCardArea.EARLY_YEARS);
        sixthForm = grades.get(ReportCardArea.SIXTH_FORM);
        leadershipAndGovernance = grades.get(ReportCardArea.LEADERSHIP_AND_GOVERNANCE);
        return true;
    }

    public InspectionDetails details() {
        Map<ReportCardArea, ReportCardGrade> grades = new EnumMap<>(ReportCardArea.class);
        putGraded(grades, ReportCardArea.INCLUSION, inclusion);
        putGraded(grades, ReportCardArea.CURRICULUM_AND_TEACHING, curriculumAndTeaching);
        putGraded(grades, ReportCardArea.ACHIEVEMENT, achievement);
        putGraded(grades, ReportCardArea.ATTENDANCE_AND_BEHAVIOUR, attendanceAndBehaviour);
        putGraded(grades, ReportCardArea.PERSONAL_DEVELOPMENT_AND_WELLBEING, personalDevelopmentAndWellbeing);
        putGraded(grades, ReportCardArea.EARLY_YEARS, earlyYears);
        putGraded(grades, ReportCardArea.SIXTH_FORM, sixthForm);
        putGraded(grades, ReportCardArea.LEADERSHIP_AND_GOVERNANCE, leadershipAndGovernance);
        return new InspectionDetails(inspectedOn, judgement, grades, safeguarding);
    }

    private static void putGraded(Map<ReportCardArea, ReportCardGrade> grades, ReportCardArea area, ReportCardGrade grade) {
        if (grade != null) {
            grades.put(area, grade);
        }
    }

    public UUID id() {
        return id;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public long version() {
        return version;
    }
}
