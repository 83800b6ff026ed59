package org.canopy.plugins.cpdaudit.survey;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel.StaffMember;
import org.canopy.platform.api.StaffSurveys;
import org.canopy.platform.api.StaffSurveys.Definition;
import org.canopy.platform.api.StaffSurveys.PersonalLink;
import org.canopy.platform.api.StaffSurveys.Refused;
import org.canopy.platform.api.StaffSurveys.Survey;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditAccess;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The anonymous whole-staff survey of an audit, run by the core's survey service: staff answer
 * through a personal link or the school code, with no account; the module never holds a response
 * and reads results only as the core discloses them (the response rate while open, results once closed).
 */
public final class StaffSurvey {

    /** What a respondent sees: the school, the framework's statements, and (by code) the groups to choose from. */
    public record Questionnaire(Survey survey, String schoolName, Framework framework, Optional<String> code) {

        public boolean asksForGroup() {
            return code.isPresent();
        }

        public List<String> groups() {
            return survey.staffGroups();
        }
    }

    private final ModuleContext context;
    private final Audits audits;
    private final FrameworkLibrary frameworks;

    public StaffSurvey(ModuleContext context) {
        this.context = context;
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
    }

    /** Opens the survey of an audit for the school's staff in post; returns its id and school code. */
    public StaffSurveys.OpenedSurvey open(Audit audit) {
        return context.surveys().open(definition(audit));
    }

    /** The audit's survey as already answered and closed (demo data): its id. */
    public UUID importClosed(Audit audit, List<StaffSurveys.CollectedResponse> responses) {
        return context.surveys().importClosed(definition(audit), responses);
    }

    /** The framework's statements by area, to every staff group of the school. */
    private Definition definition(Audit audit) {
        Framework framework = frameworks.get(audit.frameworkId()).framework();
        List<StaffSurveys.Item> items = framework.areas().stream().flatMap(area -> area.surveyItems().stream()
                .map(item -> new StaffSurveys.Item(item.key(), area.key(), item.statement(), false))).toList();
        List<String> groups = context.shared().staff().stream()
                .filter(member -> member.school().filter(audit.schoolId()::equals).isPresent())
                .map(StaffMember::staffGroup).distinct().sorted().toList();
        return Definition.agreement(audit.schoolId(), items, groups);
    }

    /** The questionnaire behind a personal link, used or not: 404 for an unknown link, 409 once the survey has closed. */
    public Questionnaire questionnaire(String token) {
        return questionnaire(context.surveys().byLink(token).orElseThrow(() -> AuditException.notFound("Survey link")), Optional.empty());
    }

    /** The questionnaire behind a school code; a wrong code is refused as input. */
    public Questionnaire questionnaireByCode(String code) {
        Survey survey = refusals(() -> context.surveys().byCode(code)).orElseThrow(() ->
                AuditException.invalid("code: no open survey has this code. Check it with your CPD lead."));
        return questionnaire(survey, survey.schoolCode());
    }

    public void answer(String token, Map<String, Integer> answers) {
        refusals(() -> {
            context.surveys().answerByLink(token, answers);
            return null;
        });
    }

    public void answerByCode(String code, Optional<String> staffGroup, Map<String, Integer> answers) {
        refusals(() -> {
            context.surveys().answerByCode(code, staffGroup.orElse(null), answers);
            return null;
        });
    }

    /** The response rate while open and disclosed results once closed; for the audit's readers. */
    public StaffSurveyReport report(UUID auditId) {
        Audit audit = audits.get(auditId);
        new AuditAccess(context).requireReader(audit.schoolId());
        return reportOf(audit);
    }

    /** Without an access check: for metrics and reports that already checked it. */
    public StaffSurveyReport reportOf(Audit audit) {
        return audit.staffSurvey().map(survey -> StaffSurveyReport.of(context.surveys().progress(survey), context.surveys().results(survey)))
                .orElse(StaffSurveyReport.NOT_OPENED);
    }

    /** The personal links, for the school's CPD lead or headteacher to send. */
    public List<PersonalLink> links(UUID auditId) {
        Audit audit = audits.get(auditId);
        new AuditAccess(context).require(AuditRole.RUNNER, audit.schoolId(), "see the survey's personal links");
        return audit.staffSurvey().map(context.surveys()::links).orElse(List.of());
    }

    private Questionnaire questionnaire(Survey survey, Optional<String> code) {
        if (!survey.open()) {
            throw AuditException.conflict("This survey has closed, so it takes no more answers.");
        }
        Audit audit = audits.byStaffSurvey(survey.id()).orElseThrow(() -> AuditException.notFound("Survey"));
        String school = context.shared().schools().stream().filter(s -> s.id().equals(audit.schoolId()))
                .map(s -> s.name()).findFirst().orElse("your school");
        return new Questionnaire(survey, school, frameworks.get(audit.frameworkId()).framework(), code);
    }

    private static <T> T refusals(Supplier<T> work) {
        try {
            return work.get();
        } catch (Refused refused) {
            throw switch (refused.reason()) {
                case INVALID, GROUP_FULL, TOO_MANY_ATTEMPTS -> AuditException.invalid(refused.getMessage());
                case CLOSED, ALREADY_ANSWERED -> AuditException.conflict(refused.getMessage());
            };
        }
    }
}
