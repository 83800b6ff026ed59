package org.canopy.plugins.cpdaudit.http;

import org.canopy.platform.api.StaffSurveys;
import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditEvent;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.report.AuditOverview.AuditFile;
import org.canopy.plugins.cpdaudit.report.AuditReport;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;
import org.canopy.plugins.cpdaudit.yearonyear.AuditHistory.YearOnYear;
import org.canopy.plugins.cpdaudit.yearonyear.ImprovementHeadline;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The JSON shapes of the module's API: plain values, null where there is nothing yet. */
public final class AuditViews {

    private AuditViews() {
    }

    public record AuditSummary(UUID id, UUID schoolId, String school, String academicYear, int edition, String status,
                        String overallLevel, Instant publishedAt) {

        static AuditSummary of(Audit audit, String schoolName) {
            return new AuditSummary(audit.id(), audit.schoolId(), schoolName, audit.academicYear(), audit.edition(),
                    audit.status().code(), audit.overallLevel().orElse(null), audit.publishedAt().orElse(null));
        }
    }

    public record Rating(String level, String notes, String ratedBy) {
    }

    public record Judgement(String level, String rationale, String judgedBy) {
    }

    public record Evidence(UUID id, String criterionKey, String filename, String contentType, int sizeBytes) {
    }

    public record ActionView(UUID id, String description, String owner, LocalDate due, String status, boolean complete) {
    }

    public record PriorityView(UUID id, int position, String areaKey, String title, List<ActionView> actions) {

        static PriorityView of(StoredPriority priority) {
            return new PriorityView(priority.id(), priority.position(), priority.areaKey(), priority.title(),
                    priority.actions().stream().map(a -> new ActionView(a.id(), a.action().description(), a.action().owner(),
                            a.action().due(), PriorityBook.code(a.action().status()), a.action().complete())).toList());
        }
    }

    public record Event(String from, String to, String actor, String reason, Instant at) {

        static Event of(AuditEvent event) {
            return new Event(event.from().map(s -> s.code()).orElse(null), event.to().code(), event.actor(),
                    event.reason().orElse(null), event.at());
        }
    }

    public record AuditDetail(AuditSummary audit, String framework, String frameworkVersion, String surveyCode, UUID corrects,
                       String correctionReason, Map<String, Rating> ratings, Map<String, Judgement> judgements,
                       List<Evidence> evidence, List<PriorityView> priorities, List<Event> history) {

        static AuditDetail of(AuditFile file) {
            Map<String, Rating> ratings = new LinkedHashMap<>();
            file.ratings().forEach((key, r) -> ratings.put(key, new Rating(r.level(), r.notes().orElse(null), r.ratedBy())));
            Map<String, Judgement> judgements = new LinkedHashMap<>();
            file.judgements().forEach((key, j) -> judgements.put(key, new Judgement(j.level(), j.rationale(), j.judgedBy())));
            Audit audit = file.audit();
            return new AuditDetail(AuditSummary.of(audit, file.school().name()), file.framework().key(), file.framework().version(),
                    file.mayRun() ? audit.surveyCode().orElse(null) : null, audit.corrects().orElse(null),
                    audit.correctionReason().orElse(null), ratings, judgements,
                    file.evidence().stream().map(e -> new Evidence(e.id(), e.criterionKey(), e.filename(), e.contentType(), e.sizeBytes())).toList(),
                    file.priorities().stream().map(PriorityView::of).toList(),
                    file.history().stream().map(Event::of).toList());
        }
    }

    public record ShareView(int count, int outOf, Double percent) {

        static ShareView of(Share share) {
            return new ShareView(share.count(), share.outOf(), share.percent().isPresent() ? share.percent().getAsDouble() : null);
        }
    }

    /**
     * The survey as disclosed: while open, {@code percentAtLeast} only (a multiple of ten); once
     * closed, {@code respondents} and means, each only where at least five answered it and no
     * smaller group could be worked out (small groups of an area pooled as {@code other-groups}).
     */
    public record SurveyView(boolean open, int invited, int percentAtLeast, Integer respondents, Map<String, Integer> respondentsByGroup,
                             Map<String, Double> meanAgreementByArea, Map<String, Map<String, Double>> meanAgreementByGroup,
                             List<String> withheldGroups, int minimumRespondents) {

        static SurveyView of(StaffSurveyReport report) {
            return new SurveyView(report.open(), report.invited(), report.percentAtLeast(),
                    report.respondents().isPresent() ? report.respondents().getAsInt() : null, report.respondentsByGroup(),
                    report.meanAgreementByArea(), report.meanAgreementByGroup(), report.withheldGroups(), StaffSurveys.MINIMUM_RESPONDENTS);
        }
    }

    public record AreaView(String areaKey, String title, String leadersView, Double staffAgreement, String staffView, Integer gap,
                    Map<String, String> staffViewByGroup, String judged, String rationale) {
    }

    public record ReportView(String overallLevel, List<AreaView> areas, SurveyView survey) {

        static ReportView of(AuditReport report) {
            List<AreaView> areas = report.areas().stream().map(a -> {
                Map<String, String> byGroup = new LinkedHashMap<>();
                a.staffViewByGroup().forEach((group, level) -> byGroup.put(group, level.key()));
                return new AreaView(a.area().key(), a.area().title(), key(a.leadersView().orElse(null)),
                        a.staffAgreement().orElse(null), key(a.staffView().orElse(null)),
                        a.gap().isPresent() ? a.gap().getAsInt() : null, byGroup, key(a.judged().orElse(null)), a.rationale().orElse(null));
            }).toList();
            return new ReportView(key(report.overall().orElse(null)), areas, SurveyView.of(report.survey()));
        }
    }

    public record YearOnYearView(UUID previousAudit, String previousYear, UUID currentAudit, String currentYear,
                          Map<String, String> areaMovements, String overallMovement, List<Map<String, String>> previousPriorities) {

        static YearOnYearView of(YearOnYear comparison) {
            Map<String, String> areas = new LinkedHashMap<>();
            comparison.comparison().areaMovements().forEach((area, movement) -> areas.put(area, movement.name().toLowerCase()));
            return new YearOnYearView(comparison.previous().id(), comparison.previous().academicYear(), comparison.current().id(),
                    comparison.current().academicYear(), areas, comparison.comparison().overallMovement().name().toLowerCase(),
                    comparison.comparison().previousPriorities().stream().map(outcome -> Map.of(
                            "areaKey", outcome.priority().areaKey(), "title", outcome.priority().title(),
                            "areaMovement", outcome.areaMovement().name().toLowerCase())).toList());
        }
    }

    public record HeadlineView(ShareView improvedInAtLeastOneArea, ShareView improvedAnOverallLevel) {

        static HeadlineView of(ImprovementHeadline headline) {
            return new HeadlineView(ShareView.of(headline.improvedInAtLeastOneArea()), ShareView.of(headline.improvedAnOverallLevel()));
        }
    }

    private static String key(Level level) {
        return level == null ? null : level.key();
    }
}
