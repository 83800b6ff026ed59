package org.canopy.platform.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/** A platform record (not tenant-scoped): reachable only through the operator API and the core. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt; // JPA 3.1 maps OffsetDateTime, not Instant

    @Version
    private long version;

    protected Tenant() {
    }

    public Tenant(UUID id, String slug, String name, TenantKind kind) {
        this.id = id;
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.status = TenantStatus.ACTIVE;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public String slug() {
        return slug;
    }

    public String name() {
        return name;
    }

    public TenantKind kind() {
        return kind;
    }

    public TenantStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt.toInstant();
    }

    public long version() {
        return version;
    }

    public boolean isActive() {
        return status == TenantStatus.ACTIVE;
    }

    /** @return whether anything changed */
    public boolean rename(String newName, TenantKind newKind) {
        boolean changed = !name.equals(newName) || kind != newKind;
        name = newName;
        kind = newKind;
        return changed;
    }

    public void changeStatus(TenantStatus newStatus) {
        status = newStatus;
    }
}
