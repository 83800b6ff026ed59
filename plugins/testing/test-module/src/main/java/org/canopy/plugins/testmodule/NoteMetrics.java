package org.canopy.plugins.testmodule;

import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricValue;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SchoolMetrics;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Notes per school: a metric the trust comparison shows without any change in the core. */
@Extension
public class NoteMetrics implements SchoolMetrics {

    static final String NOTES = "notes";

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(new MetricDefinition(NOTES, "Notes written", MetricDefinition.Type.COUNT,
                MetricDefinition.Direction.HIGHER_IS_BETTER));
    }

    @Override
    public List<MetricValue> values(ModuleContext context, String academicYear) {
        return context.data().query("select school_id, count(*) from note where school_id is not null group by school_id",
                row -> new MetricValue(NOTES, row.getObject(1, UUID.class), BigDecimal.valueOf(row.getLong(2))));
    }
}
