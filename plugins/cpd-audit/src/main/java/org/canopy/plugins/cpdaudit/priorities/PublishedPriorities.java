package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.platform.api.ImprovementPriorities;
import org.canopy.platform.api.ImprovementPriority;
import org.canopy.platform.api.ModuleContext;
import org.pf4j.Extension;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * The transformation priorities as the platform's read view for other modules: those of a school's
 * audit of the year (its current edition: the one not superseded, the published one while a
 * correction is drafted), and any priority by id, whichever edition it was chosen in.
 */
@Extension
public class PublishedPriorities implements ImprovementPriorities {

    private static final String VIEW = "select p.id, a.school_id, a.academic_year, p.area_key, p.title"
            + " from priority p join audit a on a.id = p.audit_id";

    @Override
    public List<ImprovementPriority> priorities(ModuleContext context, UUID school, String academicYear) {
        return context.data().query(VIEW + " where a.school_id = ? and a.academic_year = ? and a.edition = ("
                        + "select min(b.edition) from audit b where b.school_id = a.school_id"
                        + " and b.academic_year = a.academic_year and b.status <> 'superseded') order by p.position",
                PublishedPriorities::priority, school, academicYear);
    }

    @Override
    public List<ImprovementPriority> byIds(ModuleContext context, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return context.data().query(VIEW + " where p.id in (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ")",
                PublishedPriorities::priority, ids.toArray());
    }

    private static ImprovementPriority priority(ResultSet row) throws SQLException {
        return new ImprovementPriority(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getString(4), row.getString(5));
    }
}
