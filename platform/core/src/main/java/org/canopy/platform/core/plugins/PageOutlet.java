package org.canopy.platform.core.plugins;

import org.canopy.platform.api.ConsolePage;

import java.io.IOException;

/** Where a module's page answers go: the console inside a tenant, or the tenant's public pages. */
interface PageOutlet {

    /** The module's root, ending in {@code /}: a view's {@code base}. */
    String base();

    /** The session's CSRF token: a view's {@code csrf}. */
    String csrf();

    /** A view's template, already rendered, inside the layout. */
    void render(ConsolePage.View view, String body) throws IOException;

    /** To {@code path} below the module's root, with {@code flash} shown once there. */
    void redirect(String path, String flash) throws IOException;

    void download(ConsolePage.Download download) throws IOException;
}
