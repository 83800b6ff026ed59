package org.canopy.platform.core.identity;

import org.canopy.platform.testkit.CanopyPlatform;
import org.canopy.platform.testkit.RunningPlatform;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keycloak rotates its signing key: a token under the new key id is accepted at once (the API
 * fetches Keycloak's keys again for a key id it does not know). Changes the realm's key, so it
 * runs after the other suites and before the outage test.
 */
@ExtendWith(CanopyPlatform.class)
@Order(Integer.MAX_VALUE - 1)
class KeyRotationIT {

    @Test
    void aTokenSignedWithARotatedKeyIsAcceptedAtOnce(RunningPlatform platform) throws InterruptedException {
        String trust = platform.newTenant("rotation", "trust");
        String before = platform.identity().token("rotating@" + trust, List.of("teacher"), List.of(trust));
        platform.as("rotating@" + trust, List.of("teacher"), List.of(trust)).get("/api/t/" + trust + "/years").expectStatus(200);

        platform.identity().rotateSigningKey();
        Thread.sleep(2500); // the API refreshes Keycloak's keys at most every 2 s

        String after = platform.identity().token("rotating@" + trust, List.of("teacher"), List.of(trust));
        assertThat(header(after)).as("signed under another key id").isNotEqualTo(header(before));
        platform.withToken(after).get("/api/t/" + trust + "/years").expectStatus(200);
        platform.withToken(before).get("/api/t/" + trust + "/years").expectStatus(200);
    }

    private static String header(String token) {
        return token.substring(0, token.indexOf('.'));
    }
}
