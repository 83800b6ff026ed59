package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.framework.Framework;
import org.canopy.plugins.cpdaudit.framework.MeanOfAreas;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.area;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.criterion;
import static org.canopy.plugins.cpdaudit.framework.Frameworks.framework;

class TransformationPrioritiesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 10);

    private final Framework framework = framework(new MeanOfAreas(),
            area("climate", criterion("c1", 1)), area("impact", criterion("i1", 1)), area("needs", criterion("n1", 1)));

    private static TransformationPriority priority(String area, Action... actions) {
        return new TransformationPriority(area, "Improve " + area, List.of(actions));
    }

    private static Action action(RagStatus status, LocalDate due, boolean complete) {
        return new Action("Coach middle leaders", "Deputy head", due, status, complete);
    }

    @Test
    void twoPrioritiesInDifferentAreasCanBePublished() {
        var priorities = new TransformationPriorities(List.of(priority("climate"), priority("impact")));

        assertThat(priorities.problemsForPublication(framework)).isEmpty();
    }

    @Test
    void aPublishedAuditHasExactlyTwoPriorities() {
        var one = new TransformationPriorities(List.of(priority("climate")));
        var three = new TransformationPriorities(List.of(priority("climate"), priority("impact"), priority("needs")));

        assertThat(one.problemsForPublication(framework))
                .containsExactly("a published audit has exactly 2 transformation priorities, not 1");
        assertThat(three.problemsForPublication(framework))
                .containsExactly("a published audit has exactly 2 transformation priorities, not 3");
    }

    @Test
    void thePrioritiesAreInDifferentAreas() {
        var sameArea = new TransformationPriorities(List.of(priority("climate"), priority("climate")));

        assertThat(sameArea.problemsForPublication(framework))
                .containsExactly("each transformation priority needs an area of its own");
    }

    @Test
    void eachPriorityIsInAnAreaOfTheAuditsFramework() {
        var priorities = new TransformationPriorities(List.of(priority("climate"), priority("pay")));

        assertThat(priorities.problemsForPublication(framework))
                .containsExactly("priority area 'pay' is not an area of framework test version 1");
    }

    @Test
    void greenActionsNotYetDueAreOnTrackIncludingThoseDueToday() {
        assertThat(action(RagStatus.GREEN, TODAY.plusDays(30), false).isOnTrack(TODAY)).isTrue();
        assertThat(action(RagStatus.GREEN, TODAY, false).isOnTrack(TODAY)).isTrue();
    }

    @Test
    void anOverdueIncompleteActionIsNotOnTrackWhateverItsRating() {
        assertThat(action(RagStatus.GREEN, TODAY.minusDays(1), false).isOnTrack(TODAY)).isFalse();
    }

    @Test
    void amberAndRedActionsAreNotOnTrack() {
        assertThat(action(RagStatus.AMBER, TODAY.plusDays(30), false).isOnTrack(TODAY)).isFalse();
        assertThat(action(RagStatus.RED, TODAY.plusDays(30), false).isOnTrack(TODAY)).isFalse();
    }

    @Test
    void aCompleteActionIsOnTrack() {
        assertThat(action(RagStatus.AMBER, TODAY.minusDays(10), true).isOnTrack(TODAY)).isTrue();
    }

    @Test
    void actionsOnTrackCountsAcrossBothPriorities() {
        var priorities = new TransformationPriorities(List.of(
                priority("climate", action(RagStatus.GREEN, TODAY.plusDays(5), false), action(RagStatus.RED, TODAY, false)),
                priority("impact", action(RagStatus.GREEN, TODAY.minusDays(5), true), action(RagStatus.GREEN, TODAY.minusDays(5), false))));

        assertThat(priorities.actionsOnTrack(TODAY)).isEqualTo(new Share(2, 4));
    }

    @Test
    void prioritiesWithoutActionsHaveNoOnTrackPercentage() {
        var priorities = new TransformationPriorities(List.of(priority("climate"), priority("impact")));

        assertThat(priorities.actionsOnTrack(TODAY).percent()).isEmpty();
    }
}
