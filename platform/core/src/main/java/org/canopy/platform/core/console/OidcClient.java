package org.canopy.platform.core.console;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.canopy.platform.core.identity.KeycloakLocation;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

/**
 * The console's side of OpenID Connect with Keycloak: authorization code flow with PKCE (S256) for
 * the confidential client {@code canopy-console}. The code is exchanged on the back channel, so the
 * tokens come straight from Keycloak; the API still validates every access token it receives.
 */
@ApplicationScoped
public class OidcClient {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    KeycloakLocation keycloak;

    @Inject
    @ConfigProperty(name = "canopy.console.client-id", defaultValue = "canopy-console")
    String clientId;

    @Inject
    @ConfigProperty(name = "canopy.console.client-secret")
    Optional<String> clientSecret;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /** What a sign-in in progress must remember until Keycloak sends the browser back. */
    public record Attempt(String state, String nonce, String codeVerifier) implements java.io.Serializable {
    }

    /** The tokens of a completed sign-in. */
    public record Tokens(String idToken, JsonObject idClaims, JsonObject accessClaims) {
    }

    public boolean isConfigured() {
        return keycloak.isConfigured() && clientSecret.isPresent();
    }

    /** Whether Keycloak answers at all, checked before sending a browser there. */
    public boolean isAvailable() {
        if (!isConfigured()) {
            return false;
        }
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(realmUri(".well-known/openid-configuration"))
                    .timeout(Duration.ofSeconds(3)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    public Attempt newAttempt() {
        return new Attempt(random(), random(), random() + random());
    }

    public URI authorizationUri(Attempt attempt, String redirectUri) {
        return URI.create(realmUri("protocol/openid-connect/auth") + "?response_type=code"
                + "&client_id=" + encode(clientId)
                + "&redirect_uri=" + encode(redirectUri)
                + "&scope=" + encode("openid profile email organization:*")
                + "&state=" + encode(attempt.state())
                + "&nonce=" + encode(attempt.nonce())
                + "&code_challenge=" + encode(challenge(attempt.codeVerifier()))
                + "&code_challenge_method=S256");
    }

    /** Exchanges the code; empty when Keycloak refuses it or the nonce does not match. */
    public Optional<Tokens> exchange(String code, Attempt attempt, String redirectUri) {
        String form = "grant_type=authorization_code&code=" + encode(code)
                + "&redirect_uri=" + encode(redirectUri)
                + "&client_id=" + encode(clientId) + "&client_secret=" + encode(clientSecret.orElse(""))
                + "&code_verifier=" + encode(attempt.codeVerifier());
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(realmUri("protocol/openid-connect/token"))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            JsonObject tokens = parse(response.body());
            String idToken = tokens.getString("id_token", "");
            JsonObject idClaims = claims(idToken);
            if (!attempt.nonce().equals(idClaims.getString("nonce", ""))) {
                return Optional.empty();
            }
            return Optional.of(new Tokens(idToken, idClaims, claims(tokens.getString("access_token", ""))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Keycloak's end-session endpoint: ends the Keycloak session too, then returns to {@code afterwards}. */
    public URI logoutUri(String idToken, String afterwards) {
        return URI.create(realmUri("protocol/openid-connect/logout") + "?client_id=" + encode(clientId)
                + "&id_token_hint=" + encode(idToken) + "&post_logout_redirect_uri=" + encode(afterwards));
    }

    private URI realmUri(String path) {
        return keycloak.realmUri(path);
    }

    private static JsonObject claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            return Json.createObjectBuilder().build();
        }
        return parse(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    private static JsonObject parse(String json) {
        try (var reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
