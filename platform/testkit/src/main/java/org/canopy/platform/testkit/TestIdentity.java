package org.canopy.platform.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import org.canopy.platform.launcher.EmbeddedKeycloak;
import org.canopy.platform.launcher.KeycloakAdmin;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Real Keycloak tokens for tests: a user per name, with realm roles and membership of the tenants'
 * organizations (created by the core's provisioning when a tenant is created), signed in through
 * the {@code canopy-cli} client with a password grant. Tokens are cached while they stay valid.
 */
public final class TestIdentity {

    public static final String CLI_CLIENT = "canopy-cli";
    /** A client whose access tokens live one second: for the expired-token tests. */
    public static final String SHORT_LIVED_CLIENT = "canopy-test-short";
    /** Every test user's password (for browser tests that sign in through Keycloak's page). */
    public static final String PASSWORD = "Test-password-2026";

    private final EmbeddedKeycloak keycloak;
    private final KeycloakAdmin admin;
    private final Map<String, CachedToken> tokens = new ConcurrentHashMap<>();
    private final Map<String, String> users = new ConcurrentHashMap<>();

    TestIdentity(EmbeddedKeycloak keycloak) {
        this.keycloak = keycloak;
        this.admin = KeycloakAdmin.login(keycloak);
    }

    private record CachedToken(String token, Instant expires) {
    }

    /** The clients the test realm adds to the template: canopy-cli and a short-lived twin. */
    static List<Map<String, Object>> clients() {
        Map<String, Object> cli = Map.of("clientId", CLI_CLIENT, "enabled", true, "publicClient", true,
                "standardFlowEnabled", false, "directAccessGrantsEnabled", true, "protocol", "openid-connect",
                "defaultClientScopes", List.of("profile", "email", "basic", "roles"),
                "optionalClientScopes", List.of("organization"));
        Map<String, Object> shortLived = new java.util.HashMap<>(cli);
        shortLived.put("clientId", SHORT_LIVED_CLIENT);
        shortLived.put("attributes", Map.of("access.token.lifespan", "1"));
        return List.of(cli, shortLived);
    }

    public String issuer() {
        return keycloak.issuer();
    }

    /** A valid access token for {@code username} with these roles in these tenants. */
    public String token(String username, List<String> roles, List<String> tenants) {
        String key = username + "|" + roles + "|" + tenants;
        CachedToken cached = tokens.get(key);
        if (cached != null && cached.expires().isAfter(Instant.now().plusSeconds(30))) {
            return cached.token();
        }
        ensureUser(username, roles, tenants);
        JsonNode response = signIn(CLI_CLIENT, username);
        CachedToken fresh = new CachedToken(response.path("access_token").asText(),
                Instant.now().plusSeconds(response.path("expires_in").asLong(60)));
        tokens.put(key, fresh);
        return fresh.token();
    }

    /** A real token of this user that has expired by the time this returns. */
    public String expired(String username, List<String> roles, List<String> tenants) {
        ensureUser(username, roles, tenants);
        String token = signIn(SHORT_LIVED_CLIENT, username).path("access_token").asText();
        sleep(Duration.ofMillis(7500)); // one second of life, plus the API's 5 s clock-skew allowance

        return token;
    }

    /** A valid token with one character of its signature changed. */
    public String tampered(String username, List<String> roles, List<String> tenants) {
        String token = token(username, roles, tenants);
        int last = token.length() - 5;
        char replacement = token.charAt(last) == 'A' ? 'B' : 'A';
        return token.substring(0, last) + replacement + token.substring(last + 1);
    }

    /** A genuine Keycloak token from another realm (the master realm's administrator). */
    public String wrongIssuer() {
        return KeycloakAdmin.tokenRequest(keycloak.baseUri(), "master", Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", EmbeddedKeycloak.ADMIN, "password", keycloak.adminPassword()))
                .path("access_token").asText();
    }

    /** A genuine token of the canopy realm, but for Keycloak's admin-cli client: not for Canopy's API. */
    public String wrongAudience(String username, List<String> roles, List<String> tenants) {
        ensureUser(username, roles, tenants);
        return KeycloakAdmin.tokenRequest(keycloak.baseUri(), EmbeddedKeycloak.REALM, Map.of("grant_type", "password",
                "client_id", "admin-cli", "username", username, "password", PASSWORD)).path("access_token").asText();
    }

    /**
     * Rotates the realm's signing key: a new RSA key with a higher priority signs every token from
     * now on, under a key id the API has not seen yet. Cached tokens are dropped.
     */
    public void rotateSigningKey() {
        admin.send("POST", "components", Map.of("name", "rotated-" + java.util.UUID.randomUUID(),
                "providerId", "rsa-generated", "providerType", "org.keycloak.keys.KeyProvider", "parentId", admin.realmId(),
                "config", Map.of("priority", List.of("1000"), "enabled", List.of("true"), "active", List.of("true"),
                        "algorithm", List.of("RS256"))));
        tokens.clear();
    }

    /** Keycloak's view of a user (id, requiredActions, …). */
    public JsonNode keycloakUser(String username) {
        JsonNode found = admin.get("users?exact=true&username=" + java.net.URLEncoder.encode(username, java.nio.charset.StandardCharsets.UTF_8));
        if (found.isEmpty()) {
            throw new AssertionError("no Keycloak user " + username);
        }
        return found.get(0);
    }

    /** The aliases (tenant slugs) of the organizations the user belongs to. */
    public List<String> organizationsOf(String username) {
        String id = keycloakUser(username).path("id").asText();
        List<String> aliases = new java.util.ArrayList<>();
        admin.get("organizations/members/" + id + "/organizations").forEach(o -> aliases.add(o.path("alias").asText()));
        return aliases;
    }

    /** Realm roles of the user, without Keycloak's defaults. */
    public List<String> rolesOf(String username) {
        return admin.realmRoles(keycloakUser(username).path("id").asText());
    }

    /** The claims of a token, decoded (not verified): for tests that inspect what Keycloak issued. */
    public static JsonNode claims(String token) {
        try {
            return ApiClient.json().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode signIn(String client, String username) {
        return KeycloakAdmin.tokenRequest(keycloak.baseUri(), EmbeddedKeycloak.REALM, Map.of("grant_type", "password",
                "client_id", client, "username", username, "password", PASSWORD, "scope", "openid organization:*"));
    }

    private void ensureUser(String username, List<String> roles, List<String> tenants) {
        String key = username + "|" + roles + "|" + tenants;
        if (users.containsKey(key)) {
            return;
        }
        String mail = username.toLowerCase().replaceAll("[^a-z0-9.-]", ".") + "@canopy.test";
        String id = admin.ensureUser(username, mail, username, "Test", PASSWORD);
        admin.setPassword(id, PASSWORD); // also for people the core provisioned, who have none yet
        if (!roles.isEmpty()) {
            admin.grantRealmRoles(id, roles);
        }
        Map<String, String> organizations = admin.organizations();
        for (String tenant : tenants) {
            String organization = organizations.get(tenant);
            if (organization != null) {
                admin.addMember(organization, id);
            }
        }
        users.put(key, id);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
