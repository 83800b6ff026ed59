package org.canopy.platform.core.console;

import java.io.IOException;

/** What answers a tenant's public addresses ({@code /s/{tenant}/…}): the modules' public pages, which the plugin host serves. */
public interface PublicPages {

    void handle(PublicExchange exchange) throws IOException;
}
