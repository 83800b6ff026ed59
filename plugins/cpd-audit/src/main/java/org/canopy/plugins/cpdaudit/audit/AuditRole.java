package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.Caller;

import java.util.Set;
import java.util.UUID;

/**
 * What a person does with a school's audit. The school's CPD lead and headteacher run it, publishing
 * included once it is moderated; the trust's CPD director, or a hub's expert adviser the trust granted
 * the school to (with contribute access), moderates, and the CPD director may publish too; the trust's
 * executive and governors, and an adviser with read access, read. A role counts when held at the
 * school or over the whole trust.
 */
public enum AuditRole {
    READER(Set.of("trust-executive", "trust-cpd-director", "governor", "headteacher", "cpd-lead", "expert-adviser",
            "expert-adviser-reader")),
    RUNNER(Set.of("headteacher", "cpd-lead")),
    MODERATOR(Set.of("trust-cpd-director", "expert-adviser")),
    PUBLISHER(Set.of("trust-cpd-director", "headteacher", "cpd-lead"));

    private final Set<String> roles;

    AuditRole(Set<String> roles) {
        this.roles = roles;
    }

    public boolean heldBy(Caller caller, UUID school) {
        return roles.stream().anyMatch(role -> caller.hasRoleAt(role, school));
    }

    /** Whether the caller holds this over every school of the trust (the trust-wide views). */
    public boolean heldOverTrust(Caller caller) {
        return roles.stream().anyMatch(caller::hasRoleOverTenant);
    }

    /** The roles that make it, for the module's visibility. */
    public Set<String> roles() {
        return roles;
    }
}
