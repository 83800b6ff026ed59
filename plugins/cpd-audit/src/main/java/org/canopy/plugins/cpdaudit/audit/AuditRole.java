package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.Caller;

import java.util.Set;
import java.util.UUID;

import static org.canopy.platform.api.access.Roles.CPD_LEAD;
import static org.canopy.platform.api.access.Roles.EXPERT_ADVISER;
import static org.canopy.platform.api.access.Roles.EXPERT_ADVISER_READER;
import static org.canopy.platform.api.access.Roles.GOVERNOR;
import static org.canopy.platform.api.access.Roles.HEADTEACHER;
import static org.canopy.platform.api.access.Roles.TRUST_CPD_DIRECTOR;
import static org.canopy.platform.api.access.Roles.TRUST_EXECUTIVE;

/**
 * What a person does with a school's audit. The school's CPD lead and headteacher run it, publishing
 * included once it is moderated; the trust's CPD director, or a hub's expert adviser the trust granted
 * the school to (with contribute access), moderates, and the CPD director may publish too; the trust's
 * executive and governors, and an adviser with read access, read. A role counts when held at the
 * school or over the whole trust.
 */
public enum AuditRole {
    READER(Set.of(TRUST_EXECUTIVE, TRUST_CPD_DIRECTOR, GOVERNOR, HEADTEACHER, CPD_LEAD, EXPERT_ADVISER, EXPERT_ADVISER_READER)),
    RUNNER(Set.of(HEADTEACHER, CPD_LEAD)),
    MODERATOR(Set.of(TRUST_CPD_DIRECTOR, EXPERT_ADVISER)),
    PUBLISHER(Set.of(TRUST_CPD_DIRECTOR, HEADTEACHER, CPD_LEAD));

    private final Set<String> roles;

    AuditRole(Set<String> roles) {
        this.roles = roles;
    }

    public boolean heldBy(Caller caller, UUID school) {
        return caller.eitherOf(roles).at(school);
    }

    /** Whether the caller holds this over every school of the trust (the trust-wide views). */
    public boolean heldOverTrust(Caller caller) {
        return caller.eitherOf(roles).overTenant();
    }

    /** The roles that make it, for the module's visibility. */
    public Set<String> roles() {
        return roles;
    }
}
