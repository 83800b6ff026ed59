package org.canopy.platform.core.changelog;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.time.Instant;
import java.util.List;

/**
 * The tenant's change log, newest first. Its address stays {@code /audit}, as clients know it (the
 * "audit log" of DESIGN.md; not the CPD audit).
 */
@RequestScoped
@Path("t/{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class ChangeLogResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    ChangeLog trail;

    public record Entry(Instant at, String actor, String action, String entityType, String entityId, String summary) {
    }

    @GET
    public List<Entry> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return trail.latest(Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(e -> new Entry(e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.summary()))
                .toList();
    }
}
