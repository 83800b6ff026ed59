package org.canopy.plugins.cpdaudit.console;

import org.canopy.platform.api.ConsolePage;
import org.canopy.platform.api.ConsoleRequest;
import org.canopy.platform.api.ModuleContext;
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
        if (path.size() == 1 && path.get(0).equals("survey")) {
            return request.isPost() ? answering(() -> enterCode(request, context), problems -> codePage(problems, request))
                    : codePage(List.of(), request);
        }
        if (path.size() == 2 && path.get(0).equals("survey") && path.get(1).equals("thanks")) {
            return ConsolePage.view("Thank you", "survey-thanks.jte", Map.of());
        }
        if (path.size() == 2 && path.get(0).equals("survey")) {
            String token = path.get(1);
            return request.isPost()
                    ? answering(() -> answer(request, context, token), problems -> questionnaire(context, token, problems, request))
                    : answering(() -> questionnaire(context, token, List.of(), request));
        }
        return ConsolePage.notFound();
    }

    private static ConsolePage codePage(List<String> errors, ConsoleRequest request) {
        return ConsolePage.view("Staff survey", "survey-code.jte",
                Map.of("errors", errors, "code", request.parameter("code").orElse("")));
    }

    private static ConsolePage enterCode(ConsoleRequest request, ModuleContext context) {
        return ConsolePage.redirect("survey/" + new StaffSurvey(context).enterCode(request.parameter("code").orElse("")),
                "Code accepted. The survey is anonymous: your name is not asked for or kept.");
    }

    private static ConsolePage answer(ConsoleRequest request, ModuleContext context, String token) {
        StaffSurvey survey = new StaffSurvey(context);
        Questionnaire questionnaire = survey.questionnaire(token);
        Map<String, String> answers = new HashMap<>();
        for (Area area : questionnaire.framework().areas()) {
            for (SurveyItem item : area.surveyItems()) {
                request.parameter(item.key()).ifPresent(value -> answers.put(item.key(), value));
            }
        }
        survey.answer(token, request.parameter("staffGroup"), answers);
        return ConsolePage.redirect("survey/thanks", "Your answers are in. Thank you.");
    }

    private static ConsolePage questionnaire(ModuleContext context, String token, List<String> errors, ConsoleRequest request) {
        Questionnaire questionnaire = new StaffSurvey(context).questionnaire(token);
        Map<String, String> chosen = new HashMap<>();
        questionnaire.framework().areas().forEach(area -> area.surveyItems().forEach(item ->
                request.parameter(item.key()).ifPresent(value -> chosen.put(item.key(), value))));
        return ConsolePage.view("Staff survey: " + questionnaire.schoolName(), "survey.jte", Map.of("page",
                new SurveyPage(questionnaire, errors, chosen, request.parameter("staffGroup"))));
    }

    /** The questionnaire with what the respondent chose so far, when the form comes back with errors. */
    public record SurveyPage(Questionnaire questionnaire, List<String> errors, Map<String, String> chosen, Optional<String> group) {

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
