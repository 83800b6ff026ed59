package org.canopy.platform.api;

import java.util.Set;

/** The signed-in user: login name and roles ({@code trust-executive}, {@code cpd-lead}, …). */
public record Caller(String username, String displayName, Set<String> roles) {

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
