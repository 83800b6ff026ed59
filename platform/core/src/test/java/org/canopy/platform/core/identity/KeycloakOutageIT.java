package org.canopy.platform.core.identity;

import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak goes down: tokens already issued keep working (the API holds Keycloak's keys), and the
 * console says plainly that sign-in is unavailable. Stops this run's Keycloak, so it runs last.
 */
@ExtendWith(CanopyPlatform.class)
@Order(Integer.MAX_VALUE)
class KeycloakOutageIT {

    @Test
    void theApiKeepsAcceptingValidTokensAndTheConsoleExplains(RunningPlatform platform) throws Exception {
        String trust = platform.newTenant("outage", "trust");
        var teacher = platform.as("outage-teacher@" + trust, List.of("teacher"), List.of(trust));
        teacher.get("/api/t/" + trust + "/schools").expectStatus(200);

        platform.stopIdentityProvider();

        teacher.get("/api/t/" + trust + "/schools").expectStatus(200);
        teacher.get("/api/t/" + trust + "/years").expectStatus(200);
        var page = platform.anonymous().get("/console/login");
        assertThat(page.status()).isEqualTo(503);
        assertThat(page.contentType()).startsWith("text/html");
        assertThat(page.text()).contains("Sign-in is unavailable").doesNotContain("Exception");
    }
}
