package org.canopy.platform.core.surveys;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.tenancy.Tenant;
import org.canopy.platform.core.tenancy.TenantDirectory;
import org.canopy.platform.core.identity.TenantScope;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * In the background, every five minutes: closes the surveys past their last day and files every
 * survey's waiting responses (five or more while open, all once closed). Answering files them too;
 * this catches what an interrupted request left waiting.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SurveyFiling {

    private static final Logger LOG = Logger.getLogger(SurveyFiling.class.getName());
    private static final CanopyUser FILING = CanopyUser.system("survey filing");

    @Inject
    TenantDirectory tenants;

    @Inject
    SurveyStore store;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    public void fileEveryTenant() {
        for (Tenant tenant : tenants.list()) {
            try (TenantScope.Entered ignored = TenantScope.enter(TenantDirectory.scopeFor(tenant.id(), tenant.slug(), FILING))) {
                for (UUID survey : store.needingWork()) {
                    store.closeIfPastLastDay(survey);
                    store.file(survey);
                }
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "filing the surveys of " + tenant.slug() + " failed", e);
            }
        }
    }
}
