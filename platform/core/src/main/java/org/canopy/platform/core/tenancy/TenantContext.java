package org.canopy.platform.core.tenancy;

import org.canopy.platform.core.identity.CanopyUser;

import java.util.UUID;

/** Whose data a unit of work may touch, and on whose behalf (for the audit log). */
public record TenantContext(UUID tenantId, String slug, CanopyUser user) {
}
