package org.canopy.platform.core.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.core.plugins.InstalledPlugin;
import org.canopy.platform.core.plugins.ModuleEnablement;
import org.canopy.platform.core.plugins.PluginHost;
import org.canopy.platform.core.tenancy.Tenant;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The school metrics of every module enabled in the tenant in scope, through each plugin's
 * {@code SchoolMetrics}: the data of the trust comparison. A module whose metrics fail is reported
 * as a failure (and logged); the others still answer.
 */
@ApplicationScoped
public class MetricSources {

    private static final Logger LOG = Logger.getLogger(MetricSources.class.getName());

    @Inject
    PluginHost host;

    @Inject
    ModuleEnablement enablement;

    /** A module whose metrics could not be read this time. */
    public record Failure(String module, String message) {
    }

    /** The metrics offered, their values for one year, and the modules that failed. */
    public record Collected(List<ComparedMetric> metrics, MetricReadings readings, List<Failure> failures) {
    }

    /** Every enabled module's metrics. */
    public Collected collect(Tenant tenant, String academicYear) {
        return collect(tenant, academicYear, module -> true);
    }

    /** The metrics of the enabled modules that {@code modules} accepts (a hub sees only its granted ones). */
    public Collected collect(Tenant tenant, String academicYear, Predicate<String> modules) {
        List<ComparedMetric> metrics = new ArrayList<>();
        MetricReadings.Builder readings = MetricReadings.builder();
        List<Failure> failures = new ArrayList<>();
        for (InstalledPlugin plugin : host.startedModules()) {
            if (plugin.schoolMetrics().isEmpty() || !modules.test(plugin.id()) || !enablement.isEnabled(plugin.id())) {
                continue;
            }
            try {
                List<ComparedMetric> offered = plugin.metrics().definitions().stream()
                        .map((MetricDefinition definition) -> ComparedMetric.of(plugin.id(), definition)).toList();
                readings.addAll(plugin.id(), plugin.metrics().values(host.context(plugin.id(), tenant), academicYear));
                metrics.addAll(offered);
            } catch (RuntimeException e) {
                String problem = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "metrics of module " + plugin.id() + " failed, problem " + problem, e);
                failures.add(new Failure(plugin.id(), "metrics unavailable (problem " + problem + ")"));
            }
        }
        return new Collected(List.copyOf(metrics), readings.build(), List.copyOf(failures));
    }

    /** Every enabled module's findings about {@code schools} as a whole; a failing module adds none (and is logged). */
    public List<String> headlines(Tenant tenant, String academicYear, Collection<UUID> schools) {
        List<String> headlines = new ArrayList<>();
        for (InstalledPlugin plugin : host.startedModules()) {
            if (plugin.schoolMetrics().isEmpty() || !enablement.isEnabled(plugin.id())) {
                continue;
            }
            try {
                headlines.addAll(plugin.metrics().headlines(host.context(plugin.id(), tenant), academicYear, List.copyOf(schools)));
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "headlines of module " + plugin.id() + " failed", e);
            }
        }
        return List.copyOf(headlines);
    }
}
