package org.canopy.platform.core.changelog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** One entry of the tenant's change log: who changed what, and when. Written in the same transaction as the change. */
@Entity
@Table(name = "change_log")
public class ChangeLogEntry {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt; // JPA 3.1 maps OffsetDateTime, not Instant

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(name = "entity_type", nullable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false)
    private String entityId;

    @Column(nullable = false)
    private String summary;

    protected ChangeLogEntry() {
    }

    ChangeLogEntry(UUID tenantId, String actor, String action, String entityType, String entityId, String summary) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
    }

    public Instant occurredAt() {
        return occurredAt.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }

    public String summary() {
        return summary;
    }
}
