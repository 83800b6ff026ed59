package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.ModuleContext;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what to a school's audit (see {@link AuditRole}). Someone who may not even read it gets
 * "not found", as for another tenant's data: whether a school has an audit is not theirs to know.
 */
public final class AuditAccess {

    private final Caller caller;

    public AuditAccess(ModuleContext context) {
        this.caller = context.caller().orElseThrow(() -> AuditException.forbidden("Sign in to use the CPD audit."));
    }

    public Caller caller() {
        return caller;
    }

    public String actor() {
        return caller.actor();
    }

    public boolean may(AuditRole role, UUID school) {
        return role.heldBy(caller, school);
    }

    public void requireReader(UUID school) {
        caller.eitherOf(AuditRole.READER.roles()).visibleAt(school, "Audit");
    }

    /** Readers who may not do this get 403 with what it takes; others get 404. */
    public void require(AuditRole role, UUID school, String doing) {
        requireReader(school);
        caller.eitherOf(role.roles()).requireAt(school, "Only " + describe(role) + " may " + doing + ".");
    }

    /** As {@link #require}, for a step either of two roles may take; {@code who} names them for the refusal. */
    public void requireEither(AuditRole one, AuditRole other, UUID school, String who, String doing) {
        requireReader(school);
        Set<String> either = new HashSet<>(one.roles());
        either.addAll(other.roles());
        caller.eitherOf(either).requireAt(school, "Only " + who + " may " + doing + ".");
    }

    private static String describe(AuditRole role) {
        if (role == AuditRole.RUNNER) {
            return "the school's CPD lead or headteacher";
        }
        if (role == AuditRole.MODERATOR) {
            return "the trust's CPD director or a hub adviser the school was granted to";
        }
        if (role == AuditRole.PUBLISHER) {
            return "the school's CPD lead or headteacher, or the trust's CPD director";
        }
        return "the trust's leaders and governors, and the school's headteacher and CPD lead";
    }
}
