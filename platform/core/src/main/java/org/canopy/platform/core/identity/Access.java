package org.canopy.platform.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import org.canopy.platform.core.http.ProblemException;
import org.canopy.platform.core.tenancy.TenantScope;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may change what within their own tenant (reads are open to every member). The finer
 * school-scoped rules arrive with the identity issue; these are the coarse gates.
 */
@ApplicationScoped
public class Access {

    static final Set<Role> TRUST_ADMINISTRATORS = EnumSet.of(Role.TRUST_EXECUTIVE, Role.TRUST_CPD_DIRECTOR);
    static final Set<Role> STAFF_EDITORS = EnumSet.of(Role.TRUST_EXECUTIVE, Role.TRUST_CPD_DIRECTOR, Role.HEADTEACHER);

    /** Schools, academic years: the trust's executive or CPD director. */
    public void requireTrustAdministrator() {
        require(TRUST_ADMINISTRATORS, "Only the trust's executive or CPD director may do this.");
    }

    /** Staff records: trust administrators and headteachers. */
    public void requireStaffEditor() {
        require(STAFF_EDITORS, "Only trust administrators and headteachers may change staff records.");
    }

    private static void require(Set<Role> roles, String message) {
        if (!TenantScope.require().user().hasAnyRole(roles)) {
            throw ProblemException.forbidden(message);
        }
    }
}
