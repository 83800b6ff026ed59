package org.canopy.platform.core.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.net.MalformedURLException;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;

/**
 * Validates access tokens against Keycloak: RS256 signature with a key from Keycloak's JWKS,
 * issuer, audience and expiry. The key set is cached; a token signed with a key id not in the
 * cache makes it fetch the set again at once (key rotation), and while Keycloak is unreachable the
 * last good set keeps being used (outage tolerance), so tokens already issued keep working.
 * Configured with the MicroProfile JWT names: {@code mp.jwt.verify.issuer},
 * {@code mp.jwt.verify.publickey.location} (the JWKS URL), {@code mp.jwt.verify.audiences}.
 */
@ApplicationScoped
public class AccessTokenVerifier {

    private static final Duration CACHE = Duration.ofMinutes(5);
    private static final Duration REFRESH_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration MIN_REFRESH_INTERVAL = Duration.ofSeconds(2);
    private static final Duration OUTAGE_TOLERANCE = Duration.ofHours(12);
    private static final int CLOCK_SKEW_SECONDS = 5;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String jwks;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "canopy-api")
    String audience;

    private volatile ConfigurableJWTProcessor<SecurityContext> processor;

    /** The token's claims; throws when the token is not one Canopy accepts. */
    public JWTClaimsSet verify(String token) throws Exception {
        return processor().process(token, null);
    }

    private ConfigurableJWTProcessor<SecurityContext> processor() throws MalformedURLException {
        ConfigurableJWTProcessor<SecurityContext> current = processor;
        if (current == null) {
            synchronized (this) {
                if (processor == null) {
                    processor = build();
                }
                current = processor;
            }
        }
        return current;
    }

    private ConfigurableJWTProcessor<SecurityContext> build() throws MalformedURLException {
        JWKSource<SecurityContext> keys = JWKSourceBuilder.create(URI.create(jwks).toURL())
                .cache(CACHE.toMillis(), REFRESH_TIMEOUT.toMillis())
                .rateLimited(MIN_REFRESH_INTERVAL.toMillis())
                .outageTolerant(OUTAGE_TOLERANCE.toMillis())
                .retrying(true)
                .build();
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // mutable sets: the verifier asks them about null, which Set.of(...) refuses
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(List.of(audience)), new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(List.of("sub", "exp", "iat")), new HashSet<>());
        claims.setMaxClockSkew(CLOCK_SKEW_SECONDS);
        jwt.setJWTClaimsSetVerifier(claims);
        return jwt;
    }
}
