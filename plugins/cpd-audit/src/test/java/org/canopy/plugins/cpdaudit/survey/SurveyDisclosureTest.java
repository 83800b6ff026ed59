package org.canopy.plugins.cpdaudit.survey;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SurveyDisclosureTest {

    @Test
    void aGroupOfFiveIsShownAndAGroupOfFourIsNot() {
        SurveyDisclosure fiveAndFive = SurveyDisclosure.forRespondents(10, Map.of("teacher", 5, "support", 5));
        SurveyDisclosure fiveAndFour = SurveyDisclosure.forRespondents(9, Map.of("teacher", 5, "support", 4));

        assertThat(fiveAndFive.shownGroups()).containsExactlyInAnyOrder("teacher", "support");
        assertThat(fiveAndFour.shows("support")).isFalse();
    }

    @Test
    void aWholeOfFewerThanFiveShowsNothing() {
        assertThat(SurveyDisclosure.forRespondents(4, Map.of("teacher", 4)))
                .isEqualTo(new SurveyDisclosure(false, Set.of()));
        assertThat(SurveyDisclosure.forRespondents(5, Map.of("teacher", 5)).wholeShown()).isTrue();
    }

    @Test
    void theOnlyOtherGroupIsWithheldSoTheSmallOneCannotBeSubtracted() {
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(12, Map.of("teacher", 8, "support", 4));

        assertThat(disclosure.wholeShown()).isTrue();
        assertThat(disclosure.shownGroups()).as("12 - 8 would reveal the 4 support staff").isEmpty();
    }

    @Test
    void theNextSmallestGroupIsWithheldWithTheSmallOne() {
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(30,
                Map.of("teacher", 15, "middle-leader", 7, "teaching-assistant", 6, "site", 2));

        assertThat(disclosure.shownGroups()).containsExactlyInAnyOrder("teacher", "middle-leader");
    }

    @Test
    void smallGroupsAddingUpToFewerThanFiveTakeTheNextSmallestWithThem() {
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(25,
                Map.of("teacher", 10, "middle-leader", 6, "teaching-assistant", 5, "site", 3, "catering", 1));

        assertThat(disclosure.shownGroups()).as("3 + 1 is too few; + 5 is nine").containsExactlyInAnyOrder("teacher", "middle-leader");
    }

    @Test
    void smallGroupsThatTogetherReachFiveNeedNoComplement() {
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(20, Map.of("teacher", 12, "support", 4, "leader", 4));

        assertThat(disclosure.shownGroups()).containsExactly("teacher");
    }

    @Test
    void respondentsWithoutAGroupCountAsWithheld() {
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(12, Map.of("teacher", 8, "support", 1));

        assertThat(disclosure.shownGroups()).as("12 - 8 would reveal the 4 others").isEmpty();
    }

    @Test
    void aGroupNobodyRespondedInRevealsNothing() {
        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(10, Map.of("teacher", 10, "support", 0));

        assertThat(disclosure.shownGroups()).containsExactly("teacher");
    }

    @Test
    void groupsCannotHoldMoreRespondentsThanTheWhole() {
        assertThatThrownBy(() -> SurveyDisclosure.forRespondents(10, Map.of("teacher", 8, "support", 4)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("12 respondents, more than the whole's 10");
    }

    @Test
    void noShownResultEverLetsAGroupOfFewerThanFiveBeDerived() {
        for (int a = 0; a <= 12; a++) {
            for (int b = 0; b <= 12; b++) {
                for (int c = 0; c <= 12; c++) {
                    for (int ungrouped = 0; ungrouped <= 5; ungrouped++) {
                        Map<String, Integer> groups = new LinkedHashMap<>(Map.of("a", a, "b", b, "c", c));
                        int whole = a + b + c + ungrouped;
                        SurveyDisclosure disclosure = SurveyDisclosure.forRespondents(whole, groups);

                        int shown = disclosure.shownGroups().stream().mapToInt(groups::get).sum();
                        assertThat(disclosure.shownGroups()).allSatisfy(group -> assertThat(groups.get(group)).isGreaterThanOrEqualTo(5));
                        if (disclosure.wholeShown()) {
                            assertThat(whole - shown).as("withheld of %s, %d without a group", groups, ungrouped)
                                    .satisfiesAnyOf(withheld -> assertThat(withheld).isZero(),
                                            withheld -> assertThat(withheld).isGreaterThanOrEqualTo(5));
                        } else {
                            assertThat(disclosure.shownGroups()).isEmpty();
                        }
                    }
                }
            }
        }
    }
}
