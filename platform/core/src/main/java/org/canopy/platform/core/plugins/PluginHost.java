package org.canopy.platform.core.plugins;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.Caller;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.PluginApi;
import org.canopy.platform.api.ConsolePages;
import org.canopy.platform.api.ImprovementPriorities;
import org.canopy.platform.api.PriorityContributions;
import org.canopy.platform.api.SchoolMetrics;
import org.canopy.platform.api.TenantRef;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.TenantContext;
import org.canopy.platform.core.surveys.CoreStaffSurveys;
import org.canopy.platform.core.surveys.SurveyStore;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.identity.TenantScope;
import org.eclipse.microprofile.config.Config;
import org.pf4j.DefaultPluginManager;
import org.pf4j.PluginManager;
import org.pf4j.PluginState;
import org.pf4j.PluginWrapper;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Loads the plugin jars of {@code canopy.plugins.dir} with PF4J, one at a time so that a broken jar
 * is reported and skipped; checks each {@code Plugin-Requires} against {@link PluginApi#VERSION};
 * migrates each started module's schema in dependency order and refuses a module that leaves a
 * tenant table without forced row-level security. The core keeps running whatever a plugin does.
 */
@ApplicationScoped
public class PluginHost {

    private static final Logger LOG = Logger.getLogger(PluginHost.class.getName());

    @Inject
    TenantSql tenantSql;

    @Inject
    CoreSharedModel sharedModel;

    @Inject
    Config config;

    @Inject
    SurveyStore surveys;

    @Inject
    org.canopy.platform.core.identity.Access access;

    @Inject
    ModuleReferenceData referenceData;

    private volatile Map<String, InstalledPlugin> installed = Map.of();
    private PluginManager manager;

    /** Called once at start-up, after the core's own migrations. */
    public void start(Path directory, DataSource owner, String appRole) {
        manager = new DefaultPluginManager(directory);
        manager.setSystemVersion(PluginApi.VERSION);
        Map<String, InstalledPlugin> plugins = new LinkedHashMap<>();
        for (Path jar : jars(directory)) {
            try {
                manager.loadPlugin(jar);
            } catch (RuntimeException e) {
                String file = jar.getFileName().toString();
                plugins.put(file, InstalledPlugin.skipped(file, null, null, file, InstalledPlugin.State.FAILED,
                        "not a loadable plugin: " + e.getMessage()));
            }
        }
        manager.startPlugins();
        PluginSchemas schemas = new PluginSchemas(owner, appRole);
        for (PluginWrapper plugin : dependencyOrder()) {
            plugins.put(plugin.getPluginId(), describe(plugin, schemas, owner));
        }
        installed = Collections.unmodifiableMap(plugins);
        installed.values().forEach(p -> LOG.info(() -> "plugin " + p.id() + " " + p.state()
                + (p.error() == null ? "" : ": " + p.error())));
    }

    public List<InstalledPlugin> installed() {
        return List.copyOf(installed.values());
    }

    public Optional<InstalledPlugin> started(String moduleId) {
        return Optional.ofNullable(installed.get(moduleId)).filter(InstalledPlugin::isStarted);
    }

    public List<InstalledPlugin> startedModules() {
        return installed.values().stream().filter(InstalledPlugin::isStarted).toList();
    }

    /** The context for {@code moduleId} in {@code tenant}, which must be the tenant now in scope. */
    public ModuleContext context(String moduleId, Tenant tenant) {
        TenantContext scope = TenantScope.require();
        return new CoreModuleContext(moduleId, refOf(tenant), CoreModuleContext.callerOf(scope.user(), access::policy),
                tenantData(moduleId), sharedModel, config, referenceData.forModule(moduleId), new CoreStaffSurveys(moduleId, surveys, sharedModel));
    }

    /**
     * The context for {@code moduleId} doing the platform's work in {@code tenant}, the tenant now in
     * scope, with no caller: a module answering another module (its priorities, its contributions).
     */
    public ModuleContext platformContext(String moduleId, Tenant tenant) {
        return new CoreModuleContext(moduleId, refOf(tenant), Optional.empty(), tenantData(moduleId), sharedModel, config,
                referenceData.forModule(moduleId), new CoreStaffSurveys(moduleId, surveys, sharedModel));
    }

    /**
     * The context for {@code moduleId} used on one school of {@code owner} by a person from another
     * tenant (a hub's adviser under a sharing grant), whatever tenant the request is in: the owner's
     * tenant and rows, with {@code visitor} as the actor; the caller holds {@code role} at that school
     * and nothing else; of the shared model, that school, its staff and the owner's academic years.
     */
    public ModuleContext oneSchoolContext(String moduleId, Tenant owner, UUID school, String role, CanopyUser visitor) {
        TenantContext scope = new TenantContext(owner.id(), owner.slug(), visitor);
        Caller caller = new Caller(visitor.username(), visitor.displayName(), List.of(Caller.RoleScope.school(role, school)));
        OneSchoolModel oneSchool = new OneSchoolModel(scope, sharedModel, school);
        return new CoreModuleContext(moduleId, refOf(owner), Optional.of(caller), new InTenantScope(scope, tenantData(moduleId)),
                oneSchool, config, referenceData.forModule(moduleId),
                SurveysInTenantScope.of(scope, new CoreStaffSurveys(moduleId, surveys, oneSchool)));
    }

    private ModuleTenantData tenantData(String moduleId) {
        return new ModuleTenantData(PluginSchemas.schemaOf(moduleId), tenantSql);
    }

    private static TenantRef refOf(Tenant tenant) {
        return new TenantRef(tenant.id(), tenant.slug(), tenant.name(), TenantRef.Kind.valueOf(tenant.kind().name()));
    }

    private InstalledPlugin describe(PluginWrapper plugin, PluginSchemas schemas, DataSource owner) {
        String id = plugin.getPluginId();
        String version = plugin.getDescriptor().getVersion();
        String requires = plugin.getDescriptor().getRequires();
        String file = plugin.getPluginPath().getFileName().toString();
        if (plugin.getPluginState() == PluginState.DISABLED) {
            return InstalledPlugin.skipped(id, version, requires, file, InstalledPlugin.State.INCOMPATIBLE,
                    "requires plugin API " + requires + " but this platform offers " + PluginApi.VERSION);
        }
        if (plugin.getPluginState() != PluginState.STARTED) {
            Throwable failure = plugin.getFailedException();
            return InstalledPlugin.skipped(id, version, requires, file, InstalledPlugin.State.FAILED,
                    "did not start (" + plugin.getPluginState() + ")" + (failure == null ? "" : ": " + failure.getMessage()));
        }
        try {
            List<CanopyModule> modules = manager.getExtensions(CanopyModule.class, id);
            if (modules.size() != 1) {
                return refuse(plugin, "must provide exactly one CanopyModule extension, found " + modules.size());
            }
            CanopyModule module = modules.get(0);
            if (module.changelog().isPresent()) {
                List<String> unprotected = schemas.migrate(id, module.changelog().get(), plugin.getPluginClassLoader());
                if (!unprotected.isEmpty()) {
                    return refuse(plugin, "its changelog creates tenant tables without forced row-level security "
                            + unprotected + " (now sealed, the module is not started); declare them with"
                            + " SELECT canopy_protect_tenant_table('table')");
                }
            }
            try {
                ModuleReferenceData.loadShipped(id, module.referenceFiles(), plugin.getPluginClassLoader(), owner);
            } catch (ReferenceFile.Invalid e) {
                return refuse(plugin, "its reference data is not loadable: " + e.getMessage());
            }
            SchoolMetrics metrics = manager.getExtensions(SchoolMetrics.class, id).stream().findFirst().orElse(null);
            ConsolePages pages = manager.getExtensions(ConsolePages.class, id).stream().findFirst().orElse(null);
            InstalledPlugin.Links links = new InstalledPlugin.Links(
                    manager.getExtensions(ImprovementPriorities.class, id).stream().findFirst().orElse(null),
                    manager.getExtensions(PriorityContributions.class, id).stream().findFirst().orElse(null));
            return InstalledPlugin.started(id, version, requires, file, module, metrics, pages, links);
        } catch (Exception | LinkageError e) {
            LOG.log(Level.WARNING, "plugin " + id + " failed to start", e);
            return refuse(plugin, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private InstalledPlugin refuse(PluginWrapper plugin, String reason) {
        manager.stopPlugin(plugin.getPluginId());
        return InstalledPlugin.skipped(plugin.getPluginId(), plugin.getDescriptor().getVersion(),
                plugin.getDescriptor().getRequires(), plugin.getPluginPath().getFileName().toString(),
                InstalledPlugin.State.FAILED, reason);
    }

    /** Resolved plugins come in dependency order; disabled (incompatible) ones are appended. */
    private List<PluginWrapper> dependencyOrder() {
        List<PluginWrapper> ordered = new ArrayList<>(manager.getResolvedPlugins());
        manager.getPlugins().stream().filter(p -> !ordered.contains(p)).forEach(ordered::add);
        return ordered;
    }

    private static List<Path> jars(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".jar") || f.toString().endsWith(".zip")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins in " + directory, e);
        }
    }
}
