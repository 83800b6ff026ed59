package __PACKAGE__;

import org.canopy.platform.api.TenantData;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The tenant's visits as stored. No {@code where tenant_id = …}: the platform runs this SQL for one
 * tenant, and row-level security keeps every other tenant's rows out.
 */
final class Visits {

    private final TenantData data;

    Visits(TenantData data) {
        this.data = data;
    }

    List<Visit> all() {
        return data.query("select id, school_id, visited_on, purpose from visit order by visited_on desc, id",
                row -> new Visit(row.getObject("id", UUID.class), row.getObject("school_id", UUID.class),
                        row.getObject("visited_on", LocalDate.class), row.getString("purpose")));
    }

    UUID add(UUID schoolId, LocalDate visitedOn, String purpose) {
        return data.queryOne("insert into visit (school_id, visited_on, academic_year, purpose) values (?, ?, ?, ?) returning id",
                row -> row.getObject("id", UUID.class), schoolId, visitedOn, Visit.academicYear(visitedOn), purpose).orElseThrow();
    }

    /** Visits per school in an academic year ("2025/26"); a school without any is absent. */
    Map<UUID, Long> countsBySchool(String academicYear) {
        return data.query("select school_id, count(*) from visit where academic_year = ? group by school_id",
                        row -> Map.entry(row.getObject(1, UUID.class), row.getLong(2)), academicYear)
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
