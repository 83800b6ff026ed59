package org.canopy.plugins.cpdaudit.demo;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.StaffSurveys.CollectedResponse;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.evaluation.Evaluations;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.Criterion;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary.StoredFramework;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.framework.SurveyItem;
import org.canopy.plugins.cpdaudit.priorities.Action;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.priorities.RagStatus;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;

/**
 * Demo data for a first run: every school with staff gets a published audit for each of the
 * tenant's last two academic years, with survey responses, ratings, judgements and priorities, so
 * the comparison and year on year show something real; except that the first school (lowest URN)
 * has no audit this year, so its CPD lead can run one from draft to published. Deterministic per
 * school; written only when the tenant has no audit yet. Levels start around "developing" and most
 * schools improve.
 */
public final class DemoAudits {

    private static final String ACTOR = "Demo data";

    private final ModuleContext context;
    private final Audits audits;
    private final Evaluations evaluations;
    private final PriorityBook priorities;
    private final StaffSurvey survey;

    public DemoAudits(ModuleContext context) {
        this.context = context;
        this.audits = new Audits(context.data());
        this.evaluations = new Evaluations(context.data());
        this.priorities = new PriorityBook(context.data());
        this.survey = new StaffSurvey(context);
    }

    public void seed() {
        if (context.data().queryOne("select 1 from audit limit 1", row -> 1).isPresent()) {
            return;
        }
        List<SharedModel.AcademicYear> years = context.shared().academicYears().stream()
                .sorted(Comparator.comparing(SharedModel.AcademicYear::startsOn)).toList();
        if (years.size() < 2) {
            return;
        }
        StoredFramework framework = new FrameworkLibrary(context.data()).current();
        List<SharedModel.StaffMember> staff = context.shared().staff();
        List<SharedModel.School> schools = context.shared().schools().stream().sorted(Comparator.comparing(SharedModel.School::urn)).toList();
        for (SharedModel.School school : schools) {
            List<SharedModel.StaffMember> schoolStaff = staff.stream()
                    .filter(member -> member.school().filter(school.id()::equals).isPresent()).toList();
            if (schoolStaff.size() >= 5) {
                Random random = new Random(school.urn().hashCode());
                Map<String, Integer> baseline = baselineRanks(framework.framework(), random);
                auditFor(school, years.get(years.size() - 2), framework, baseline, schoolStaff, random);
                if (school != schools.get(0)) {
                    auditFor(school, years.get(years.size() - 1), framework, improved(baseline, framework.framework(), random),
                            schoolStaff, random);
                }
            }
        }
    }

    private void auditFor(SharedModel.School school, SharedModel.AcademicYear year, StoredFramework stored,
                          Map<String, Integer> areaRanks, List<SharedModel.StaffMember> staff, Random random) {
        Framework framework = stored.framework();
        UUID audit = audits.insert(school.id(), year.label(), 1, stored.id(), AuditStatus.PUBLISHED,
                Optional.empty(), Optional.empty(), Optional.empty());
        UUID staffSurvey = survey.importClosed(audits.get(audit), answers(framework, areaRanks, staff, random));
        audits.setSurvey(audit, staffSurvey, null);
        Map<String, Level> judged = new LinkedHashMap<>();
        for (Area area : framework.areas()) {
            Level level = framework.scale().atRank(areaRanks.get(area.key()));
            judged.put(area.key(), level);
            for (Criterion criterion : area.criteria()) {
                int leadersRank = Math.min(framework.scale().levels().size(), level.rank() + (random.nextInt(3) == 0 ? 1 : 0));
                evaluations.rate(audit, criterion.key(), framework.scale().atRank(leadersRank).key(),
                        Optional.of("Discussed with the senior team; see the CPD log."), ACTOR);
            }
            evaluations.judge(audit, area.key(), level.key(), "Evidence from leaders' self-evaluation, the staff survey and a"
                    + " sample of the CPD log supports " + level.label().toLowerCase() + ".", ACTOR);
        }
        List<Area> weakest = framework.areas().stream().sorted(Comparator.comparing(area -> areaRanks.get(area.key()))).limit(2).toList();
        for (int i = 0; i < weakest.size(); i++) {
            priorities.set(audit, i + 1, weakest.get(i).key(), "Strengthen " + weakest.get(i).title().toLowerCase());
        }
        LocalDate due = year.endsOn().minusMonths(2);
        priorities.of(audit).forEach(priority -> {
            priorities.addAction(priority.id(), new Action("Plan and launch the programme", "CPD lead", year.startsOn().plusMonths(2),
                    RagStatus.GREEN, true));
            priorities.addAction(priority.id(), new Action("Review impact with staff", "Headteacher", due,
                    random.nextBoolean() ? RagStatus.GREEN : RagStatus.AMBER, false));
        });
        audits.publish(audit, framework.overallLevel(judged).key());
        context.data().update("update audit set published_at = ? where id = ?",
                java.sql.Timestamp.valueOf(year.endsOn().minusMonths(1).atTime(12, 0)), audit);
        audits.record(audit, Optional.empty(), AuditStatus.PUBLISHED, ACTOR, Optional.of("demo data"));
    }

    /** About four in five staff answer, agreeing more where the area is stronger. */
    private static List<CollectedResponse> answers(Framework framework, Map<String, Integer> areaRanks,
                                                   List<SharedModel.StaffMember> staff, Random random) {
        List<CollectedResponse> responses = new ArrayList<>();
        for (SharedModel.StaffMember member : staff) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (Area area : framework.areas()) {
                for (SurveyItem item : area.surveyItems()) {
                    int centre = 1 + areaRanks.get(area.key());
                    answers.put(item.key(), Math.max(1, Math.min(5, centre + random.nextInt(3) - 1)));
                }
            }
            responses.add(new CollectedResponse(member.staffGroup(), answers));
        }
        return responses;
    }

    private static Map<String, Integer> baselineRanks(Framework framework, Random random) {
        Map<String, Integer> ranks = new LinkedHashMap<>();
        framework.areas().forEach(area -> ranks.put(area.key(), 1 + random.nextInt(3)));
        return ranks;
    }

    /** The next year: each area rises a level with a chance of one in two, never past the top. */
    private static Map<String, Integer> improved(Map<String, Integer> baseline, Framework framework, Random random) {
        int top = framework.scale().levels().size();
        Map<String, Integer> next = new LinkedHashMap<>();
        baseline.forEach((area, rank) -> next.put(area, Math.min(top, rank + (random.nextBoolean() ? 1 : 0))));
        return next;
    }
}
