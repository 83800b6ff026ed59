package org.canopy.plugins.cpdaudit.survey;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel.StaffMember;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditAccess;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.audit.AuditStatus;
import org.canopy.plugins.cpdaudit.audit.Audits;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.framework.SurveyItem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The anonymous whole-staff survey: staff answer through a personal link or the school code, with
 * no account; leaders follow the response rate by staff group and read results only as far as
 * {@link SurveyDisclosure} allows.
 */
public final class StaffSurvey {

    /** What a respondent sees: the school's audit, its framework's statements, and the groups to choose from (code only). */
    public record Questionnaire(Invitation invitation, Audit audit, String schoolName, Framework framework, List<String> groups) {

        public boolean asksForGroup() {
            return invitation.channel() == Invitation.Channel.CODE;
        }
    }

    /** A personal link to send, by staff member. */
    public record PersonalLink(String name, String email, String staffGroup, String token) {
    }

    private final ModuleContext context;
    private final Audits audits;
    private final FrameworkLibrary frameworks;
    private final SurveyBook book;

    public StaffSurvey(ModuleContext context) {
        this.context = context;
        this.audits = new Audits(context.data());
        this.frameworks = new FrameworkLibrary(context.data());
        this.book = new SurveyBook(context.data());
    }

    /** A fresh single-use invitation for whoever typed this school code. */
    public String enterCode(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        Audit audit = audits.bySurveyCode(normalised).filter(a -> a.status() == AuditStatus.SURVEY_OPEN)
                .orElseThrow(() -> AuditException.invalid("code: no open survey has this code. Check it with your CPD lead."));
        return book.issueForCode(audit.id());
    }

    /** The questionnaire behind a link: 404 for an unknown token, 409 once used or when the survey has closed. */
    public Questionnaire questionnaire(String token) {
        Invitation invitation = book.invitation(token).orElseThrow(() -> AuditException.notFound("Survey link"));
        Audit audit = audits.get(invitation.auditId());
        if (invitation.used()) {
            throw AuditException.conflict("This link has already been used to answer the survey. Thank you.");
        }
        if (audit.status() != AuditStatus.SURVEY_OPEN) {
            throw AuditException.conflict("This survey has closed, so it takes no more answers.");
        }
        String school = context.shared().schools().stream().filter(s -> s.id().equals(audit.schoolId()))
                .map(s -> s.name()).findFirst().orElse("your school");
        return new Questionnaire(invitation, audit, school, frameworks.get(audit.frameworkId()).framework(),
                new ArrayList<>(book.invitedByGroup(audit.id()).keySet()));
    }

    /**
     * Stores one anonymous response. Every answer is 1 to 5 and for one of the framework's
     * statements; at least one is answered; a code respondent names an invited staff group that
     * still has people to answer. A used link or a closed survey takes nothing.
     */
    public void answer(String token, Optional<String> chosenGroup, Map<String, String> rawAnswers) {
        Questionnaire questionnaire = questionnaire(token);
        String group = questionnaire.asksForGroup()
                ? chosenGroup.filter(questionnaire.groups()::contains)
                        .orElseThrow(() -> AuditException.invalid("staffGroup: choose the group you work in."))
                : questionnaire.invitation().staffGroup().orElseThrow();
        Map<String, Integer> answers = answers(questionnaire.framework(), rawAnswers);
        int invited = book.invitedByGroup(questionnaire.audit().id()).getOrDefault(group, 0);
        if (book.respondentsByGroup(questionnaire.audit().id()).getOrDefault(group, 0) >= invited) {
            throw AuditException.conflict("Everyone in this staff group has already answered.");
        }
        boolean stored = context.data().inTransaction(data -> book.answer(questionnaire.audit().id(), token, group, answers));
        if (!stored) {
            throw AuditException.conflict("This link has already been used to answer the survey. Thank you.");
        }
    }

    /** Live response rates and results, withheld below five respondents; for the audit's readers. */
    public StaffSurveyReport report(UUID auditId) {
        Audit audit = audits.get(auditId);
        new AuditAccess(context).requireReader(audit.schoolId());
        return reportOf(audit);
    }

    /** Without an access check: for metrics and reports that already checked it. */
    public StaffSurveyReport reportOf(Audit audit) {
        Framework framework = frameworks.get(audit.frameworkId()).framework();
        return StaffSurveyReport.of(framework, book.invitedByGroup(audit.surveyAuditId()), book.responses(audit.surveyAuditId()));
    }

    /** The personal links, for the school's CPD lead or headteacher to send. */
    public List<PersonalLink> links(UUID auditId) {
        Audit audit = audits.get(auditId);
        new AuditAccess(context).require(AuditRole.RUNNER, audit.schoolId(), "see the survey's personal links");
        Map<UUID, String> tokens = book.links(audit.surveyAuditId());
        return context.shared().staff().stream().filter(member -> tokens.containsKey(member.id()))
                .sorted(Comparator.comparing(StaffMember::name))
                .map(member -> new PersonalLink(member.name(), member.email(), member.staffGroup(), tokens.get(member.id())))
                .toList();
    }

    private static Map<String, Integer> answers(Framework framework, Map<String, String> raw) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        List<String> items = framework.areas().stream().flatMap(area -> area.surveyItems().stream()).map(SurveyItem::key).toList();
        raw.forEach((item, value) -> {
            if (!items.contains(item)) {
                throw AuditException.invalid("answers: '" + item + "' is not a statement of this survey.");
            }
            if (value == null || value.isBlank()) {
                return;
            }
            int agreement;
            try {
                agreement = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw AuditException.invalid("answers: each answer is a number from 1 (strongly disagree) to 5 (strongly agree).");
            }
            if (agreement < SurveyResponse.STRONGLY_DISAGREE || agreement > SurveyResponse.STRONGLY_AGREE) {
                throw AuditException.invalid("answers: each answer is a number from 1 (strongly disagree) to 5 (strongly agree).");
            }
            answers.put(item, agreement);
        });
        if (answers.isEmpty()) {
            throw AuditException.invalid("answers: answer at least one statement.");
        }
        return answers;
    }
}
