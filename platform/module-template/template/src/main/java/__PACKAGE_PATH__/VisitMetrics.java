package __PACKAGE__;

import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricValue;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SchoolMetrics;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.util.List;

/** Visits per school on the trust comparison: no change in the platform needed. */
@Extension
public class VisitMetrics implements SchoolMetrics {

    static final String VISITS = "visits";

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(new MetricDefinition(VISITS, "Visits this year", MetricDefinition.Type.COUNT,
                MetricDefinition.Direction.HIGHER_IS_BETTER));
    }

    @Override
    public List<MetricValue> values(ModuleContext context, String academicYear) {
        return new Visits(context.data()).countsBySchool(academicYear).entrySet().stream()
                .map(count -> new MetricValue(VISITS, count.getKey(), BigDecimal.valueOf(count.getValue())))
                .toList();
    }
}
