package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.StaffSurveys;
import org.canopy.plugins.cpdaudit.evaluation.AreaJudgement;
import org.canopy.plugins.cpdaudit.evaluation.Evaluations;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary.StoredFramework;
import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.PriorityBook;
import org.canopy.plugins.cpdaudit.priorities.StoredPriority;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * An audit's year: started by the school, its survey opened and closed, judged, moderated by the
 * trust and published; a published audit is corrected by a new edition with a reason.
 */
public final class AuditLifecycle {

    private final ModuleContext context;
    private final AuditAccess access;
    private final Audits audits;
    private final FrameworkLibrary frameworks;
    private final Evaluations evaluations;
    private final PriorityBook priorities;
    private final StaffSurvey survey;

    public AuditLifecycle(ModuleContext context) {
        this.context = context;
        this.access = new AuditAccess(context);
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
        this.evaluations = new Evaluations(context.data());
        this.priorities = new PriorityBook(context.data());
        this.survey = new StaffSurvey(context);
    }

    /** A draft audit of the school for the year, on the framework most recently published. */
    public Audit start(UUID schoolId, String academicYear) {
        if (schoolId == null || context.shared().schools().stream().noneMatch(school -> school.id().equals(schoolId))) {
            throw AuditException.invalid("schoolId: choose a school of this trust.");
        }
        if (academicYear == null || context.shared().academicYears().stream().noneMatch(year -> year.label().equals(academicYear))) {
            throw AuditException.invalid("academicYear: choose an academic year of this trust, such as 2025/26.");
        }
        access.require(AuditRole.RUNNER, schoolId, "start the school's audit");
        if (audits.latestEdition(schoolId, academicYear).isPresent()) {
            throw AuditException.conflict("The school already has an audit for " + academicYear + ".");
        }
        UUID framework = frameworks.current().id();
        return context.data().inTransaction(data -> {
            UUID id = audits.insert(schoolId, academicYear, 1, framework, AuditStatus.DRAFT, Optional.empty(), Optional.empty(), Optional.empty());
            audits.record(id, Optional.empty(), AuditStatus.DRAFT, access.actor(), Optional.empty());
            return audits.get(id);
        });
    }

    public Audit step(UUID auditId, AuditStep step, Optional<String> reason) {
        Audit audit = audits.get(auditId);
        access.require(step.by(), audit.schoolId(), step.code().replace('-', ' ') + " this audit");
        if (audit.status() != step.from()) {
            throw AuditException.conflict("The audit is " + audit.status().label().toLowerCase() + "; only an audit that is "
                    + step.from().label().toLowerCase() + " can " + step.code().replace('-', ' ') + ".");
        }
        Optional<String> why = reason.map(String::strip).filter(text -> !text.isEmpty());
        if (step.needsReason() && why.isEmpty()) {
            throw AuditException.invalid("reason: say what the school should look at again.");
        }
        why.filter(text -> text.length() > 1000).ifPresent(text -> {
            throw AuditException.invalid("reason: at most 1000 characters.");
        });
        Framework framework = frameworks.get(audit.frameworkId()).framework();
        Optional<Level> overall = step == AuditStep.MODERATE || step == AuditStep.PUBLISH
                ? Optional.of(readyForModeration(audit, framework)) : Optional.empty();
        return context.data().inTransaction(data -> {
            if (!audits.move(audit.id(), step.from(), step.to())) {
                throw AuditException.conflict("Someone else moved this audit meanwhile; reload it.");
            }
            applySideEffects(audit, step, overall);
            audits.record(audit.id(), Optional.of(step.from()), step.to(), access.actor(), why);
            return audits.get(audit.id());
        });
    }

    /** A new edition of a published audit, to correct it: open for judgement again, with the reason kept. */
    public Audit correct(UUID auditId, String reason) {
        Audit published = audits.get(auditId);
        access.requireEither(AuditRole.RUNNER, AuditRole.MODERATOR, published.schoolId(),
                "the school's CPD lead or headteacher, or the trust's CPD director", "correct an audit");
        if (published.status() != AuditStatus.PUBLISHED) {
            throw AuditException.conflict("Only a published audit is corrected; this one is " + published.status().label().toLowerCase() + ".");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > 1000) {
            throw AuditException.invalid("reason: say what the correction changes (1 to 1000 characters).");
        }
        return context.data().inTransaction(data -> {
            if (!audits.move(published.id(), AuditStatus.PUBLISHED, AuditStatus.SUPERSEDED)) {
                throw AuditException.conflict("Someone else corrected this audit meanwhile; reload it.");
            }
            UUID id = audits.insert(published.schoolId(), published.academicYear(), published.edition() + 1, published.frameworkId(),
                    AuditStatus.EVIDENCE_AND_JUDGEMENT, Optional.of(published.id()), Optional.of(why), Optional.of(published.surveyAuditId()));
            evaluations.copy(published.id(), id);
            priorities.copy(published.id(), id);
            audits.record(published.id(), Optional.of(AuditStatus.PUBLISHED), AuditStatus.SUPERSEDED, access.actor(), Optional.of(why));
            audits.record(id, Optional.empty(), AuditStatus.EVIDENCE_AND_JUDGEMENT, access.actor(), Optional.of(why));
            return audits.get(id);
        });
    }

    /** Every area judged and two priorities in distinct areas; returns the overall level they give. */
    private Level readyForModeration(Audit audit, Framework framework) {
        Map<String, AreaJudgement> judgements = evaluations.judgements(audit.id());
        List<String> problems = new ArrayList<>();
        framework.areas().stream().filter(area -> !judgements.containsKey(area.key()))
                .forEach(area -> problems.add("area '" + area.title() + "' has no judgement yet"));
        problems.addAll(StoredPriority.of(priorities.of(audit.id())).problemsForPublication(framework));
        if (!problems.isEmpty()) {
            throw new AuditException(AuditException.Kind.CONFLICT, problems);
        }
        Map<String, Level> areaLevels = new LinkedHashMap<>();
        judgements.forEach((area, judgement) -> areaLevels.put(area, framework.scale().level(judgement.level())));
        return framework.overallLevel(areaLevels);
    }

    private void applySideEffects(Audit audit, AuditStep step, Optional<Level> overall) {
        if (step == AuditStep.OPEN_SURVEY) {
            StaffSurveys.OpenedSurvey opened = survey.open(audit);
            audits.setSurvey(audit.id(), opened.id(), opened.schoolCode());
        } else if (step == AuditStep.CLOSE_SURVEY) {
            audit.staffSurvey().ifPresent(context.surveys()::close);
            audits.clearSurveyCode(audit.id());
        } else if (step == AuditStep.PUBLISH) {
            audits.publish(audit.id(), overall.orElseThrow().key());
        }
    }
}
