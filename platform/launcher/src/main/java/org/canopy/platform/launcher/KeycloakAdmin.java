package org.canopy.platform.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Keycloak's Admin REST API as the bootstrap administrator of an embedded Keycloak: the few calls
 * the embedded default (demo logins) and the testkit (users per role and tenant) need.
 */
public final class KeycloakAdmin {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final EmbeddedKeycloak keycloak;
    private final URI base;
    private final String realm;
    private String token;
    private java.time.Instant tokenExpires = java.time.Instant.MIN;

    private KeycloakAdmin(EmbeddedKeycloak keycloak) {
        this.keycloak = keycloak;
        this.base = keycloak.baseUri();
        this.realm = EmbeddedKeycloak.REALM;
    }

    /** The administrator's calls; its token (a minute long in the master realm) is renewed as it runs out. */
    public static KeycloakAdmin login(EmbeddedKeycloak keycloak) {
        KeycloakAdmin admin = new KeycloakAdmin(keycloak);
        admin.token();
        return admin;
    }

    private synchronized String token() {
        if (java.time.Instant.now().plusSeconds(15).isAfter(tokenExpires)) {
            JsonNode response = tokenRequest(base, "master", Map.of("grant_type", "password", "client_id", "admin-cli",
                    "username", EmbeddedKeycloak.ADMIN, "password", keycloak.adminPassword()));
            token = response.path("access_token").asText();
            tokenExpires = java.time.Instant.now().plusSeconds(response.path("expires_in").asLong(60));
        }
        return token;
    }

    /** POSTs a form to a realm's token endpoint; fails unless Keycloak answers 200. */
    public static JsonNode tokenRequest(URI keycloak, String realm, Map<String, String> form) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        keycloak.resolve("realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(form))).build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("Keycloak token request failed: " + response.statusCode() + " " + response.body());
        }
        return read(response.body());
    }

    /** The id of the user, created (enabled, verified, with the password) if missing. */
    public String ensureUser(String username, String email, String firstName, String lastName, String password) {
        JsonNode found = get("users?exact=true&username=" + encode(username));
        boolean created = found.isEmpty();
        if (created) {
            send("POST", "users", Map.of("username", username, "email", email, "firstName", firstName,
                    "lastName", lastName, "emailVerified", true, "enabled", true));
            found = get("users?exact=true&username=" + encode(username));
        }
        String id = found.get(0).path("id").asText();
        if (created) {
            setPassword(id, password);
        }
        return id;
    }

    /** The password, not temporary, and no pending required actions. Setting the current password again is fine. */
    public void setPassword(String userId, String password) {
        HttpResponse<String> response = send(request("users/" + userId + "/reset-password").header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json(Map.of("type", "password", "value", password, "temporary", false))))
                .build());
        if (response.statusCode() >= 300 && !response.body().contains("invalidPasswordHistoryMessage")) {
            throw new IllegalStateException("password of " + userId + ": " + response.statusCode() + " " + response.body());
        }
        send("PUT", "users/" + userId, Map.of("requiredActions", List.of(), "emailVerified", true));
    }

    public void grantRealmRoles(String userId, List<String> roles) {
        List<JsonNode> representations = roles.stream().map(role -> get("roles/" + encode(role))).toList();
        send("POST", "users/" + userId + "/role-mappings/realm", representations);
    }

    /** Realm roles of the user, without Keycloak's defaults. */
    public List<String> realmRoles(String userId) {
        return stream(get("users/" + userId + "/role-mappings/realm")).map(r -> r.path("name").asText())
                .filter(name -> !name.equals("offline_access") && !name.equals("uma_authorization") && !name.startsWith("default-roles-"))
                .toList();
    }

    /** The realm's internal id (the parent of its components, such as signing keys). */
    public String realmId() {
        return get("").path("id").asText();
    }

    /** Organizations by alias (= tenant slug) with their ids. */
    public Map<String, String> organizations() {
        return stream(get("organizations?max=10000"))
                .collect(Collectors.toMap(o -> o.path("alias").asText(), o -> o.path("id").asText()));
    }

    public List<JsonNode> members(String organizationId) {
        return stream(get("organizations/" + organizationId + "/members?max=10000")).toList();
    }

    public void addMember(String organizationId, String userId) {
        send("POST", "organizations/" + organizationId + "/members", userId);
    }

    public JsonNode get(String path) {
        HttpResponse<String> response = send(request(path).GET().build());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return read(response.body());
    }

    /** 409 (already there) counts as done: every call here is meant to be idempotent. */
    public void send(String method, String path, Object body) {
        HttpResponse<String> response = send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json(body))).build());
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
            throw new IllegalStateException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpRequest.Builder request(String path) {
        String resource = "admin/realms/" + realm + (path.isEmpty() ? "" : "/" + path);
        return HttpRequest.newBuilder(base.resolve(resource)).header("Authorization", "Bearer " + token());
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    public static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }
}
