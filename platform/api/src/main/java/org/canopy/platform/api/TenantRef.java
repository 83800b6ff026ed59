package org.canopy.platform.api;

import java.util.UUID;

/** The tenant a request runs for: a trust or a hub. */
public record TenantRef(UUID id, String slug, String name, Kind kind) {

    public enum Kind { TRUST, HUB }
}
