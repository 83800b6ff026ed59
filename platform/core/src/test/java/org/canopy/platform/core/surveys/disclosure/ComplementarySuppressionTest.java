package org.canopy.platform.core.surveys.disclosure;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ComplementarySuppressionTest {

    private static final Threshold FIVE = Threshold.PLATFORM;

    @Test
    void aParentUnderFiveShowsNothing() {
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 2, "support", 2), FIVE);
        assertThat(partition.parentShown()).isFalse();
        assertThat(partition.shown()).isEmpty();
        assertThat(partition.pooled()).isEmpty();
    }

    @Test
    void groupsOfFiveOrMoreAreAllShown() {
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 6, "support", 5), FIVE);
        assertThat(partition.parentShown()).isTrue();
        assertThat(partition.shown()).containsExactly("teacher", "support");
        assertThat(partition.pooled()).isEmpty();
    }

    @Test
    void oneSmallGroupTakesTheSmallestShownGroupIntoThePool() {
        // pool {support 3} < 5, so the smallest shown group (leaders 6, not teachers 10) joins it: 9
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 10, "support", 3, "leader", 6), FIVE);
        assertThat(partition.shown()).containsExactly("teacher");
        assertThat(partition.pooled()).containsExactly("support", "leader");
    }

    @Test
    void fiveTeachersAndOneSupportShowOnlyTheSchool() {
        // the finding: 6 respondents minus 5 shown teachers would give away the one support answer
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 5, "support", 1), FIVE);
        assertThat(partition.parentShown()).isTrue();
        assertThat(partition.shown()).isEmpty();
        assertThat(partition.pooled()).isEmpty();
    }

    @Test
    void tiesGoByDisplayOrder() {
        // pool {c 2}; a and b both have 5: a comes first, so a joins: pool 7
        ComplementarySuppression partition = ComplementarySuppression.of(groups("a", 5, "b", 5, "c", 2, "d", 7), FIVE);
        assertThat(partition.shown()).containsExactly("b", "d");
        assertThat(partition.pooled()).containsExactly("a", "c");
    }

    @Test
    void smallGroupsThatAddUpToFivePoolAlone() {
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 10, "support", 3, "leader", 2), FIVE);
        assertThat(partition.shown()).containsExactly("teacher");
        assertThat(partition.pooled()).containsExactly("support", "leader");
    }

    @Test
    void aGroupNobodyAnsweredInIsNeitherShownNorPooled() {
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 10, "support", 0, "leader", 6), FIVE);
        assertThat(partition.shown()).containsExactly("teacher", "leader");
        assertThat(partition.pooled()).isEmpty();
    }

    @Test
    void aPoolThatWouldBeEveryGroupShowsOnlyTheParent() {
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 3, "support", 3), FIVE);
        assertThat(partition.parentShown()).isTrue();
        assertThat(partition.shown()).isEmpty();
        assertThat(partition.pooled()).isEmpty();
    }

    @Test
    void aRaisedThresholdAppliesToGroupsAndPools() {
        ComplementarySuppression partition = ComplementarySuppression.of(groups("teacher", 9, "support", 5, "leader", 8), new Threshold(8));
        // support 5 < 8 is pooled; 5 < 8, so leaders (8, smaller than teachers' 9) join: 13
        assertThat(partition.shown()).containsExactly("teacher");
        assertThat(partition.pooled()).containsExactly("support", "leader");
    }

    @Test
    void theThresholdIsNeverLoweredBelowFive() {
        assertThatThrownBy(() -> new Threshold(4)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Threshold(5).allows(5)).isTrue();
        assertThat(new Threshold(5).allows(4)).isFalse();
    }

    private static Map<String, Integer> groups(Object... namesAndCounts) {
        Map<String, Integer> groups = new LinkedHashMap<>();
        for (int i = 0; i < namesAndCounts.length; i += 2) {
            groups.put((String) namesAndCounts[i], (Integer) namesAndCounts[i + 1]);
        }
        return groups;
    }

}
