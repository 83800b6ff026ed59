package org.canopy.platform.core.identity;

import java.security.Principal;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller, as the access token describes them. Claims are read in the shape Keycloak issues:
 * realm roles in {@code groups}; tenant slugs in {@code organization}, either a list of aliases or
 * a map keyed by alias (when the organization mapper adds ids or attributes).
 */
public record CanopyUser(String subject, String username, String displayName, Set<Role> roles, Set<String> tenants) {

    public static final String ORGANIZATION_CLAIM = "organization";
    private static final String SYSTEM = "system";
    private static final String ANONYMOUS = "anonymous";

    /** The actor recorded for changes made by provisioning rather than by a person. */
    public static CanopyUser system(String name) {
        return new CanopyUser(SYSTEM, name, name, Set.of(), Set.of());
    }

    /** Whoever opens a public page ({@code /s/…}): signed in or not, they act with no roles and no tenant. */
    public static CanopyUser anonymous() {
        return new CanopyUser(ANONYMOUS, ANONYMOUS, "Anonymous visitor", Set.of(), Set.of());
    }

    /** The caller from the request's principal, which the bearer-token mechanism set. */
    public static Optional<CanopyUser> of(Principal principal) {
        return principal instanceof AccessTokenPrincipal token ? Optional.of(from(token.claimValues())) : Optional.empty();
    }

    /** From a validated token's claims, by name ({@code sub}, {@code preferred_username} …), as plain values. */
    public static CanopyUser from(Map<String, Object> claims) {
        String subject = claims.get("sub") == null ? null : claims.get("sub").toString();
        String username = firstNonBlank(claims.get("preferred_username"), subject);
        String displayName = firstNonBlank(claims.get("name"), username);
        Set<Role> roles = strings(claims.get("groups")).stream()
                .flatMap(group -> Arrays.stream(Role.values()).filter(role -> role.code().equals(group)))
                .collect(Collectors.toUnmodifiableSet());
        return new CanopyUser(subject, username, displayName, roles, Set.copyOf(strings(claims.get(ORGANIZATION_CLAIM))));
    }

    /** A signed-in person, whose role assignments count; not the platform's own work nor an anonymous visitor. */
    public boolean isPerson() {
        return !SYSTEM.equals(subject) && !ANONYMOUS.equals(subject);
    }

    public boolean isOperator() {
        return roles.contains(Role.PLATFORM_OPERATOR);
    }

    public boolean memberOf(String slug) {
        return tenants.contains(slug);
    }

    public boolean hasAnyRole(Set<Role> wanted) {
        return roles.stream().anyMatch(wanted::contains);
    }

    /** A claim that is a list of names, or a map keyed by name (Keycloak's organization claim with ids). */
    private static Set<String> strings(Object claim) {
        Set<String> values = new LinkedHashSet<>();
        if (claim instanceof Map<?, ?> map) {
            map.keySet().forEach(key -> values.add(String.valueOf(key)));
        } else if (claim instanceof Collection<?> collection) {
            collection.forEach(value -> values.add(String.valueOf(value)));
        } else if (claim instanceof String string) {
            values.add(string);
        }
        return values;
    }

    private static String firstNonBlank(Object... candidates) {
        for (Object candidate : candidates) {
            if (candidate != null && !candidate.toString().isBlank()) {
                return candidate.toString();
            }
        }
        return "unknown";
    }
}
