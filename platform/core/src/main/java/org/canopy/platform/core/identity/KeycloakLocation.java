package org.canopy.platform.core.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.URI;
import java.util.Optional;

/** Where Keycloak is ({@code canopy.keycloak.url}) and which realm Canopy uses, for its HTTP callers. */
@ApplicationScoped
public class KeycloakLocation {

    @Inject
    @ConfigProperty(name = "canopy.keycloak.url")
    Optional<String> url;

    @Inject
    @ConfigProperty(name = "canopy.keycloak.realm", defaultValue = "canopy")
    String realm;

    /** For tests: a location without CDI. */
    public static KeycloakLocation of(String url, String realm) {
        KeycloakLocation location = new KeycloakLocation();
        location.url = Optional.of(url);
        location.realm = realm;
        return location;
    }

    public boolean isConfigured() {
        return url.isPresent();
    }

    /** {@code <keycloak>/realms/<realm>/<path>}: the realm's OpenID Connect endpoints. */
    public URI realmUri(String path) {
        return base().resolve("realms/" + realm + "/" + path);
    }

    /** {@code <keycloak>/admin/realms/<realm>/<path>}: the realm's Admin REST API. */
    public URI adminUri(String path) {
        return base().resolve("admin/realms/" + realm + "/" + path);
    }

    private URI base() {
        String value = url.orElseThrow(() -> new IllegalStateException("canopy.keycloak.url is not configured"));
        return URI.create(value.endsWith("/") ? value : value + "/");
    }
}
