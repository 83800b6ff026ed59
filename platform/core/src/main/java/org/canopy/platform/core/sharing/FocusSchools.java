package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.common.England;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.schools.School;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.identity.TenantScope;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The focus schools a hub's trusts have granted it today. Each school is read in its own trust's
 * tenant context (under that trust's row-level security), and each read is logged in the trust's audit.
 */
@ApplicationScoped
public class FocusSchools {

    private static final Set<Role> HUB_STAFF = EnumSet.of(Role.EXPERT_ADVISER, Role.HUB_LEAD);

    @Inject
    SharingGrants grants;

    @Inject
    TenantDirectory tenants;

    /** A granted school, its trust, and the grant (module, access, until). */
    public record Focus(Tenant trust, SharingGrant grant, School school) {

        /** The school's id on the focus-schools page. */
        public String anchor() {
            return "school-" + trust.slug() + "-" + school.urn();
        }
    }

    /** Focus schools are for a hub's expert advisers and its lead. */
    public static boolean openTo(AccessPolicy policy, TenantKind kind) {
        return kind == TenantKind.HUB && policy.effectiveRoles().stream().anyMatch(HUB_STAFF::contains);
    }

    /** The owning trust's scope, with the hub's user as the actor: where a hub's look at a granted school runs. */
    static TenantContext inTrust(Tenant trust, TenantContext hub) {
        return new TenantContext(trust.id(), trust.slug(), hub.user());
    }

    public List<Focus> granted(TenantContext hub) {
        Map<UUID, Tenant> activeTrusts = tenants.list().stream().filter(Tenant::isActive)
                .collect(Collectors.toMap(Tenant::id, Function.identity()));
        List<Focus> focus = new ArrayList<>();
        for (SharingGrant grant : grants.activeForHub(hub.tenantId(), England.today())) {
            Tenant trust = activeTrusts.get(grant.trustTenant());
            if (trust == null) {
                continue;
            }
            TenantScope.call(inTrust(trust, hub), () -> grants.readGranted(grant, hub.slug()))
                    .ifPresent(school -> focus.add(new Focus(trust, grant, school)));
        }
        return focus;
    }
}
