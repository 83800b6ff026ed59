package org.canopy.plugins.cpdaudit.report;

import org.canopy.plugins.cpdaudit.evaluation.AreaJudgement;
import org.canopy.plugins.cpdaudit.evaluation.CriterionRating;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.Criterion;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.survey.StaffSurveyReport;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An audit's findings per area: the leaders' view (their criterion ratings, weighted), the staff's
 * view (the survey, on the same scale, as far as it may be shown), the gap between them — often the
 * finding — and the auditor's judgement; with the overall level once every area is judged.
 */
public record AuditReport(Framework framework, List<AreaFindings> areas, Optional<Level> overall, StaffSurveyReport survey) {

    /**
     * One area. {@code gap} is the leaders' rank minus the staff's: positive when leaders see more
     * than staff experience. {@code staffViewByGroup} holds only the groups the survey may show.
     */
    public record AreaFindings(Area area, Optional<Level> leadersView, Optional<Double> staffAgreement, Optional<Level> staffView,
                               OptionalInt gap, Map<String, Level> staffViewByGroup, Optional<Level> judged,
                               Optional<String> rationale) {
    }

    public static AuditReport of(Framework framework, Map<String, CriterionRating> ratings, Map<String, AreaJudgement> judgements,
                                 StaffSurveyReport survey) {
        List<AreaFindings> areas = framework.areas().stream().map(area -> findings(framework, area, ratings, judgements, survey)).toList();
        Optional<Level> overall = areas.stream().allMatch(findings -> findings.judged().isPresent())
                ? Optional.of(framework.overallLevel(judgedLevels(areas))) : Optional.empty();
        return new AuditReport(framework, areas, overall, survey);
    }

    private static AreaFindings findings(Framework framework, Area area, Map<String, CriterionRating> ratings,
                                         Map<String, AreaJudgement> judgements, StaffSurveyReport survey) {
        Optional<Level> leaders = leadersView(framework, area, ratings);
        Optional<Double> agreement = Optional.ofNullable(survey.meanAgreementByArea().get(area.key()));
        Optional<Level> staff = agreement.map(mean -> StaffView.levelOf(framework.scale(), mean));
        OptionalInt gap = leaders.isPresent() && staff.isPresent()
                ? OptionalInt.of(leaders.get().rank() - staff.get().rank()) : OptionalInt.empty();
        Map<String, Level> byGroup = new LinkedHashMap<>();
        survey.meanAgreementByGroup().forEach((group, means) -> Optional.ofNullable(means.get(area.key()))
                .ifPresent(mean -> byGroup.put(group, StaffView.levelOf(framework.scale(), mean))));
        Optional<AreaJudgement> judgement = Optional.ofNullable(judgements.get(area.key()));
        return new AreaFindings(area, leaders, agreement, staff, gap, byGroup,
                judgement.flatMap(j -> framework.scale().find(j.level())), judgement.map(AreaJudgement::rationale));
    }

    /** The weighted level of the leaders' ratings, once every criterion of the area is rated. */
    private static Optional<Level> leadersView(Framework framework, Area area, Map<String, CriterionRating> ratings) {
        Map<String, Level> levels = new LinkedHashMap<>();
        for (Criterion criterion : area.criteria()) {
            Optional<Level> level = Optional.ofNullable(ratings.get(criterion.key())).flatMap(r -> framework.scale().find(r.level()));
            if (level.isEmpty()) {
                return Optional.empty();
            }
            levels.put(criterion.key(), level.get());
        }
        return Optional.of(framework.areaLevel(area, levels));
    }

    private static Map<String, Level> judgedLevels(List<AreaFindings> areas) {
        Map<String, Level> levels = new LinkedHashMap<>();
        areas.forEach(findings -> levels.put(findings.area().key(), findings.judged().orElseThrow()));
        return levels;
    }

    public Optional<AreaFindings> area(String key) {
        return areas.stream().filter(findings -> findings.area().key().equals(key)).findFirst();
    }
}
