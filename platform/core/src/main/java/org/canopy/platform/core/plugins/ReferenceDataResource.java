package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.canopy.platform.api.ReferenceRule;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.identity.CanopyUser;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The platform operator's view of a module's reference data, and the way to load a newer version of
 * one of its files (a new recruitment window's list): a bad file is a 400 naming every fault, a
 * version not above the loaded one a 409; either way nothing is written.
 */
@RequestScoped
@Path("platform/modules/{module}/reference-data")
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceDataResource {

    @Inject
    PluginHost host;

    @Inject
    ModuleReferenceData referenceData;

    @Context
    SecurityContext security;

    /** {@code payload} is the rule's JSON as text; a null {@code effectiveTo} is open-ended. */
    public record RuleView(UUID id, String ruleSet, String key, int version, LocalDate effectiveFrom, LocalDate effectiveTo,
                           String payload, String sourceUrl, String sourceNote, String recordedBy) {

        static RuleView of(ReferenceRule rule) {
            return new RuleView(rule.id(), rule.ruleSet(), rule.key(), rule.version(), rule.effectiveFrom(),
                    rule.effectiveTo().orElse(null), rule.payload(), rule.sourceUrl().orElse(null), rule.sourceNote().orElse(null),
                    rule.recordedBy());
        }
    }

    /** The rules lookups use: the newest version of each rule set. */
    @GET
    public List<RuleView> current(@PathParam("module") String module) {
        return referenceData.current(started(module)).stream().map(RuleView::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ModuleReferenceData.Loaded load(@PathParam("module") String module, String file) {
        String operator = CanopyUser.of(security.getUserPrincipal()).map(CanopyUser::username).orElseThrow();
        try {
            return referenceData.load(started(module), file == null ? "" : file, operator);
        } catch (ReferenceFile.Invalid e) {
            throw ProblemException.invalid(e.errors());
        } catch (ModuleReferenceData.NotNewer e) {
            throw ProblemException.conflict(e.getMessage());
        }
    }

    private String started(String module) {
        return host.started(module).map(InstalledPlugin::id).orElseThrow(() -> ProblemException.notFound("Module " + module));
    }
}
