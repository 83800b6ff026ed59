package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.plugins.cpdaudit.Share;
import org.canopy.plugins.cpdaudit.framework.Framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An audit's transformation priorities. A published audit has exactly {@value #PER_PUBLISHED_AUDIT}
 * (seed 000: the annual audit "identif[ies] two transformation priorities"), each in a different area
 * of the audit's framework: the audit is repeated to measure impact area by area, so two priorities
 * in one area would be one priority measured once.
 */
public record TransformationPriorities(List<TransformationPriority> priorities) {

    public static final int PER_PUBLISHED_AUDIT = 2;

    public TransformationPriorities {
        priorities = List.copyOf(priorities);
    }

    /** Why an audit with these priorities cannot be published yet; empty when it can. */
    public List<String> problemsForPublication(Framework framework) {
        List<String> problems = new ArrayList<>();
        if (priorities.size() != PER_PUBLISHED_AUDIT) {
            problems.add("a published audit has exactly " + PER_PUBLISHED_AUDIT + " transformation priorities, not "
                    + priorities.size());
        }
        priorities.stream().map(TransformationPriority::areaKey).filter(area -> !framework.hasArea(area)).distinct()
                .forEach(area -> problems.add("priority area '" + area + "' is not an area of framework "
                        + framework.key() + " version " + framework.version()));
        if (priorities.stream().map(TransformationPriority::areaKey).distinct().count() < priorities.size()) {
            problems.add("each transformation priority needs an area of its own");
        }
        return problems;
    }

    /**
     * The "priorities on track" metric: of all the priorities' actions, how many are on track today
     * (see {@link Action#isOnTrack}); 0 of 0 when no action is planned yet.
     */
    public Share actionsOnTrack(LocalDate today) {
        return Action.onTrack(priorities.stream().flatMap(priority -> priority.actions().stream()).toList(), today);
    }
}
