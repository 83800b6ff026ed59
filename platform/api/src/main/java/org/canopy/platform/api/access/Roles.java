package org.canopy.platform.api.access;

import java.util.Set;

/**
 * Every role of the realm, as tokens, manifests and {@link org.canopy.platform.api.Caller} spell them.
 * Use these constants, never the bare strings: a misspelt role is a check that never passes.
 * A role is held over one school or over the whole tenant (see {@link org.canopy.platform.api.Caller.RoleScope}).
 */
public final class Roles {

    /** Runs the platform: installs plugins, creates tenants. Never a role inside a tenant's data. */
    public static final String PLATFORM_OPERATOR = "platform-operator";
    /** A trust's chief executive and executive team, over the trust. */
    public static final String TRUST_EXECUTIVE = "trust-executive";
    /** The trust's director of CPD, over the trust. */
    public static final String TRUST_CPD_DIRECTOR = "trust-cpd-director";
    /** The trust's finance lead (budgets, levy), over the trust. */
    public static final String TRUST_FINANCE = "trust-finance";
    /** A school's headteacher. */
    public static final String HEADTEACHER = "headteacher";
    /** A school's CPD lead. */
    public static final String CPD_LEAD = "cpd-lead";
    public static final String TEACHER = "teacher";
    public static final String SUPPORT_STAFF = "support-staff";
    /** A governor or trustee. */
    public static final String GOVERNOR = "governor";
    /** A hub's adviser; on a focus school granted to the hub, one who may contribute. */
    public static final String EXPERT_ADVISER = "expert-adviser";
    /** A hub's adviser on a focus school granted to the hub for reading only: the module must refuse writes. */
    public static final String EXPERT_ADVISER_READER = "expert-adviser-reader";
    /** The lead of a CPD hub, over the hub. */
    public static final String HUB_LEAD = "hub-lead";

    /** Every role above. */
    public static final Set<String> ALL = Set.of(PLATFORM_OPERATOR, TRUST_EXECUTIVE, TRUST_CPD_DIRECTOR, TRUST_FINANCE,
            HEADTEACHER, CPD_LEAD, TEACHER, SUPPORT_STAFF, GOVERNOR, EXPERT_ADVISER, EXPERT_ADVISER_READER, HUB_LEAD);

    private Roles() {
    }
}
