package org.canopy.plugins.testmodule;

import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.PriorityContribution;
import org.canopy.platform.api.PriorityContributions;
import org.pf4j.Extension;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** The hours noted on each priority ({@link PriorityNotes}), as the test module's contribution to it. */
@Extension
public class NoteContributions implements PriorityContributions {

    @Override
    public List<PriorityContribution> contributions(ModuleContext context, Collection<UUID> priorities) {
        if (priorities.isEmpty()) {
            return List.of();
        }
        return context.data().query("select priority_id, sum(hours), count(*) from priority_note where priority_id in ("
                        + String.join(", ", Collections.nCopies(priorities.size(), "?")) + ") group by priority_id",
                row -> new PriorityContribution(row.getObject(1, UUID.class), PriorityContribution.Kind.HOURS,
                        row.getBigDecimal(2), row.getLong(3) == 1 ? "1 note" : row.getLong(3) + " notes"),
                priorities.toArray());
    }
}
