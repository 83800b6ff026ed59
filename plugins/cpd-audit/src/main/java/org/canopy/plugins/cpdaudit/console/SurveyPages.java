package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.ModuleContext;
import org.canopy.plugins.cpdaudit.audit.AuditException;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.SurveyItem;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey;
import org.canopy.plugins.cpdaudit.survey.StaffSurvey.Questionnaire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.canopy.plugins.cpdaudit.console.PageErrors.answering;

/**
 * The staff survey, open to anyone with a personal link ({@code survey/{token}}) or the school code
 * ({@code survey}), no account needed; phone first: one column, big radio buttons, one page.
 */
public final class SurveyPages {

    /** Where staff enter the school code: the module's public root, which only the survey uses. */
    static String address(ModuleContext context) {
        return "/s/" + context.tenant().slug() + "/cpd-audit/survey";
    }

    ConsolePage handlePublic(ConsoleRequest request, ModuleContext context) {
        List<String> path = List.of(request.path().split("/", -1)).stream().filter(part -> !part.isEmpty()).toList();
        if (path.isEmpty() || !path.get(0).equals("survey")) {
            return ConsolePage.notFound();
        }
        if (path.size() == 1) {
            return request.isPost() ? answering(() -> enterCode(request, context), problems -> codePage(problems, request))
                    : codePage(List.of(), request);
        }
        if (path.size() == 2 && path.get(1).equals("thanks")) {
            return ConsolePage.view("Thank you", "survey-thanks.jte", Map.of());
        }
        if (path.size() == 3 && path.get(1).equals("code")) {
            return respond(request, context, new ByCode(path.get(2)));
        }
        if (path.size() == 2) {
            return respond(request, context, new ByLink(path.get(1)));
        }
        return ConsolePage.notFound();
    }

    /** How the respondent reached the questionnaire: their personal link, or the school code. */
    private sealed interface Entry permits ByLink, ByCode {

        Questionnaire questionnaire(StaffSurvey survey);

        void answer(StaffSurvey survey, ConsoleRequest request, Map<String, Integer> answers);

        String address();
    }

    private record ByLink(String token) implements Entry {

        public Questionnaire questionnaire(StaffSurvey survey) {
            return survey.questionnaire(token);
        }

        public void answer(StaffSurvey survey, ConsoleRequest request, Map<String, Integer> answers) {
            survey.answer(token, answers);
        }

        public String address() {
            return "survey/" + token;
        }
    }

    private record ByCode(String code) implements Entry {

        public Questionnaire questionnaire(StaffSurvey survey) {
            return survey.questionnaireByCode(code);
        }

        public void answer(StaffSurvey survey, ConsoleRequest request, Map<String, Integer> answers) {
            survey.answerByCode(code, request.parameter("staffGroup"), answers);
        }

        public String address() {
            return "survey/code/" + code;
        }
    }

    private static ConsolePage respond(ConsoleRequest request, ModuleContext context, Entry entry) {
        return request.isPost()
                ? answering(() -> answer(request, context, entry), problems -> questionnaire(context, entry, problems, request))
                : answering(() -> questionnaire(context, entry, List.of(), request));
    }

    private static ConsolePage codePage(List<String> errors, ConsoleRequest request) {
        return ConsolePage.view("Staff survey", "survey-code.jte",
                Map.of("errors", errors, "code", request.parameter("code").orElse("")));
    }

    private static ConsolePage enterCode(ConsoleRequest request, ModuleContext context) {
        Questionnaire questionnaire = new StaffSurvey(context).questionnaireByCode(request.parameter("code").orElse(""));
        return ConsolePage.redirect("survey/code/" + questionnaire.code().orElseThrow(),
                "Code accepted. The survey is anonymous: your name is not asked for or kept.");
    }

    /**
     * Sends the answers. A personal link that was already used answers exactly as a first answer
     * does (the core keeps only the first), so whoever holds the links cannot tell who answered;
     * "Your answers are in" shows only in the browser that sent them.
     */
    private static ConsolePage answer(ConsoleRequest request, ModuleContext context, Entry entry) {
        StaffSurvey survey = new StaffSurvey(context);
        Questionnaire questionnaire = entry.questionnaire(survey);
        Map<String, Integer> answers = new HashMap<>();
        for (Area area : questionnaire.framework().areas()) {
            for (SurveyItem item : area.surveyItems()) {
                request.parameter(item.key()).filter(value -> !value.isBlank()).ifPresent(value -> answers.put(item.key(), number(value)));
            }
        }
        entry.answer(survey, request, answers);
        return ConsolePage.redirect("survey/thanks", "Your answers are in. Thank you.");
    }

    private static int number(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw AuditException.invalid("answers: each answer is a number from 1 (strongly disagree) to 5 (strongly agree).");
        }
    }

    private static ConsolePage questionnaire(ModuleContext context, Entry entry, List<String> errors, ConsoleRequest request) {
        Questionnaire questionnaire = entry.questionnaire(new StaffSurvey(context));
        Map<String, String> chosen = new HashMap<>();
        questionnaire.framework().areas().forEach(area -> area.surveyItems().forEach(item ->
                request.parameter(item.key()).ifPresent(value -> chosen.put(item.key(), value))));
        return ConsolePage.view("Staff survey: " + questionnaire.schoolName(), "survey.jte", Map.of("page",
                new SurveyPage(questionnaire, entry.address(), errors, chosen, request.parameter("staffGroup"))));
    }

    /** The questionnaire with what the respondent chose so far, when the form comes back with errors. */
    public record SurveyPage(Questionnaire questionnaire, String address, List<String> errors, Map<String, String> chosen,
                             Optional<String> group) {

        public boolean checked(SurveyItem item, int value) {
            return String.valueOf(value).equals(chosen.get(item.key()));
        }

        public String groupLabel(String code) {
            return ReportPage.groupLabel(code);
        }

        public static List<String> scale() {
            return List.of("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree");
        }
    }
}
