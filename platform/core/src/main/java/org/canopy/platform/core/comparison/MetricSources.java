package org.canopy.platform.core.comparison;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.MetricDefinition;
import org.canopy.platform.api.MetricValue;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SchoolMetrics;
import org.canopy.platform.core.plugins.InstalledPlugin;
import org.canopy.platform.core.plugins.ModuleEnablement;
import org.canopy.platform.core.plugins.PluginHost;
import org.canopy.platform.core.tenancy.Tenant;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    /**
     * The school metrics offered and their values for one year, the trust's own metrics ("Trust
     * (central)") and their values by metric id, and the modules that failed.
     */
    public record Collected(List<ComparedMetric> metrics, MetricReadings readings, List<ComparedMetric> centralMetrics,
                            Map<String, BigDecimal> central, List<Failure> failures) {
    }

    /** Every enabled module's metrics. */
    public Collected collect(Tenant tenant, String academicYear) {
        return collect(tenant, academicYear, module -> true);
    }

    /** The metrics of the enabled modules that {@code modules} accepts (a hub sees only its granted ones). */
    public Collected collect(Tenant tenant, String academicYear, Predicate<String> modules) {
        List<ComparedMetric> metrics = new ArrayList<>();
        MetricReadings.Builder readings = MetricReadings.builder();
        List<ComparedMetric> centralMetrics = new ArrayList<>();
        Map<String, BigDecimal> central = new HashMap<>();
        List<Failure> failures = new ArrayList<>();
        for (InstalledPlugin plugin : host.startedModules()) {
            if (plugin.schoolMetrics().isEmpty() || !modules.test(plugin.id()) || !enablement.isEnabled(plugin.id())) {
                continue;
            }
            try {
                SchoolMetrics source = plugin.metrics();
                ModuleContext context = host.context(plugin.id(), tenant);
                List<ComparedMetric> offered = compared(plugin.id(), source.definitions());
                List<ComparedMetric> offeredCentral = compared(plugin.id(), source.trustDefinitions());
                requireDistinct(offered, offeredCentral);
                List<MetricValue> values = source.values(context, academicYear);
                Map<String, BigDecimal> centralValues = source.trustValues(context, academicYear);
                readings.addAll(plugin.id(), values);
                metrics.addAll(offered);
                centralMetrics.addAll(offeredCentral);
                offeredCentral.forEach(metric -> {
                    BigDecimal value = centralValues.get(metric.key());
                    if (value != null) {
                        central.put(metric.id(), value);
                    }
                });
            } catch (RuntimeException e) {
                String problem = UUID.randomUUID().toString();
                LOG.log(Level.SEVERE, "metrics of module " + plugin.id() + " failed, problem " + problem, e);
                failures.add(new Failure(plugin.id(), "metrics unavailable (problem " + problem + ")"));
            }
        }
        return new Collected(List.copyOf(metrics), readings.build(), List.copyOf(centralMetrics), Map.copyOf(central),
                List.copyOf(failures));
    }

    private static void requireDistinct(List<ComparedMetric> school, List<ComparedMetric> central) {
        List<String> schoolIds = school.stream().map(ComparedMetric::id).toList();
        central.stream().filter(metric -> schoolIds.contains(metric.id())).findFirst().ifPresent(metric -> {
            throw new IllegalStateException("metric " + metric.key() + " is both a school metric and a trust metric");
        });
    }

    private static List<ComparedMetric> compared(String module, List<MetricDefinition> definitions) {
        return definitions.stream().map(definition -> ComparedMetric.of(module, definition)).toList();
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
