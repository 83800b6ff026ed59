package org.canopy.plugins.cpdaudit.survey;

import org.canopy.platform.api.StaffSurveys.AreaResult;
import org.canopy.platform.api.StaffSurveys.Cell;
import org.canopy.platform.api.StaffSurveys.GroupRate;
import org.canopy.platform.api.StaffSurveys.Progress;
import org.canopy.platform.api.StaffSurveys.Results;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Closed surveys as the core would disclose them, for the report's tests. */
public final class DisclosedSurveys {

    private DisclosedSurveys() {
    }

    /** {@code respondents} of {@code invited}, all in one group; each area's school mean shown, or withheld when null. */
    public static StaffSurveyReport closed(int invited, int respondents, Map<String, BigDecimal> schoolMeans) {
        List<AreaResult> areas = new java.util.ArrayList<>();
        schoolMeans.forEach((area, mean) -> areas.add(new AreaResult(area, mean == null ? Cell.withheld() : shown(respondents, mean),
                Map.of(), Optional.empty(), List.of())));
        Results results = new Results(5, invited, respondents, List.of(new GroupRate("teacher", invited, OptionalInt.empty())),
                areas, List.of());
        return StaffSurveyReport.of(new Progress(false, invited, respondents * 100 / invited, OptionalInt.of(respondents)),
                Optional.of(results));
    }

    public static Cell shown(int respondents, BigDecimal mean) {
        return new Cell(OptionalInt.of(respondents), Optional.of(mean), Optional.of(BigDecimal.ZERO));
    }
}
