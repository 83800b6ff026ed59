package org.canopy.plugins.cpdaudit.survey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which results of an anonymous survey may be shown: the whole (e.g. a school) and the groups of one
 * partition of it (e.g. staff groups), given how many people responded in each.
 * <ol>
 * <li>No result is shown for fewer than {@value #MINIMUM_RESPONDENTS} respondents.</li>
 * <li>No one may subtract shown groups from the shown whole to reach fewer than
 * {@value #MINIMUM_RESPONDENTS}: the respondents in no shown group (including any who gave no group)
 * must be none or at least {@value #MINIMUM_RESPONDENTS}. When they are 1 to 4, the smallest shown
 * group is withheld as well (complementary suppression): so when exactly one group is withheld for
 * being small, the next-smallest goes with it, and likewise when several small groups add up to
 * fewer than {@value #MINIMUM_RESPONDENTS}. One more group is always enough, as it has at least
 * {@value #MINIMUM_RESPONDENTS} respondents itself.</li>
 * </ol>
 * A nested breakdown (e.g. teachers by key stage) applies the rule again with the parent group as the
 * whole, and only when the parent group is shown. Response counts are not results (see
 * {@link StaffSurveyReport}).
 */
public record SurveyDisclosure(boolean wholeShown, Set<String> shownGroups) {

    public static final int MINIMUM_RESPONDENTS = 5;

    public SurveyDisclosure {
        shownGroups = Set.copyOf(shownGroups);
    }

    public static SurveyDisclosure forRespondents(int wholeRespondents, Map<String, Integer> respondentsByGroup) {
        requireGroupsWithinWhole(wholeRespondents, respondentsByGroup);
        if (wholeRespondents < MINIMUM_RESPONDENTS) {
            return new SurveyDisclosure(false, Set.of());
        }
        List<Map.Entry<String, Integer>> shown = respondentsByGroup.entrySet().stream()
                .filter(group -> group.getValue() >= MINIMUM_RESPONDENTS)
                .sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .collect(Collectors.toCollection(ArrayList::new));
        if (isSmallButNotEmpty(wholeRespondents - respondents(shown))) {
            shown.remove(0);
        }
        return new SurveyDisclosure(true, shown.stream().map(Map.Entry::getKey).collect(Collectors.toSet()));
    }

    public boolean shows(String group) {
        return shownGroups.contains(group);
    }

    private static boolean isSmallButNotEmpty(int respondents) {
        return respondents > 0 && respondents < MINIMUM_RESPONDENTS;
    }

    private static int respondents(List<Map.Entry<String, Integer>> groups) {
        return groups.stream().mapToInt(Map.Entry::getValue).sum();
    }

    private static void requireGroupsWithinWhole(int wholeRespondents, Map<String, Integer> respondentsByGroup) {
        if (respondentsByGroup.values().stream().anyMatch(count -> count < 0)) {
            throw new IllegalArgumentException("a group cannot have fewer than 0 respondents: " + respondentsByGroup);
        }
        int inGroups = respondentsByGroup.values().stream().mapToInt(Integer::intValue).sum();
        if (inGroups > wholeRespondents) {
            throw new IllegalArgumentException("the groups have " + inGroups + " respondents, more than the whole's "
                    + wholeRespondents + ": they must partition it");
        }
    }
}
