package org.canopy.plugins.cpdaudit.yearonyear;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A school's audit against its previous one: each area's movement, the overall movement, and what
 * became of the previous audit's priorities. Only areas both audits judged are compared (a new
 * framework version may add or drop one), so a priority whose area was dropped has no outcome.
 */
public record YearOnYearComparison(Map<String, Movement> areaMovements, Movement overallMovement,
                                   List<PriorityOutcome> previousPriorities) {

    public static YearOnYearComparison of(AuditResult previous, AuditResult current) {
        requireSameSchoolInOrder(previous, current);
        Map<String, Movement> areas = new LinkedHashMap<>();
        current.areaLevels().forEach((area, level) -> {
            if (previous.areaLevels().containsKey(area)) {
                areas.put(area, Movement.between(previous.areaLevels().get(area), level));
            }
        });
        List<PriorityOutcome> priorities = previous.priorities().priorities().stream()
                .filter(priority -> areas.containsKey(priority.areaKey()))
                .map(priority -> new PriorityOutcome(priority, areas.get(priority.areaKey())))
                .toList();
        return new YearOnYearComparison(areas, Movement.between(previous.overallLevel(), current.overallLevel()), priorities);
    }

    public boolean improvedInAnyArea() {
        return areaMovements.containsValue(Movement.UP);
    }

    public boolean improvedOverall() {
        return overallMovement == Movement.UP;
    }

    private static void requireSameSchoolInOrder(AuditResult previous, AuditResult current) {
        if (!previous.schoolUrn().equals(current.schoolUrn())) {
            throw new IllegalArgumentException("school " + current.schoolUrn() + " cannot be compared with school "
                    + previous.schoolUrn());
        }
        if (!previous.yearStartsOn().isBefore(current.yearStartsOn())) {
            throw new IllegalArgumentException("the previous audit (year from " + previous.yearStartsOn()
                    + ") must be of an earlier academic year than the current one (" + current.yearStartsOn() + ")");
        }
    }
}
