package org.canopy.platform.core.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * A trust's permission for a hub to see one of its schools in one module, until a date. A platform
 * record (it belongs to two tenants); the core filters every query by the trust or the hub.
 */
@Entity
@Table(name = "sharing_grant")
public class SharingGrant {

    @Id
    private UUID id;

    @Column(name = "trust_tenant", nullable = false)
    private UUID trustTenant;

    @Column(name = "hub_tenant", nullable = false)
    private UUID hubTenant;

    @Column(name = "school_id", nullable = false)
    private UUID schoolId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private GrantAccess access;

    @Column(nullable = false)
    private LocalDate until;

    @Column(name = "granted_by", nullable = false)
    private String grantedBy;

    @Column(name = "granted_at", nullable = false)
    private OffsetDateTime grantedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected SharingGrant() {
    }

    SharingGrant(UUID trustTenant, UUID hubTenant, UUID schoolId, String moduleId, GrantAccess access, LocalDate until,
                 String grantedBy) {
        this.id = UUID.randomUUID();
        this.trustTenant = trustTenant;
        this.hubTenant = hubTenant;
        this.schoolId = schoolId;
        this.moduleId = moduleId;
        this.access = access;
        this.until = until;
        this.grantedBy = grantedBy;
        this.grantedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public boolean isActiveOn(LocalDate day) {
        return revokedAt == null && !until.isBefore(day);
    }

    void revoke() {
        revokedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public UUID id() {
        return id;
    }

    public UUID trustTenant() {
        return trustTenant;
    }

    public UUID hubTenant() {
        return hubTenant;
    }

    public UUID schoolId() {
        return schoolId;
    }

    public String moduleId() {
        return moduleId;
    }

    public GrantAccess access() {
        return access;
    }

    public LocalDate until() {
        return until;
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
