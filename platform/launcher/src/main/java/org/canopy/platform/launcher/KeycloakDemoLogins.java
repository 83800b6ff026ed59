package org.canopy.platform.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded default only: gives every member of every tenant organization (the first
 * administrators provisioning created, who would otherwise set a password at first login) the demo
 * password, adds a platform operator, and lists one login per role and tenant.
 */
final class KeycloakDemoLogins {

    static final String DEMO_PASSWORD = "Canopy-demo-2026";
    static final String OPERATOR = "operator";
    private static final Set<String> NOT_CANOPY_ROLES = Set.of("offline_access", "uma_authorization", "default-roles-canopy");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI base;
    private final String token;

    private KeycloakDemoLogins(URI base, String token) {
        this.base = base;
        this.token = token;
    }

    record Login(String role, String tenant, String username, String password) {
        @Override
        public String toString() {
            return "canopy: login " + role + " " + tenant + " " + username + " " + password;
        }
    }

    static List<Login> prepare(EmbeddedKeycloak keycloak) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        keycloak.baseUri().resolve("realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("grant_type", "password", "client_id", "admin-cli",
                        "username", EmbeddedKeycloak.ADMIN, "password", keycloak.adminPassword()))))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Keycloak admin login failed: " + response.statusCode() + " " + response.body());
        }
        return new KeycloakDemoLogins(keycloak.baseUri(), JSON.readTree(response.body()).path("access_token").asText()).prepare();
    }

    private List<Login> prepare() throws IOException, InterruptedException {
        List<Login> logins = new ArrayList<>();
        String operatorId = ensureOperator();
        activate(operatorId);
        logins.add(new Login("platform-operator", "-", OPERATOR, DEMO_PASSWORD));
        for (JsonNode organization : get("organizations?max=1000")) {
            for (JsonNode member : get("organizations/" + organization.path("id").asText() + "/members?max=1000")) {
                String userId = member.path("id").asText();
                activate(userId);
                for (JsonNode role : get("users/" + userId + "/role-mappings/realm")) {
                    if (!NOT_CANOPY_ROLES.contains(role.path("name").asText())) {
                        logins.add(new Login(role.path("name").asText(), organization.path("alias").asText(),
                                member.path("username").asText(), DEMO_PASSWORD));
                    }
                }
            }
        }
        return logins;
    }

    private String ensureOperator() throws IOException, InterruptedException {
        JsonNode found = get("users?exact=true&username=" + OPERATOR);
        if (found.isEmpty()) {
            send("POST", "users", Map.of("username", OPERATOR, "firstName", "Platform", "lastName", "Operator",
                    "email", "operator@canopy.invalid", "emailVerified", true, "enabled", true));
            found = get("users?exact=true&username=" + OPERATOR);
        }
        String id = found.get(0).path("id").asText();
        JsonNode role = get("roles/platform-operator");
        send("POST", "users/" + id + "/role-mappings/realm", List.of(role));
        return id;
    }

    /** The demo password, no pending required actions. */
    private void activate(String userId) throws IOException, InterruptedException {
        send("PUT", "users/" + userId + "/reset-password", Map.of("type", "password", "value", DEMO_PASSWORD, "temporary", false));
        send("PUT", "users/" + userId, Map.of("requiredActions", List.of(), "emailVerified", true));
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private void send(String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request(path).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && response.statusCode() != 409) {
            throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve("admin/realms/" + EmbeddedKeycloak.REALM + "/" + path))
                .header("Authorization", "Bearer " + token);
    }

    private static String form(Map<String, String> fields) {
        StringBuilder body = new StringBuilder();
        fields.forEach((key, value) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return body.toString();
    }
}
