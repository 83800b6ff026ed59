package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantContext;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The hub's side: the focus schools its trusts have granted it, and nothing else of those trusts.
 * Each school is read in its trust's tenant context and every read is logged in that trust's audit.
 */
@RequestScoped
@Path("t/{tenant}/focus-schools")
@Produces(MediaType.APPLICATION_JSON)
public class FocusSchoolResource {

    @Inject
    FocusSchools focusSchools;

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
        if (!FocusSchools.openTo(access.policy(), tenants.findBySlug(hub.slug()).map(Tenant::kind).orElse(null))) {
            throw ProblemException.forbidden("Focus schools are for a hub's expert advisers and lead.");
        }
        List<FocusSchool> focus = new ArrayList<>();
        for (FocusSchools.Focus granted : focusSchools.granted(hub)) {
            var details = granted.school().details();
            focus.add(new FocusSchool(granted.trust().slug(), granted.trust().name(), details.urn(), details.name(),
                    details.phase().code(), details.ofsted().code(), granted.grant().moduleId(),
                    granted.grant().access().code(), granted.grant().until()));
        }
        return focus;
    }
}
