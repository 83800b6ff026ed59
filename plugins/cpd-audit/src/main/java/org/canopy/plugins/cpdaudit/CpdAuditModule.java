package org.canopy.plugins.cpdaudit;

import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.ModuleContext;
import org.canopy.plugins.cpdaudit.audit.AuditRole;
import org.canopy.plugins.cpdaudit.demo.DemoAudits;
import org.canopy.plugins.cpdaudit.framework.FrameworkLibrary;
import org.canopy.plugins.cpdaudit.http.CpdAuditRoutes;
import org.pf4j.Extension;

import java.util.Optional;
import java.util.Set;

/**
 * The annual CPD audit of each school: a versioned framework, the anonymous whole-staff survey,
 * self-evaluation and judgement, moderation, two transformation priorities, year on year.
 */
@Extension
public class CpdAuditModule implements CanopyModule {

    @Override
    public String title() {
        return "CPD audit";
    }

    /** Staff who only answer the survey need no access: they answer through its public link. */
    @Override
    public Set<String> visibleTo() {
        return AuditRole.READER.roles();
    }

    @Override
    public Object routes(ModuleContext context) {
        return new CpdAuditRoutes(context);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("cpd-audit/db/changelog.sql");
    }

    /** Seeds the default framework; with {@code canopy.module.cpd-audit.demo-data=true}, two years of audits too. */
    @Override
    public void onEnabled(ModuleContext context) {
        new FrameworkLibrary(context.data()).seedDefault();
        if (context.config("demo-data").map(Boolean::parseBoolean).orElse(false)) {
            new DemoAudits(context).seed();
        }
    }
}
