package org.canopy.platform.core.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.Access;
import org.canopy.platform.core.plugins.ModuleRoutesResource;
import org.canopy.platform.core.schools.InspectionDetails;
import org.canopy.platform.core.schools.InspectionView;
import org.canopy.platform.core.schools.Inspections;
import org.canopy.platform.core.schools.OfstedInspection;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The hub's side: the focus schools its trusts have granted it, and nothing else of those trusts;
 * and the granted modules on those schools. Each school is read, and each module used, in its
 * trust's tenant context, and every read or use is logged in that trust's audit.
 */
@RequestScoped
@Path("t/{tenant}/focus-schools")
@Produces(MediaType.APPLICATION_JSON)
public class FocusSchoolResource {

    @Inject
    FocusSchools focusSchools;

    @Inject
    FocusModules focusModules;

    @Inject
    TenantDirectory tenants;

    @Inject
    Access access;

    @Inject
    Inspections inspections;

    /** A granted school; {@code ofsted} is deprecated (see {@code SchoolView}), {@code inspections} newest first. */
    public record FocusSchool(String trust, String trustName, String urn, String name, String phase, @Deprecated String ofsted,
                              String module, String access, LocalDate until, List<InspectionView> inspections) {
    }

    @GET
    public List<FocusSchool> list() {
        TenantContext hub = TenantScope.require();
        if (!openToCaller(hub)) {
            throw ProblemException.forbidden("Focus schools are for a hub's expert advisers and lead.");
        }
        List<FocusSchool> focus = new ArrayList<>();
        for (FocusSchools.Focus granted : focusSchools.granted(hub)) {
            var details = granted.school().details();
            List<OfstedInspection> inspected = TenantScope.call(FocusSchools.inTrust(granted.trust(), hub),
                    () -> inspections.of(granted.school().id()));
            String ofsted = InspectionDetails.latestJudgement(inspected.stream().map(OfstedInspection::details).toList()).code();
            focus.add(new FocusSchool(granted.trust().slug(), granted.trust().name(), details.urn(), details.name(),
                    details.phase().code(), ofsted, granted.grant().moduleId(), granted.grant().access().code(),
                    granted.grant().until(), inspected.stream().map(InspectionView::of).toList()));
        }
        return focus;
    }

    /**
     * The granted module's routes for one focus school, {@code …/focus-schools/{trust}/{urn}/m/{module}/…}.
     * Whatever is missing (the caller's role, the grant, the module) is the same 404: a hub learns nothing
     * of a trust's schools beyond what it was granted.
     */
    @Path("{trust}/{urn}/m/{module}")
    public Object module(@PathParam("trust") String trust, @PathParam("urn") String urn, @PathParam("module") String moduleId,
                         @Context HttpServletRequest request) {
        TenantContext hub = TenantScope.require();
        FocusModules.FocusModule opened = (openToCaller(hub) ? focusModules.find(hub, trust, urn, moduleId)
                : Optional.<FocusModules.FocusModule>empty())
                .orElseThrow(() -> ProblemException.notFound("Module " + moduleId + " of focus school " + urn));
        return ModuleRoutesResource.routes(opened.plugin(), focusModules.open(opened, hub, request));
    }

    private boolean openToCaller(TenantContext hub) {
        return FocusSchools.openTo(access.policy(), tenants.findBySlug(hub.slug()).map(Tenant::kind).orElse(null));
    }
}
