package org.canopy.platform.core.tenancy;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;
import org.canopy.platform.core.identity.Role;

import java.util.Optional;

/** A multi-academy trust owns its schools; a hub supports focus schools of other trusts. */
public enum TenantKind implements Coded {
    TRUST, HUB;

    /** Why {@code role} cannot be held in a tenant of this kind, if it cannot: a hub has no finance officer, a trust no hub lead. */
    public Optional<String> refusal(Role role) {
        if (role == Role.HUB_LEAD && this != HUB) {
            return Optional.of("hub-lead is a hub's role; a trust has no hub lead");
        }
        if (role == Role.TRUST_FINANCE && this != TRUST) {
            return Optional.of("trust-finance is a trust's role; a hub has no trust finance");
        }
        return Optional.empty();
    }

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
