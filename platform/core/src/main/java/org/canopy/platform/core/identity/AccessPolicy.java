package org.canopy.platform.core.identity;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Role × scope rules for the shared model (the table in platform/core/ACCESS.md). A role counts in
 * a tenant only when the token carries it (Keycloak realm role) <em>and</em> the tenant has granted
 * it (a role assignment): realm roles are global, so a trust executive of one trust who is a
 * governor of another governs there and no more. A role granted over the whole tenant covers
 * every school below it.
 */
public final class AccessPolicy {

    static final Set<Role> TRUST_ADMINISTRATORS = EnumSet.of(Role.TRUST_EXECUTIVE, Role.TRUST_CPD_DIRECTOR);
    static final Set<Role> COMPARISON_READERS = EnumSet.of(Role.TRUST_EXECUTIVE, Role.TRUST_CPD_DIRECTOR, Role.GOVERNOR, Role.TRUST_FINANCE);
    static final Set<Role> WHOLE_TENANT_STAFF_READERS = EnumSet.of(Role.TRUST_EXECUTIVE, Role.TRUST_CPD_DIRECTOR, Role.GOVERNOR, Role.HUB_LEAD);
    static final Set<Role> SCHOOL_STAFF_READERS = EnumSet.of(Role.HEADTEACHER, Role.CPD_LEAD);
    static final Set<Role> SCHOOL_STAFF_EDITORS = EnumSet.of(Role.HEADTEACHER);

    /** A role the core has granted a person, over one school or (empty) the whole tenant. */
    public record Grant(Role role, Optional<UUID> school) {
    }

    private final Set<Role> roles;
    private final List<Grant> grants;

    public AccessPolicy(Set<Role> roles, List<Grant> grants) {
        this.roles = Set.copyOf(roles);
        this.grants = List.copyOf(grants);
    }

    /** The roles that count in this tenant: in the token and granted here. */
    public Set<Role> effectiveRoles() {
        Set<Role> effective = EnumSet.noneOf(Role.class);
        grants.stream().map(Grant::role).filter(roles::contains).forEach(effective::add);
        return effective;
    }

    /** The grants that count in this tenant: their role is also in the token. */
    public List<Grant> effectiveGrants() {
        return grants.stream().filter(grant -> roles.contains(grant.role())).toList();
    }

    /** Schools and academic years: the trust's executive or CPD director, granted over the whole trust. */
    public boolean administersTrust() {
        return schoolsOf(TRUST_ADMINISTRATORS).wholeTenant();
    }

    /** The trust-wide readers: executive, CPD director, governors and finance, who see every school side by side. */
    public boolean readsWholeTrust() {
        return schoolsOf(COMPARISON_READERS).wholeTenant();
    }

    /** Whose staff records the caller may read: a hub's lead reads the hub's, to deploy its advisers. */
    public SchoolScope staffReadable() {
        if (schoolsOf(WHOLE_TENANT_STAFF_READERS).wholeTenant()) {
            return SchoolScope.WHOLE_TENANT;
        }
        return schoolsOf(SCHOOL_STAFF_READERS);
    }

    /** Whose staff records the caller may add, change or remove. */
    public SchoolScope staffEditable() {
        if (administersTrust()) {
            return SchoolScope.WHOLE_TENANT;
        }
        return schoolsOf(SCHOOL_STAFF_EDITORS);
    }

    /** The schools over which the caller holds (token and grant agreeing) one of {@code wanted}. */
    private SchoolScope schoolsOf(Set<Role> wanted) {
        Set<UUID> schools = new HashSet<>();
        for (Grant grant : grants) {
            if (wanted.contains(grant.role()) && roles.contains(grant.role())) {
                if (grant.school().isEmpty()) {
                    return SchoolScope.WHOLE_TENANT;
                }
                schools.add(grant.school().get());
            }
        }
        return SchoolScope.of(schools);
    }
}
