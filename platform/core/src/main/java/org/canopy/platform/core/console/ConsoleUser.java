package org.canopy.platform.core.console;

import java.io.Serializable;
import java.util.List;

/**
 * Who is signed in to the console, kept in the HTTP session (serializable, so sessions can be
 * replicated across instances), and which of their tenants they are working in.
 */
public record ConsoleUser(String name, String username, List<String> tenants, List<String> roles, String idToken,
                          String currentTenant) implements Serializable {

    static final String SESSION_KEY = "canopy.console.user";

    ConsoleUser choose(String tenant) {
        return new ConsoleUser(name, username, tenants, roles, idToken, tenant);
    }
}
