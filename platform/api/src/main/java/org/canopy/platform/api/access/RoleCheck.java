package org.canopy.platform.api.access;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.problem.ModuleProblem;

import java.util.Set;
import java.util.UUID;

/**
 * Whether a caller holds any of some roles, checked where it counts:
 * {@code caller.eitherOf(Roles.CPD_LEAD, Roles.HEADTEACHER).at(school)} (at that school, or over the
 * whole tenant), {@code .overTenant()} (over every school), {@code .anywhere()}. The {@code require…}
 * forms refuse with the kit's problem: 403 for someone who may see but not do, 404 for someone who
 * may not even know the record exists (as for another tenant's data).
 */
public record RoleCheck(Caller caller, Set<String> roles) {

    public RoleCheck {
        roles = Set.copyOf(roles);
    }

    /** Held at {@code school} itself or over the whole tenant. */
    public boolean at(UUID school) {
        return caller.scopes().stream().anyMatch(scope -> roles.contains(scope.role())
                && (scope.school().isEmpty() || scope.school().get().equals(school)));
    }

    /** Held over the whole tenant (every school in it). */
    public boolean overTenant() {
        return caller.scopes().stream().anyMatch(scope -> roles.contains(scope.role()) && scope.school().isEmpty());
    }

    /** Held at some school or over the tenant. */
    public boolean anywhere() {
        return caller.scopes().stream().anyMatch(scope -> roles.contains(scope.role()));
    }

    /** 403 with {@code refusal} ("Only the school's CPD lead may …") unless held at {@code school}. */
    public void requireAt(UUID school, String refusal) {
        if (!at(school)) {
            throw ModuleProblem.forbidden(refusal);
        }
    }

    /** 403 with {@code refusal} unless held over the whole tenant. */
    public void requireOverTenant(String refusal) {
        if (!overTenant()) {
            throw ModuleProblem.forbidden(refusal);
        }
    }

    /** 404 for {@code what} ("Audit") unless held at {@code school}: whether it exists is not the caller's to know. */
    public void visibleAt(UUID school, String what) {
        if (!at(school)) {
            throw ModuleProblem.notFound(what);
        }
    }
}
