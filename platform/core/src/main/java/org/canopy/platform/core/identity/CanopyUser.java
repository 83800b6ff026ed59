package org.canopy.platform.core.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The caller, as the access token describes them. Claims are read in the shape Keycloak issues:
 * realm roles in {@code groups}; tenant slugs in {@code organization}, either a list of aliases or
 * a map keyed by alias (when the organization mapper adds ids or attributes).
 */
public record CanopyUser(String subject, String username, String displayName, Set<Role> roles, Set<String> tenants) {

    public static final String ORGANIZATION_CLAIM = "organization";

    /** The actor recorded for changes made by provisioning rather than by a person. */
    public static CanopyUser system(String name) {
        return new CanopyUser("system", name, name, Set.of(), Set.of());
    }

    public static CanopyUser from(JsonWebToken token) {
        String username = firstNonBlank(token.getClaim("preferred_username"), token.getName(), token.getSubject());
        String displayName = firstNonBlank(token.getClaim("name"), username);
        Set<Role> roles = token.getGroups() == null ? Set.of() : token.getGroups().stream()
                .flatMap(group -> Arrays.stream(Role.values()).filter(role -> role.code().equals(group)))
                .collect(Collectors.toUnmodifiableSet());
        return new CanopyUser(token.getSubject(), username, displayName, roles, tenants(token.getClaim(ORGANIZATION_CLAIM)));
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

    private static Set<String> tenants(Object claim) {
        Set<String> slugs = new LinkedHashSet<>();
        if (claim instanceof JsonArray array) {
            array.forEach(value -> {
                if (value instanceof JsonString string) {
                    slugs.add(string.getString());
                }
            });
        } else if (claim instanceof JsonObject object) {
            slugs.addAll(object.keySet());
        } else if (claim instanceof JsonString string) {
            slugs.add(string.getString());
        } else if (claim instanceof java.util.Collection<?> collection) {
            collection.forEach(value -> slugs.add(value instanceof JsonString s ? s.getString() : String.valueOf(value)));
        } else if (claim instanceof String string) {
            slugs.add(string);
        }
        return Set.copyOf(slugs);
    }

    private static String firstNonBlank(Object... candidates) {
        for (Object candidate : candidates) {
            String text = candidate instanceof JsonString json ? json.getString()
                    : candidate == null || candidate == JsonValue.NULL ? null : candidate.toString();
            if (text != null && !text.isBlank()) {
                return text;
            }
        }
        return "unknown";
    }
}
