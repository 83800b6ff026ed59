package org.canopy.platform.core.surveys.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Which subgroups of one partition (e.g. the staff groups of a school, for one area) may be shown,
 * given how many people answered in each (MODULES.md R-D4 a, b):
 * <ol>
 *   <li>nothing is shown when the parent has fewer than k;</li>
 *   <li>subgroups under k (but not empty) are pooled into "Other groups (combined)";</li>
 *   <li>while the pool holds 1 to k − 1 people, the smallest shown subgroup joins it (ties: the
 *       first in display order), so the parent minus the shown subgroups is never 1 to k − 1;</li>
 *   <li>when the pool would swallow every subgroup, only the parent is shown.</li>
 * </ol>
 * A subgroup nobody answered in is neither shown nor pooled: subtracting it reveals no one.
 */
public record ComplementarySuppression(boolean parentShown, List<String> shown, List<String> pooled) {

    public ComplementarySuppression {
        shown = List.copyOf(shown);
        pooled = List.copyOf(pooled);
    }

    /** {@code respondentsBySubgroup} in display order; every respondent of the parent is in one subgroup. */
    public static ComplementarySuppression of(Map<String, Integer> respondentsBySubgroup, Threshold threshold) {
        int parent = respondentsBySubgroup.values().stream().mapToInt(Integer::intValue).sum();
        if (!threshold.allows(parent)) {
            return new ComplementarySuppression(false, List.of(), List.of());
        }
        List<String> order = List.copyOf(respondentsBySubgroup.keySet());
        List<String> visible = new ArrayList<>();
        List<String> pooled = new ArrayList<>();
        respondentsBySubgroup.forEach((group, n) -> {
            if (threshold.allows(n)) {
                visible.add(group);
            } else if (n > 0) {
                pooled.add(group);
            }
        });
        int pool = pooled.stream().mapToInt(respondentsBySubgroup::get).sum();
        while (pool > 0 && !threshold.allows(pool) && !visible.isEmpty()) {
            String smallest = visible.stream().min(Comparator.comparing(respondentsBySubgroup::get)).orElseThrow();
            visible.remove(smallest);
            pooled.add(smallest);
            pool += respondentsBySubgroup.get(smallest);
        }
        if (visible.isEmpty()) {
            return new ComplementarySuppression(true, List.of(), List.of());
        }
        pooled.sort(Comparator.comparing(order::indexOf));
        return new ComplementarySuppression(true, visible, pooled);
    }
}
