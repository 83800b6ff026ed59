package org.canopy.platform.api;

import org.canopy.platform.api.access.RoleCheck;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The signed-in user: login name and the roles that count in this tenant, each over the whole
 * tenant or one school ({@code cpd-lead} of one school, {@code trust-cpd-director} of the trust).
 * <p>
 * A hub's adviser (or the hub's lead) using the module on a focus school, under a trust's sharing
 * grant, is a caller from another tenant: {@link ModuleContext#tenant()} is the trust, and the
 * caller has exactly one scope, at the granted school:
 * <ul>
 *   <li>{@code expert-adviser}: the grant lets the hub contribute (e.g. moderate the school's audit);</li>
 *   <li>{@code expert-adviser-reader}: the grant lets the hub read only; the module must refuse writes.</li>
 * </ul>
 * List the codes the module serves in {@link CanopyModule#visibleTo()} (when it lists any), or hubs
 * cannot open it. Row-level security still shows every row of the trust: filtering the module's
 * own rows to that school is the module's job.
 */
public record Caller(String username, String displayName, List<RoleScope> scopes) {

    /** A role held over one school, or over the whole tenant (every school in it) when {@code school} is empty. */
    public record RoleScope(String role, Optional<UUID> school) {

        public static RoleScope wholeTenant(String role) {
            return new RoleScope(role, Optional.empty());
        }

        public static RoleScope school(String role, UUID school) {
            return new RoleScope(role, Optional.of(school));
        }
    }

    public Caller {
        scopes = List.copyOf(scopes);
    }

    /** Every role the caller holds here, at any scope. */
    public Set<String> roles() {
        return scopes.stream().map(RoleScope::role).collect(Collectors.toUnmodifiableSet());
    }

    public boolean hasRole(String role) {
        return scopes.stream().anyMatch(scope -> scope.role().equals(role));
    }

    /** Whether the caller holds {@code role} over {@code school}: at that school or over the whole tenant. */
    public boolean hasRoleAt(String role, UUID school) {
        return scopes.stream().anyMatch(scope -> scope.role().equals(role)
                && (scope.school().isEmpty() || scope.school().get().equals(school)));
    }

    /** Whether the caller holds {@code role} over the whole tenant. */
    public boolean hasRoleOverTenant(String role) {
        return scopes.stream().anyMatch(scope -> scope.role().equals(role) && scope.school().isEmpty());
    }

    /**
     * The caller's hold on any of {@code roles} ({@link org.canopy.platform.api.access.Roles}), to check
     * {@code .at(school)}, {@code .overTenant()} or {@code .anywhere()}.
     */
    public RoleCheck eitherOf(String... roles) {
        return new RoleCheck(this, Set.of(roles));
    }

    /** As {@link #eitherOf(String...)}, for a set of roles a module names once (e.g. who may read its records). */
    public RoleCheck eitherOf(Collection<String> roles) {
        return new RoleCheck(this, Set.copyOf(roles));
    }

    /** The name to record as who did something: the display name, or the login name when there is none. */
    public String actor() {
        return displayName == null || displayName.isBlank() ? username : displayName;
    }
}
