package org.canopy.platform.core.identity;

import org.canopy.platform.core.common.Coded;
import org.canopy.platform.core.common.Codes;

/**
 * The roles of DESIGN.md, spelled in tokens and manifests as {@code trust-executive}. A trust's
 * finance officer ({@code trust-finance}) approves budgets, imports actuals and runs the levy account
 * with the CPD director; a hub's lead ({@code hub-lead}) brokers engagements, approves funding claims
 * and curates provider intelligence (MODULES.md §0.3).
 */
public enum Role implements Coded {
    PLATFORM_OPERATOR,
    TRUST_EXECUTIVE,
    TRUST_CPD_DIRECTOR,
    TRUST_FINANCE,
    HEADTEACHER,
    CPD_LEAD,
    TEACHER,
    SUPPORT_STAFF,
    HUB_LEAD,
    EXPERT_ADVISER,
    GOVERNOR;

    @Override
    public String code() {
        return Codes.kebab(this);
    }
}
