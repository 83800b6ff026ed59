package org.canopy.platform.core.insights;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricValue;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.plugins.InstalledPlugin;
import org.canopy.platform.core.plugins.ModuleEnablement;
import org.canopy.platform.core.plugins.PluginHost;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.tenancy.TenantScope;
import org.canopy.platform.core.years.AcademicYearLabel;
import org.canopy.platform.core.years.AcademicYears;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every enabled module's school metrics for one academic year: the data behind the trust
 * comparison. A module whose metrics fail is reported in {@code failures}; the others still answer.
 */
@RequestScoped
@Path("t/{tenant}/insights/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class SchoolMetricsResource {

    private static final Logger LOG = Logger.getLogger(SchoolMetricsResource.class.getName());

    @Inject
    PluginHost host;

    @Inject
    ModuleEnablement enablement;

    @Inject
    TenantDirectory tenants;

    @Inject
    AcademicYears years;

    public record Metric(String module, String key, String label, String type, String better) {
    }

    public record Value(String module, String metric, UUID schoolId, BigDecimal value) {
    }

    public record Failure(String module, String message) {
    }

    public record SchoolMetricsView(String year, List<Metric> metrics, List<Value> values, List<Failure> failures) {
    }

    @GET
    public SchoolMetricsView metrics(@QueryParam("year") String year) {
        AcademicYearLabel label = AcademicYearLabel.parse(year)
                .orElseThrow(() -> ProblemException.invalid("year", AcademicYearLabel.FORMAT_HINT));
        years.get(label.key());
        Tenant tenant = tenants.findBySlug(TenantScope.require().slug()).orElseThrow();
        List<Metric> metrics = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (InstalledPlugin plugin : host.startedModules()) {
            if (plugin.schoolMetrics().isEmpty() || !enablement.isEnabled(plugin.id())) {
                continue;
            }
            try {
                for (MetricDefinition definition : plugin.metrics().definitions()) {
                    metrics.add(new Metric(plugin.id(), definition.key(), definition.label(),
                            definition.type().name().toLowerCase(), definition.better().name().toLowerCase().replace('_', '-')));
                }
                for (MetricValue value : plugin.metrics().values(host.context(plugin.id(), tenant), label.toString())) {
                    values.add(new Value(plugin.id(), value.metric(), value.schoolId(), value.value()));
                }
            } catch (RuntimeException e) {
                String id = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "metrics of module " + plugin.id() + " failed, problem " + id, e);
                failures.add(new Failure(plugin.id(), "metrics unavailable (problem " + id + ")"));
            }
        }
        return new SchoolMetricsView(label.toString(), metrics, values, failures);
    }
}
