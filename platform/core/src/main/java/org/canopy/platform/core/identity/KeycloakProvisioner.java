package org.canopy.platform.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * The Keycloak side of provisioning, through the Admin REST API as the {@code canopy-provisioner}
 * service account: one organization per tenant (alias = slug) and, for each first administrator, a
 * user who must set a password at first sign-in, with their realm role and membership. Every step
 * looks before it writes, so provisioning again changes nothing. Without {@code canopy.keycloak.url}
 * configured it does nothing (tests that sign their own tokens).
 *
 * <p>Plain HTTP rather than keycloak-admin-client: that client brings its own JAX-RS implementation,
 * which would clash with Payara's Jersey in the WAR.
 */
@ApplicationScoped
public class KeycloakProvisioner {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    @Inject
    KeycloakLocation keycloak;

    @Inject
    @ConfigProperty(name = "canopy.keycloak.provisioner.client", defaultValue = "canopy-provisioner")
    String clientId;

    @Inject
    @ConfigProperty(name = "canopy.keycloak.provisioner.secret")
    Optional<String> secret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public boolean isConfigured() {
        return keycloak.isConfigured() && secret.isPresent();
    }

    /** Ensures the tenant's organization; returns its Keycloak id (empty when not configured). */
    public Optional<String> ensureOrganization(String slug, String name) {
        if (!isConfigured()) {
            return Optional.empty();
        }
        Session session = new Session(token());
        return Optional.of(session.organization(slug, name));
    }

    /** Ensures the administrator's user, role and membership of the tenant's organization. */
    public void ensureMember(String slug, String tenantName, String email, String displayName, Role role) {
        if (!isConfigured()) {
            return;
        }
        Session session = new Session(token());
        String organization = session.organization(slug, tenantName);
        String user = session.user(email, displayName);
        JsonValue roleRepresentation = session.realmRole(role);
        session.send("POST", "users/" + user + "/role-mappings/realm", Json.createArrayBuilder().add(roleRepresentation).build().toString());
        session.send("POST", "organizations/" + organization + "/members", Json.createValue(user).toString());
    }

    private String token() {
        String form = "grant_type=client_credentials&client_id=" + encode(clientId) + "&client_secret=" + encode(secret.get());
        HttpResponse<String> response = call(HttpRequest.newBuilder(keycloak.realmUri("protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (response.statusCode() != 200) {
            throw new IdentityProviderException("Keycloak refused the provisioner's login: " + response.statusCode());
        }
        return parse(response.body()).asJsonObject().getString("access_token");
    }
    private HttpResponse<String> call(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderException("Keycloak is unreachable: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("interrupted while calling Keycloak");
        }
    }

    private static JsonStructure parse(String body) {
        try (var reader = Json.createReader(new StringReader(body))) {
            return reader.read();
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Admin REST calls with one service-account token. */
    private final class Session {

        private final String token;

        Session(String token) {
            this.token = token;
        }

        String organization(String slug, String name) {
            Optional<String> existing = find("organizations?exact=true&search=" + encode(name), "alias", slug);
            if (existing.isPresent()) {
                return existing.get();
            }
            for (JsonValue organization : get("organizations?max=10000").asJsonArray()) {
                if (slug.equals(organization.asJsonObject().getString("alias", ""))) {
                    return organization.asJsonObject().getString("id");
                }
            }
            send("POST", "organizations", Json.createObjectBuilder()
                    .add("name", name).add("alias", slug).add("enabled", true)
                    .add("domains", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", slug + ".canopy.invalid")))
                    .build().toString());
            return find("organizations?exact=true&search=" + encode(name), "alias", slug)
                    .orElseThrow(() -> new IdentityProviderException("organization " + slug + " was not created"));
        }

        String user(String email, String displayName) {
            Optional<String> existing = find("users?exact=true&username=" + encode(email), "username", email);
            if (existing.isPresent()) {
                return existing.get();
            }
            int space = displayName.lastIndexOf(' ');
            send("POST", "users", Json.createObjectBuilder()
                    .add("username", email).add("email", email).add("enabled", true)
                    .add("firstName", space < 0 ? displayName : displayName.substring(0, space))
                    .add("lastName", space < 0 ? "" : displayName.substring(space + 1))
                    .add("requiredActions", Json.createArrayBuilder().add("UPDATE_PASSWORD"))
                    .build().toString());
            return find("users?exact=true&username=" + encode(email), "username", email)
                    .orElseThrow(() -> new IdentityProviderException("user " + email + " was not created"));
        }

        /** The realm role, created first in a realm imported before the role existed (the import never updates a realm). */
        JsonValue realmRole(Role role) {
            if (call(request("roles/" + role.code()).GET()).statusCode() == 404) {
                send("POST", "roles", Json.createObjectBuilder().add("name", role.code())
                        .add("description", "Canopy role " + role.code()).build().toString());
            }
            return get("roles/" + role.code());
        }

        private Optional<String> find(String path, String field, String value) {
            JsonArray found = get(path).asJsonArray();
            return found.stream().map(JsonValue::asJsonObject)
                    .filter(o -> value.equalsIgnoreCase(o.getString(field, "")))
                    .map(o -> o.getString("id")).findFirst();
        }

        JsonStructure get(String path) {
            HttpResponse<String> response = call(request(path).GET());
            if (response.statusCode() != 200) {
                throw new IdentityProviderException("Keycloak GET " + path + " answered " + response.statusCode());
            }
            return parse(response.body());
        }

        void send(String method, String path, String json) {
            HttpResponse<String> response = call(request(path).header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json)));
            if (response.statusCode() >= 300 && response.statusCode() != 409) {
                throw new IdentityProviderException("Keycloak " + method + " " + path + " answered "
                        + response.statusCode() + " " + response.body());
            }
        }

        private HttpRequest.Builder request(String path) {
            return HttpRequest.newBuilder(keycloak.adminUri(path))
                    .header("Authorization", "Bearer " + token);
        }
    }

    /** Keycloak could not do its part of provisioning; the transaction around it rolls back. */
    public static final class IdentityProviderException extends RuntimeException {
        public IdentityProviderException(String message) {
            super(message);
        }
    }
}
