package org.canopy.plugins.cpdaudit.metrics;

import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricDefinition.Direction;
import org.canopy.platform.api.MetricDefinition.Type;
import org.canopy.platform.api.MetricValue;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.time.CanopyTime;
import org.canopy.platform.api.SchoolMetrics;
import org.canopy.platform.api.StaffSurveys;
import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkJson;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.Action;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.yearonyear.AuditHistory;
import org.canopy.plugins.cpdaudit.yearonyear.ImprovementHeadline;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The audit on the trust comparison: each school's overall level and area levels from its published
 * audit of the year (levels as ranks, 1 = the scale's lowest), its survey's response rate, and the
 * share of its priorities' actions on track today. Areas are the default framework's; a school
 * audited on a trust's own version shows the areas the two share.
 */
@Extension
public class AuditMetrics implements SchoolMetrics {

    public static final String OVERALL = "overall-level";
    public static final String RESPONSE_RATE = "survey-response-rate";
    public static final String PRIORITIES_ON_TRACK = "priorities-on-track";
    public static final String AREA_PREFIX = "area-";

    /** From the default framework, which ships with the plugin and never changes: built once. */
    private static final List<MetricDefinition> DEFINITIONS = defaultDefinitions();

    @Override
    public List<MetricDefinition> definitions() {
        return DEFINITIONS;
    }

    private static List<MetricDefinition> defaultDefinitions() {
        List<MetricDefinition> definitions = new ArrayList<>();
        Framework framework = FrameworkJson.readDefault();
        List<String> levels = framework.scale().levels().stream().map(Level::label).toList();
        definitions.add(new MetricDefinition(OVERALL, "CPD audit: overall level", Type.LEVEL, Direction.HIGHER_IS_BETTER, levels));
        framework.areas().forEach(area -> definitions.add(new MetricDefinition(AREA_PREFIX + area.key(),
                "CPD audit: " + area.title(), Type.LEVEL, Direction.HIGHER_IS_BETTER, levels)));
        definitions.add(new MetricDefinition(RESPONSE_RATE, "CPD audit: staff survey response rate", Type.PERCENT, Direction.HIGHER_IS_BETTER));
        definitions.add(new MetricDefinition(PRIORITIES_ON_TRACK, "CPD audit: priority actions on track", Type.PERCENT,
                Direction.HIGHER_IS_BETTER));
        return List.copyOf(definitions);
    }

    @Override
    public List<MetricValue> values(ModuleContext context, String academicYear) {
        List<MetricValue> values = new ArrayList<>();
        Map<UUID, Framework> frameworks = new HashMap<>();
        FrameworkLibrary library = new FrameworkLibrary(context.data());
        List<PublishedAudit> published = context.data().query("select id, school_id, framework_id, overall_level from audit"
                        + " where academic_year = ? and status = 'published'",
                row -> new PublishedAudit(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getObject(3, UUID.class),
                        row.getString(4)), academicYear);
        for (PublishedAudit audit : published) {
            Framework framework = frameworks.computeIfAbsent(audit.frameworkId(), id -> library.get(id).framework());
            framework.scale().find(audit.overallLevel()).ifPresent(level -> values.add(value(OVERALL, audit.schoolId(), level.rank())));
        }
        values.addAll(prioritiesOnTrack(context, academicYear));
        values.addAll(areaLevels(context, academicYear, frameworks));
        values.addAll(responseRates(context, academicYear));
        return values;
    }

    /** TDT's headline over the schools the comparison shows, from their audits up to that year. */
    @Override
    public List<String> headlines(ModuleContext context, String academicYear, Collection<UUID> schools) {
        ImprovementHeadline headline = new AuditHistory(context).headlineOf(schools, Optional.of(academicYear));
        Share inAnArea = headline.improvedInAtLeastOneArea();
        if (inAnArea.outOf() == 0) {
            return List.of("CPD audit, year on year: none of these schools has been audited more than once yet.");
        }
        return List.of("CPD audit, year on year: of " + inAnArea.outOf() + (inAnArea.outOf() == 1 ? " school" : " schools")
                + " audited more than once, " + whole(inAnArea) + " improved in at least one area and "
                + whole(headline.improvedAnOverallLevel()) + " improved their overall level.");
    }

    private static String whole(Share share) {
        return Math.round(share.percent().orElse(0)) + "%";
    }

    private record PublishedAudit(UUID id, UUID schoolId, UUID frameworkId, String overallLevel) {
    }

    private static List<MetricValue> areaLevels(ModuleContext context, String academicYear, Map<UUID, Framework> frameworks) {
        List<MetricValue> values = new ArrayList<>();
        context.data().query("select a.school_id, a.framework_id, j.area_key, j.level from area_judgement j"
                        + " join audit a on a.id = j.audit_id where a.academic_year = ? and a.status = 'published'",
                row -> new Object[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4)},
                academicYear).forEach(judgement -> {
                    Framework framework = frameworks.get((UUID) judgement[1]);
                    if (framework != null) {
                        framework.scale().find((String) judgement[3]).ifPresent(level ->
                                values.add(value(AREA_PREFIX + judgement[2], (UUID) judgement[0], level.rank())));
                    }
                });
        return values;
    }

    /** Of each published audit's priority actions, the share on track today ({@link Action#isOnTrack}): one query for the year. */
    private static List<MetricValue> prioritiesOnTrack(ModuleContext context, String academicYear) {
        Map<UUID, List<Action>> actions = new HashMap<>();
        context.data().query("select a.school_id, pa.description, pa.owner, pa.due_on, pa.status, pa.complete from priority_action pa"
                        + " join priority p on p.id = pa.priority_id join audit a on a.id = p.audit_id"
                        + " where a.academic_year = ? and a.status = 'published'",
                row -> Map.entry(row.getObject(1, UUID.class), new Action(row.getString(2), row.getString(3),
                        row.getObject(4, LocalDate.class), PriorityBook.ragOf(row.getString(5)).orElseThrow(), row.getBoolean(6))),
                academicYear).forEach(action -> actions.computeIfAbsent(action.getKey(), school -> new ArrayList<>()).add(action.getValue()));
        LocalDate today = CanopyTime.today(context.clock());
        List<MetricValue> values = new ArrayList<>();
        actions.forEach((school, schoolActions) -> Action.onTrack(schoolActions, today).percent()
                .ifPresent(percent -> values.add(percent(PRIORITIES_ON_TRACK, school, percent))));
        return values;
    }

    /**
     * The response rate of the year's latest edition's survey, once it has been opened, from the
     * core's survey service: exact once closed, in steps of ten points while open.
     */
    private static List<MetricValue> responseRates(ModuleContext context, String academicYear) {
        Map<UUID, UUID> surveyBySchool = new HashMap<>();
        context.data().query("""
                        select distinct on (school_id) school_id,
                               (select s.staff_survey from audit s where s.id = coalesce(audit.survey_of, audit.id))
                        from audit where academic_year = ? and status <> 'draft' order by school_id, edition desc""",
                row -> Map.entry(row.getObject(1, UUID.class), Optional.ofNullable(row.getObject(2, UUID.class))), academicYear)
                .forEach(latest -> latest.getValue().ifPresent(survey -> surveyBySchool.put(latest.getKey(), survey)));
        Map<UUID, StaffSurveys.Progress> progress = context.surveys().progress(surveyBySchool.values());
        List<MetricValue> values = new ArrayList<>();
        surveyBySchool.forEach((school, survey) -> Optional.ofNullable(progress.get(survey)).filter(rate -> rate.invited() > 0)
                .ifPresent(rate -> values.add(percent(RESPONSE_RATE, school, rate.respondents().isPresent()
                        ? 100.0 * rate.respondents().getAsInt() / rate.invited() : rate.percentAtLeast()))));
        return values;
    }

    private static MetricValue value(String metric, UUID school, int rank) {
        return new MetricValue(metric, school, BigDecimal.valueOf(rank));
    }

    private static MetricValue percent(String metric, UUID school, double percent) {
        return new MetricValue(metric, school, BigDecimal.valueOf(percent).setScale(1, RoundingMode.HALF_UP));
    }
}
