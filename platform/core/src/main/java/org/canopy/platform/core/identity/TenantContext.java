package org.canopy.platform.core.identity;

import java.util.UUID;

/**
 * Whose data a unit of work may touch, and on whose behalf (for the change log): the caller and the
 * tenant they act in, which {@link TenantScope} holds for the work on a thread.
 */
public record TenantContext(UUID tenantId, String slug, CanopyUser user) {
}
