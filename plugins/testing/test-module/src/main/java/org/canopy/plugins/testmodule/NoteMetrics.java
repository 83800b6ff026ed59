package org.canopy.plugins.testmodule;

import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricValue;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SchoolMetrics;
import org.pf4j.Extension;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Notes per school: metrics the trust comparison shows without any change in the core; their average
 * length, which has no better direction (shown, never rated); and the notes written for the trust
 * as a whole, on the comparison's "Trust (central)" row.
 */
@Extension
public class NoteMetrics implements SchoolMetrics {

    static final String NOTES = "notes";
    static final String STAFF = "staff-on-record";
    static final String NOTE_LENGTH = "note-length";
    static final String CENTRAL_NOTES = "central-notes";

    @Override
    public List<MetricDefinition> definitions() {
        return List.of(new MetricDefinition(NOTES, "Notes written", MetricDefinition.Type.COUNT,
                        MetricDefinition.Direction.HIGHER_IS_BETTER),
                new MetricDefinition(NOTE_LENGTH, "Average note length", MetricDefinition.Type.COUNT,
                        MetricDefinition.Direction.NONE),
                new MetricDefinition(STAFF, "Staff on record", MetricDefinition.Type.COUNT,
                        MetricDefinition.Direction.HIGHER_IS_BETTER));
    }

    @Override
    public List<MetricDefinition> trustDefinitions() {
        return List.of(new MetricDefinition(CENTRAL_NOTES, "Notes for the whole trust", MetricDefinition.Type.COUNT,
                MetricDefinition.Direction.HIGHER_IS_BETTER));
    }

    @Override
    public Map<String, BigDecimal> trustValues(ModuleContext context, String academicYear) {
        return Map.of(CENTRAL_NOTES, BigDecimal.valueOf(context.data()
                .queryOne("select count(*) from note where school_id is null", row -> row.getLong(1)).orElseThrow()));
    }

    /** The notes written for the schools the comparison shows, as one finding about them together. */
    @Override
    public List<String> headlines(ModuleContext context, String academicYear, Collection<UUID> schools) {
        long notes = context.data().query("select school_id from note where school_id is not null",
                row -> row.getObject(1, UUID.class)).stream().filter(schools::contains).count();
        return List.of("Notes: " + notes + " written for these " + schools.size() + " schools.");
    }

    @Override
    public List<MetricValue> values(ModuleContext context, String academicYear) {
        List<MetricValue> values = new ArrayList<>();
        context.data().query("select school_id, count(*), round(avg(char_length(text)), 1) from note"
                + " where school_id is not null group by school_id", row -> {
            UUID school = row.getObject(1, UUID.class);
            return List.of(new MetricValue(NOTES, school, BigDecimal.valueOf(row.getLong(2))),
                    new MetricValue(NOTE_LENGTH, school, row.getBigDecimal(3)));
        }).forEach(values::addAll);
        // read from the core's shared model (under the same row-level security): a metric for every school
        values.addAll(context.data().query("select school_id, count(*) from public.staff_member where school_id is not null group by school_id",
                row -> new MetricValue(STAFF, row.getObject(1, UUID.class), BigDecimal.valueOf(row.getLong(2)))));
        return values;
    }
}
