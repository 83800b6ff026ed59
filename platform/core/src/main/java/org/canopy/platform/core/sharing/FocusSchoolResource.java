package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.identity.Role;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantContext;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantKind;
import org.canopy.platform.core.tenancy.TenantScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The hub's side: the focus schools its trusts have granted it, and nothing else of those trusts.
 * Each school is read in its trust's tenant context and every read is logged in that trust's audit.
 */
@RequestScoped
@Path("t/{tenant}/focus-schools")
@Produces(MediaType.APPLICATION_JSON)
public class FocusSchoolResource {

    private static final Set<Role> HUB_STAFF = EnumSet.of(Role.EXPERT_ADVISER, Role.TRUST_EXECUTIVE);

    @Inject
    SharingGrants grants;

    @Inject
    TenantDirectory tenants;

    @Inject
    Access access;

    public record FocusSchool(String trust, String trustName, String urn, String name, String phase, String ofsted,
                              String module, String access, LocalDate until) {
    }

    @GET
    public List<FocusSchool> list() {
        TenantContext hub = TenantScope.require();
        if (access.effectiveRoles().stream().noneMatch(HUB_STAFF::contains)
                || tenants.findBySlug(hub.slug()).map(Tenant::kind).orElse(null) != TenantKind.HUB) {
            throw ProblemException.forbidden("Focus schools are for a hub's expert advisers and lead.");
        }
        List<FocusSchool> focus = new ArrayList<>();
        Map<UUID, Tenant> activeTrusts = tenants.list().stream().filter(Tenant::isActive)
                .collect(Collectors.toMap(Tenant::id, Function.identity()));
        for (SharingGrant grant : grants.activeForHub(hub.tenantId(), LocalDate.now())) {
            Tenant trust = activeTrusts.get(grant.trustTenant());
            if (trust == null) {
                continue;
            }
            TenantContext inTrust = new TenantContext(trust.id(), trust.slug(), hub.user());
            TenantScope.call(inTrust, () -> grants.readGranted(grant, hub.slug())).ifPresent(school -> {
                var details = school.details();
                focus.add(new FocusSchool(trust.slug(), trust.name(), details.urn(), details.name(), details.phase().code(),
                        details.ofsted().code(), grant.moduleId(), grant.access().code(), grant.until()));
            });
        }
        return focus;
    }
}
