package org.canopy.platform.core.surveys;

import org.canopy.platform.api.StaffSurveys.Refused;
import org.canopy.platform.api.StaffSurveys.Survey;

import java.util.List;
import java.util.Map;

/** A respondent's answers checked against the survey: each to one of its items, on its scale, at least one. */
final class AnswerSheet {

    private AnswerSheet() {
    }

    /** The answers in item order, {@code null} where skipped. */
    static Integer[] of(Survey survey, Map<String, Integer> answers) {
        List<String> keys = survey.items().stream().map(item -> item.key()).toList();
        Integer[] sheet = new Integer[keys.size()];
        answers.forEach((item, answer) -> {
            int position = keys.indexOf(item);
            if (position < 0) {
                throw invalid("'" + item + "' is not a statement of this survey.");
            }
            if (answer != null && (answer < 1 || answer > survey.scale().size())) {
                throw invalid("each answer is a number from 1 (" + survey.scale().get(0) + ") to " + survey.scale().size()
                        + " (" + survey.scale().get(survey.scale().size() - 1) + ").");
            }
            sheet[position] = answer;
        });
        if (java.util.Arrays.stream(sheet).allMatch(answer -> answer == null)) {
            throw invalid("answer at least one statement.");
        }
        return sheet;
    }

    private static Refused invalid(String message) {
        return new Refused(Refused.Reason.INVALID, "answers", "answers: " + message);
    }
}
