package org.canopy.platform.core.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A module (plugin) a tenant has enabled. Tenant-owned: row-level security applies. */
@Entity
@Table(name = "tenant_module")
public class TenantModule {

    @Id
    private UUID id;

    @Column(name = "tenant_id", nullable = false)
    private UUID tenantId;

    @Column(name = "module_id", nullable = false)
    private String moduleId;

    @Column(nullable = false)
    private boolean enabled;

    protected TenantModule() {
    }

    public TenantModule(UUID tenantId, String moduleId) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.moduleId = moduleId;
        this.enabled = true;
    }

    public String moduleId() {
        return moduleId;
    }

    public boolean enabled() {
        return enabled;
    }

    /** @return whether anything changed */
    public boolean disable() {
        boolean changed = enabled;
        enabled = false;
        return changed;
    }

    /** @return whether anything changed */
    public boolean enable() {
        boolean changed = !enabled;
        enabled = true;
        return changed;
    }
}
