package org.canopy.plugins.testmodule;

import org.canopy.platform.api.CanopyModule;
import org.canopy.platform.api.ModuleContext;
import org.canopy.platform.api.access.Roles;
import org.pf4j.Extension;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A module in full: routes, a tenant-owned table, a seed when a tenant enables it, reference data from its jar. */
@Extension
public class TestModule implements CanopyModule {

    static final String WELCOME = "Welcome to the test module";

    @Override
    public String title() {
        return "Test module";
    }

    @Override
    public Set<String> visibleTo() {
        return Set.of(Roles.TRUST_EXECUTIVE, Roles.HEADTEACHER, Roles.CPD_LEAD, Roles.TEACHER, Roles.EXPERT_ADVISER,
                Roles.EXPERT_ADVISER_READER);
    }

    @Override
    public Object routes(ModuleContext context) {
        return new NoteRoutes(context);
    }

    @Override
    public Optional<String> changelog() {
        return Optional.of("test-module/db/changelog.sql");
    }

    @Override
    public List<String> referenceFiles() {
        return List.of(NoteLimits.FILE);
    }

    /** Seeds a welcome note once: enabling again after a disable must not add another. */
    @Override
    public void onEnabled(ModuleContext context) {
        context.data().update("insert into note (text) select ? where not exists (select 1 from note where text = ?)",
                WELCOME, WELCOME);
    }
}
