package org.canopy.platform.core.surveys.disclosure;

import org.canopy.platform.api.StaffSurveys.AreaResult;
import org.canopy.platform.api.StaffSurveys.Cell;
import org.canopy.platform.api.StaffSurveys.Definition;
import org.canopy.platform.api.StaffSurveys.GroupRate;
import org.canopy.platform.api.StaffSurveys.Item;
import org.canopy.platform.api.StaffSurveys.Results;
import org.canopy.platform.api.StaffSurveys.Survey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SurveyDisclosureTest {

    /** Two climate items, then one reverse-coded leadership item; agree scale 1 to 5. */
    private static final Survey SURVEY = new Survey(UUID.randomUUID(), UUID.randomUUID(), false, Optional.empty(),
            List.of(new Item("c1", "climate", "Everyone is included", false), new Item("c2", "climate", "I am encouraged", false),
                    new Item("l1", "leadership", "Leaders do not care", true)),
            Definition.AGREE_SCALE, List.of("teacher", "support"), 5);
    private static final Map<String, Integer> INVITED = Map.of("teacher", 6, "support", 3);

    @Test
    void someoneWhoAnswersAnAreaFiveOthersSkippedIsNotShownAlone() {
        List<StoredResponse> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(new StoredResponse("teacher", new Integer[] {4, 4, null}));
        }
        responses.add(new StoredResponse("teacher", new Integer[] {null, null, 1}));

        Results results = new SurveyDisclosure(SURVEY).disclose(INVITED, responses);

        assertThat(results.respondents()).isEqualTo(6);
        assertThat(results.area("leadership").orElseThrow().school()).isEqualTo(Cell.withheld());
        assertThat(results.items().get(2).school().shown()).isFalse();
        Cell climate = results.area("climate").orElseThrow().school();
        assertThat(climate.respondents()).hasValue(5);
        assertThat(climate.mean()).hasValue(new BigDecimal("4.00"));
    }

    @Test
    void meansCountEveryAnswerOfThePeopleWhoAnsweredTheAreaRoundedToTwoPlaces() {
        // climate answers: c1 4,4,5,3,2 and c2 5,5,4,-,4: 36 over 9 answers = 4.00; favourable 4+ : 3 + 4 = 7 of 9 = 77.8%
        // leadership (reverse-coded) answers 1,2,1,2,5 score 5,4,5,4,1: 19/5 = 3.80; favourable 4 of 5 = 80.0%
        List<StoredResponse> responses = List.of(
                new StoredResponse("teacher", new Integer[] {4, 5, 1}),
                new StoredResponse("teacher", new Integer[] {4, 5, 2}),
                new StoredResponse("teacher", new Integer[] {5, 4, 1}),
                new StoredResponse("teacher", new Integer[] {3, null, 2}),
                new StoredResponse("teacher", new Integer[] {2, 4, 5}));

        Results results = new SurveyDisclosure(SURVEY).disclose(INVITED, responses);

        Cell climate = results.area("climate").orElseThrow().school();
        assertThat(climate).isEqualTo(new Cell(OptionalInt.of(5), Optional.of(new BigDecimal("4.00")), Optional.of(new BigDecimal("77.8"))));
        Cell leadership = results.area("leadership").orElseThrow().school();
        assertThat(leadership).isEqualTo(new Cell(OptionalInt.of(5), Optional.of(new BigDecimal("3.80")), Optional.of(new BigDecimal("80.0"))));
        // item c2 was answered by 4 people only
        assertThat(results.items().get(1).school().shown()).isFalse();
        assertThat(results.items().get(0).school().mean()).hasValue(new BigDecimal("3.60"));
    }

    @Test
    void aMeanIsRoundedHalfUp() {
        // c1: 4,4,4,3,3,4 = 22/6 = 3.666… → 3.67
        List<StoredResponse> responses = new ArrayList<>();
        for (int answer : new int[] {4, 4, 4, 3, 3, 4}) {
            responses.add(new StoredResponse("teacher", new Integer[] {answer, null, null}));
        }
        Results results = new SurveyDisclosure(SURVEY).disclose(INVITED, responses);
        assertThat(results.items().get(0).school().mean()).hasValue(new BigDecimal("3.67"));
    }

    @Test
    void fiveTeachersAndOneSupportShowOnlyTheSchoolForTheAreaAndTheRates() {
        List<StoredResponse> responses = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            responses.add(new StoredResponse("teacher", new Integer[] {5, 5, 1}));
        }
        responses.add(new StoredResponse("support", new Integer[] {1, 1, 5}));

        Results results = new SurveyDisclosure(SURVEY).disclose(INVITED, responses);

        AreaResult climate = results.area("climate").orElseThrow();
        assertThat(climate.school().respondents()).hasValue(6);
        assertThat(climate.school().mean()).hasValue(new BigDecimal("4.33"));
        assertThat(climate.byGroup()).isEmpty();
        assertThat(climate.otherGroups()).isEmpty();
        assertThat(results.rateByGroup()).containsExactly(new GroupRate("teacher", 6, OptionalInt.empty()),
                new GroupRate("support", 3, OptionalInt.empty()));
    }

    @Test
    void smallGroupsArePooledPerAreaFromThePeopleWhoAnsweredIt() {
        Survey survey = new Survey(SURVEY.id(), SURVEY.school(), false, Optional.empty(), SURVEY.items(), SURVEY.scale(),
                List.of("teacher", "support", "leader"), 5);
        List<StoredResponse> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            responses.add(new StoredResponse("teacher", new Integer[] {4, 4, 2}));
        }
        for (int i = 0; i < 6; i++) {
            // six leaders; only five of them answer leadership
            responses.add(new StoredResponse("leader", new Integer[] {5, 5, i == 0 ? null : 1}));
        }
        for (int i = 0; i < 2; i++) {
            responses.add(new StoredResponse("support", new Integer[] {2, 2, 5}));
        }

        Results results = new SurveyDisclosure(survey).disclose(Map.of("teacher", 12, "leader", 6, "support", 4), responses);

        AreaResult climate = results.area("climate").orElseThrow();
        // support 2 pooled with the smaller shown group, leaders (6): 8 people, (2·2·2 + 6·2·5) / 16 = 68/16 = 4.25
        assertThat(climate.byGroup()).containsOnlyKeys("teacher");
        assertThat(climate.byGroup().get("teacher").mean()).hasValue(new BigDecimal("4.00"));
        assertThat(climate.pooledGroups()).containsExactly("support", "leader");
        assertThat(climate.otherGroups().orElseThrow().respondents()).hasValue(8);
        assertThat(climate.otherGroups().orElseThrow().mean()).hasValue(new BigDecimal("4.25"));
        AreaResult leadership = results.area("leadership").orElseThrow();
        // leaders 5 shown? support 2 pools with the smallest shown group: leaders (5), so 7
        assertThat(leadership.byGroup()).containsOnlyKeys("teacher");
        assertThat(leadership.otherGroups().orElseThrow().respondents()).hasValue(7);
    }

    @Test
    void countsBeyondTheInvitationsOrFromUninvitedGroupsNeverThrow() {
        List<StoredResponse> responses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            responses.add(new StoredResponse("support", new Integer[] {3, 3, 3}));
        }
        responses.add(new StoredResponse("governor", new Integer[] {9, null, null}));

        Results results = new SurveyDisclosure(SURVEY).disclose(INVITED, responses);

        assertThat(results.respondents()).isEqualTo(8);
        assertThat(results.invited()).isEqualTo(9);
        // the out-of-scale answer counts nowhere; the governor answered nothing valid
        assertThat(results.area("climate").orElseThrow().school().respondents()).hasValue(7);
        assertThat(results.rateByGroup()).extracting(GroupRate::staffGroup).containsExactly("teacher", "support", "governor");
    }
}
