package org.canopy.platform.core.audit;

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

/** The tenant's audit log, newest first. */
@RequestScoped
@Path("t/{tenant}/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private static final int MAX_LIMIT = 500;

    @Inject
    AuditTrail trail;

    public record AuditEntry(Instant at, String actor, String action, String entityType, String entityId, String summary) {
    }

    @GET
    public List<AuditEntry> list(@QueryParam("limit") @DefaultValue("100") int limit) {
        return trail.latest(Math.max(1, Math.min(limit, MAX_LIMIT))).stream()
                .map(e -> new AuditEntry(e.occurredAt(), e.actor(), e.action(), e.entityType(), e.entityId(), e.summary()))
                .toList();
    }
}
