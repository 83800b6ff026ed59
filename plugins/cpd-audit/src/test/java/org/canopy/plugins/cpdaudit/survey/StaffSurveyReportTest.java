package org.canopy.plugins.cpdaudit.survey;

import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.MeanOfAreas;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.within;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;

class StaffSurveyReportTest {

    private final Framework framework = framework(new MeanOfAreas(),
            area("climate", criterion("c1", 1)), area("impact", criterion("i1", 1)));

    private static List<SurveyResponse> responses(String group, int count, int climate, int impact) {
        List<SurveyResponse> responses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            responses.add(new SurveyResponse(group, Map.of("climate-item", climate, "impact-item", impact)));
        }
        return responses;
    }

    private static List<SurveyResponse> all(List<SurveyResponse> first, List<SurveyResponse> second) {
        List<SurveyResponse> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    @Test
    void meanAgreementPerAreaForTheSchoolAndEachShownGroup() {
        StaffSurveyReport report = StaffSurveyReport.of(framework, Map.of("teacher", 6, "support", 5),
                all(responses("teacher", 5, 4, 2), responses("support", 5, 2, 3)));

        assertThat(report.meanAgreementByArea()).containsExactly(entry("climate", 3.0), entry("impact", 2.5));
        assertThat(report.meanAgreementByGroup().get("teacher")).containsExactly(entry("climate", 4.0), entry("impact", 2.0));
        assertThat(report.meanAgreementByGroup().get("support")).containsExactly(entry("climate", 2.0), entry("impact", 3.0));
        assertThat(report.withheldGroups()).isEmpty();
    }

    @Test
    void aSmallGroupAndItsComplementAreWithheldButTheSchoolIsShown() {
        StaffSurveyReport report = StaffSurveyReport.of(framework, Map.of("teacher", 10, "support", 6),
                all(responses("teacher", 8, 4, 4), responses("support", 4, 1, 1)));

        assertThat(report.meanAgreementByGroup()).isEmpty();
        assertThat(report.withheldGroups()).containsExactly("support", "teacher");
        assertThat(report.meanAgreementByArea()).containsEntry("climate", 3.0);
    }

    @Test
    void responseRatesShowForEveryGroupHoweverSmall() {
        StaffSurveyReport report = StaffSurveyReport.of(framework, Map.of("teacher", 4, "site", 3),
                all(responses("teacher", 2, 4, 4), responses("site", 1, 3, 3)));

        assertThat(report.responseRate()).isEqualTo(new Share(3, 7));
        assertThat(report.responseRateByGroup()).containsExactly(entry("site", new Share(1, 3)), entry("teacher", new Share(2, 4)));
        assertThat(report.meanAgreementByArea()).as("3 respondents: no result").isEmpty();
        assertThat(report.withheldGroups()).containsExactly("site", "teacher");
    }

    @Test
    void anInvitedGroupWithNoResponsesHasARateOfZero() {
        StaffSurveyReport report = StaffSurveyReport.of(framework, Map.of("teacher", 6, "catering", 2), responses("teacher", 5, 4, 4));

        assertThat(report.responseRateByGroup()).containsEntry("catering", new Share(0, 2));
        assertThat(report.meanAgreementByGroup()).containsOnlyKeys("teacher");
    }

    @Test
    void skippedItemsAreLeftOutOfTheMean() {
        List<SurveyResponse> responses = responses("teacher", 4, 5, 5);
        responses.add(new SurveyResponse("teacher", Map.of("climate-item", 1)));

        StaffSurveyReport report = StaffSurveyReport.of(framework, Map.of("teacher", 5), responses);

        assertThat(report.meanAgreementByArea().get("climate")).isCloseTo(4.2, within(1e-9));
        assertThat(report.meanAgreementByArea().get("impact")).isEqualTo(5.0);
    }

    @Test
    void anAreaNobodyAnsweredHasNoMean() {
        List<SurveyResponse> climateOnly = List.of(new SurveyResponse("teacher", Map.of("climate-item", 3)),
                new SurveyResponse("teacher", Map.of("climate-item", 3)), new SurveyResponse("teacher", Map.of("climate-item", 3)),
                new SurveyResponse("teacher", Map.of("climate-item", 3)), new SurveyResponse("teacher", Map.of("climate-item", 3)));

        assertThat(StaffSurveyReport.of(framework, Map.of("teacher", 5), climateOnly).meanAgreementByArea())
                .containsOnlyKeys("climate");
    }

    @Test
    void answersRunFromOneToFive() {
        assertThatThrownBy(() -> new SurveyResponse("teacher", Map.of("climate-item", 6)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the answer to 'climate-item' is 6; answers run from 1 to 5");
        assertThatThrownBy(() -> new SurveyResponse("teacher", Map.of("climate-item", 0)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void responsesComeFromInvitedGroupsAnsweringTheFrameworksItems() {
        assertThatThrownBy(() -> StaffSurveyReport.of(framework, Map.of("teacher", 5), responses("governor", 1, 3, 3)))
                .hasMessage("responses from staff group 'governor', which was not invited");
        assertThatThrownBy(() -> StaffSurveyReport.of(framework, Map.of("teacher", 5),
                List.of(new SurveyResponse("teacher", Map.of("pay-item", 3)))))
                .hasMessage("an answer to 'pay-item', which is not an item of framework test version 1");
        assertThatThrownBy(() -> StaffSurveyReport.of(framework, Map.of("teacher", 1), responses("teacher", 2, 3, 3)))
                .hasMessage("2 responses from staff group 'teacher', but only 1 invited");
    }
}
