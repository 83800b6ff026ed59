package org.canopy.plugins.cpdaudit.yearonyear;

import org.canopy.plugins.cpdaudit.framework.Level;
import org.canopy.plugins.cpdaudit.priorities.TransformationPriorities;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** What a published audit concluded for a school in the academic year starting {@code yearStartsOn}: a level per area, the overall level, its priorities. */
public record AuditResult(String schoolUrn, LocalDate yearStartsOn, Map<String, Level> areaLevels, Level overallLevel,
                          TransformationPriorities priorities) {

    public AuditResult {
        Objects.requireNonNull(schoolUrn, "schoolUrn");
        Objects.requireNonNull(yearStartsOn, "yearStartsOn");
        Objects.requireNonNull(overallLevel, "overallLevel");
        Objects.requireNonNull(priorities, "priorities");
        areaLevels = Collections.unmodifiableMap(new LinkedHashMap<>(areaLevels));
    }
}
