package org.canopy.platform.testkit.module;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.TenantData;
import org.canopy.platform.api.TenantRef;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A {@link ModuleContext} for a module's tests (from {@link ModuleDatabase#context}): the tenant's
 * real SQL and shared model, a caller of any roles, configuration, and a fixed clock for the
 * module's own use ({@link #clock()}).
 */
public record TestModuleContext(String moduleId, TenantRef tenant, Optional<Caller> caller, TenantData data,
                                SharedModel shared, Map<String, String> settings, Clock clock) implements ModuleContext {

    /** Thursday 12 March 2026, 10:00 in London: a school day in the spring term of 2025/26. */
    public static final Clock FIXED_CLOCK = Clock.fixed(Instant.parse("2026-03-12T10:00:00Z"), ZoneId.of("Europe/London"));

    public TestModuleContext {
        settings = Map.copyOf(settings);
    }

    /** The same context for a caller holding each role over the whole tenant. */
    public TestModuleContext as(String username, String... roles) {
        return as(new Caller(username, username, List.of(roles).stream().map(Caller.RoleScope::wholeTenant).toList()));
    }

    /** The same context for a caller holding each role at one school. */
    public TestModuleContext atSchool(String username, UUID school, String... roles) {
        return as(new Caller(username, username, List.of(roles).stream().map(role -> Caller.RoleScope.school(role, school)).toList()));
    }

    public TestModuleContext as(Caller newCaller) {
        return new TestModuleContext(moduleId, tenant, Optional.of(newCaller), data, shared, settings, clock);
    }

    /** The same context without a caller: the platform's own work, or an anonymous visitor of a public page. */
    public TestModuleContext withoutCaller() {
        return new TestModuleContext(moduleId, tenant, Optional.empty(), data, shared, settings, clock);
    }

    public TestModuleContext withClock(Clock newClock) {
        return new TestModuleContext(moduleId, tenant, caller, data, shared, settings, newClock);
    }

    /** The same context with {@code canopy.module.<id>.<key>} set to {@code value}. */
    public TestModuleContext withConfig(String key, String value) {
        Map<String, String> changed = new HashMap<>(settings);
        changed.put(key, value);
        return new TestModuleContext(moduleId, tenant, caller, data, shared, changed, clock);
    }

    @Override
    public Optional<String> config(String key) {
        return Optional.ofNullable(settings.get(key));
    }
}
