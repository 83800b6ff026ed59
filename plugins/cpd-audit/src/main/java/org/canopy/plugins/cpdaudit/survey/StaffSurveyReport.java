package org.canopy.plugins.cpdaudit.survey;

import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.framework.Area;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.SurveyItem;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A school's whole-staff survey: response rates, and the mean agreement (1 to 5) per area for the
 * school and per staff group, as far as {@link SurveyDisclosure} allows.
 * <p>
 * Response rates are shown for every group, however small: they count who answered, which leaders
 * know from the invitation list anyway, and reveal no answer. Means are withheld for the whole school
 * when it has fewer than five respondents ({@code meanAgreementByArea} is then empty), and for every
 * group in {@code withheldGroups}. An area no respondent answered has no mean.
 */
public record StaffSurveyReport(Share responseRate, Map<String, Share> responseRateByGroup,
                                Map<String, Double> meanAgreementByArea,
                                Map<String, Map<String, Double>> meanAgreementByGroup, Set<String> withheldGroups) {

    public static StaffSurveyReport of(Framework framework, Map<String, Integer> invitedByGroup,
                                       List<SurveyResponse> responses) {
        requireKnownItems(framework, responses);
        Map<String, List<SurveyResponse>> responsesByGroup = byGroup(responses, invitedByGroup);
        Map<String, Share> rateByGroup = responseRates(invitedByGroup, responsesByGroup);
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(responses.size(), respondents(responsesByGroup));
        return new StaffSurveyReport(wholeRate(rateByGroup.values()), rateByGroup,
                disclosure.wholeShown() ? meanAgreementByArea(framework, responses) : Map.of(),
                meanAgreementOfShownGroups(framework, disclosure, responsesByGroup),
                invitedByGroup.keySet().stream().filter(group -> !disclosure.shows(group))
                        .collect(Collectors.toCollection(TreeSet::new)));
    }

    private static Map<String, List<SurveyResponse>> byGroup(List<SurveyResponse> responses, Map<String, Integer> invitedByGroup) {
        Map<String, List<SurveyResponse>> byGroup = new TreeMap<>();
        invitedByGroup.keySet().forEach(group -> byGroup.put(group, List.of()));
        Map<String, List<SurveyResponse>> responded = responses.stream().collect(Collectors.groupingBy(SurveyResponse::staffGroup));
        responded.forEach((group, groupResponses) -> {
            if (!invitedByGroup.containsKey(group)) {
                throw new IllegalArgumentException("responses from staff group '" + group + "', which was not invited");
            }
            byGroup.put(group, groupResponses);
        });
        return byGroup;
    }

    private static Map<String, Share> responseRates(Map<String, Integer> invitedByGroup,
                                                    Map<String, List<SurveyResponse>> responsesByGroup) {
        Map<String, Share> rates = new TreeMap<>();
        invitedByGroup.forEach((group, invited) -> {
            int respondents = responsesByGroup.get(group).size();
            if (respondents > invited) {
                throw new IllegalArgumentException(respondents + " responses from staff group '" + group
                        + "', but only " + invited + " invited");
            }
            rates.put(group, new Share(respondents, invited));
        });
        return rates;
    }

    private static Share wholeRate(Collection<Share> groupRates) {
        return new Share(groupRates.stream().mapToInt(Share::count).sum(), groupRates.stream().mapToInt(Share::outOf).sum());
    }

    private static Map<String, Integer> respondents(Map<String, List<SurveyResponse>> responsesByGroup) {
        Map<String, Integer> respondents = new TreeMap<>();
        responsesByGroup.forEach((group, responses) -> respondents.put(group, responses.size()));
        return respondents;
    }

    private static Map<String, Map<String, Double>> meanAgreementOfShownGroups(
            Framework framework, SurveyDisclosure disclosure, Map<String, List<SurveyResponse>> responsesByGroup) {
        Map<String, Map<String, Double>> means = new TreeMap<>();
        disclosure.shownGroups().forEach(group -> means.put(group, meanAgreementByArea(framework, responsesByGroup.get(group))));
        return means;
    }

    private static Map<String, Double> meanAgreementByArea(Framework framework, Collection<SurveyResponse> responses) {
        Map<String, Double> means = new LinkedHashMap<>();
        for (Area area : framework.areas()) {
            meanAgreement(area, responses).ifPresent(mean -> means.put(area.key(), mean));
        }
        return means;
    }

    private static OptionalDouble meanAgreement(Area area, Collection<SurveyResponse> responses) {
        Set<String> items = area.surveyItems().stream().map(SurveyItem::key).collect(Collectors.toSet());
        return responses.stream()
                .flatMap(response -> response.answersByItem().entrySet().stream())
                .filter(answer -> items.contains(answer.getKey()))
                .mapToInt(Map.Entry::getValue)
                .average();
    }

    private static void requireKnownItems(Framework framework, List<SurveyResponse> responses) {
        Set<String> known = framework.areas().stream().flatMap(area -> area.surveyItems().stream())
                .map(SurveyItem::key).collect(Collectors.toSet());
        responses.stream().flatMap(response -> response.answersByItem().keySet().stream())
                .filter(item -> !known.contains(item)).findFirst().ifPresent(item -> {
                    throw new IllegalArgumentException("an answer to '" + item + "', which is not an item of framework "
                            + framework.key() + " version " + framework.version());
                });
    }
}
