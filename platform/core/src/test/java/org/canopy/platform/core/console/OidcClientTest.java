package org.canopy.platform.core.console;

import org.canopy.platform.core.identity.KeycloakLocation;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OidcClientTest {

    @Test
    void derivesThePkceChallengeAsRfc7636Does() {
        assertThat(OidcClient.challenge("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk"))
                .isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void sendsTheBrowserWithAS256ChallengeAndAsksForEveryTenant() {
        OidcClient client = client("http://localhost:8180");
        OidcClient.Attempt attempt = client.newAttempt();
        URI uri = client.authorizationUri(attempt, "http://localhost:8080/console/callback");
        assertThat(uri.toString())
                .startsWith("http://localhost:8180/realms/canopy/protocol/openid-connect/auth?")
                .contains("code_challenge=" + OidcClient.challenge(attempt.codeVerifier()))
                .contains("code_challenge_method=S256")
                .contains("state=" + attempt.state())
                .contains("scope=openid+profile+email+organization%3A*");
        assertThat(client.newAttempt().state()).isNotEqualTo(attempt.state());
    }

    @Test
    void reportsSignInUnavailableWhenKeycloakDoesNotAnswer() {
        assertThat(client("http://127.0.0.1:1").isAvailable()).isFalse();
    }

    private static OidcClient client(String keycloak) {
        OidcClient client = new OidcClient();
        client.keycloak = KeycloakLocation.of(keycloak, "canopy");
        client.clientId = "canopy-console";
        client.clientSecret = Optional.of("secret");
        return client;
    }
}
