package org.canopy.platform.testkit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs access tokens shaped as Keycloak issues them (realm roles in {@code groups}, tenants in
 * {@code organization}) with a key made for this test run only. The platform under test is told
 * to trust this key and issuer; nothing outside tests ever is.
 */
public final class TestTokens {

    public static final String ISSUER = "https://testkit.canopy.invalid/realms/canopy";
    public static final String AUDIENCE = "canopy-api";

    private final RSAKey key;

    private TestTokens(RSAKey key) {
        this.key = key;
    }

    public static TestTokens generate() {
        try {
            return new TestTokens(new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).generate());
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot generate the test signing key", e);
        }
    }

    /** Writes the public key set the platform verifies tokens with. */
    public Path writePublicKeys(Path file) throws IOException {
        Files.writeString(file, new JWKSet(key.toPublicJWK()).toString());
        return file;
    }

    /** The MicroProfile JWT settings that make the platform trust these tokens. */
    public Map<String, String> platformProperties(Path publicKeys) {
        return Map.of("mp.jwt.verify.issuer", ISSUER,
                "mp.jwt.verify.publickey.location", publicKeys.toUri().toString(),
                "mp.jwt.verify.audiences", AUDIENCE);
    }

    /** A token for a person with {@code roles} in {@code tenants}. */
    public String issue(String username, List<String> roles, List<String> tenants) {
        return sign(claims(username, roles, tenants, Instant.now().plus(Duration.ofHours(1))).build());
    }

    /** A token that expired a minute ago. */
    public String expired(String username, List<String> roles, List<String> tenants) {
        return sign(claims(username, roles, tenants, Instant.now().minus(Duration.ofMinutes(1))).build());
    }

    private JWTClaimsSet.Builder claims(String username, List<String> roles, List<String> tenants, Instant expiry) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .subject(UUID.nameUUIDFromBytes(username.getBytes()).toString())
                .audience(AUDIENCE)
                .issueTime(Date.from(now.minusSeconds(5)))
                .expirationTime(Date.from(expiry))
                .jwtID(UUID.randomUUID().toString())
                .claim("preferred_username", username)
                .claim("upn", username)
                .claim("name", username)
                .claim("groups", roles)
                .claim("organization", tenants);
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                    .type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign a test token", e);
        }
    }
}
