package org.canopy.platform.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.canopy.platform.core.common.Forbidden;

import java.util.List;
import java.util.Set;

/** The {@link AccessPolicy} of the caller in scope, and the checks resources make with it. */
@ApplicationScoped
public class Access {

    @Inject
    Grants grants;

    /** Schools, academic years, modules: the trust's executive or CPD director. */
    public void requireTrustAdministrator() {
        if (!policy().administersTrust()) {
            throw new Forbidden("Only the trust's executive or CPD director may do this.");
        }
    }

    /** Whose staff the caller may read; 403 when nobody's. */
    public SchoolScope staffReadable() {
        SchoolScope scope = policy().staffReadable();
        if (scope.isEmpty()) {
            throw new Forbidden("Staff records are for trust leaders, governors, a hub's lead, and a school's headteacher and CPD lead.");
        }
        return scope;
    }

    /** Whose staff the caller may change; 403 when nobody's. */
    public SchoolScope staffEditable() {
        SchoolScope scope = policy().staffEditable();
        if (scope.isEmpty()) {
            throw new Forbidden("Only trust administrators and a school's headteacher may change staff records.");
        }
        return scope;
    }

    /** The caller's roles that count in the tenant in scope (see {@link AccessPolicy#effectiveRoles()}). */
    public Set<Role> effectiveRoles() {
        return policy().effectiveRoles();
    }

    /** Grants come from the tenant's role assignments, and only a person has any. */
    public AccessPolicy policy() {
        TenantContext context = TenantScope.require();
        if (!context.user().isPerson()) {
            return new AccessPolicy(Set.of(), List.of());
        }
        return new AccessPolicy(context.user().roles(), grants.grantsOf(context.user().username()));
    }
}
