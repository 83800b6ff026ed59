package org.canopy.platform.core.identity;

import com.nimbusds.jwt.JWTClaimsSet;

import java.security.Principal;
import java.util.Map;

/**
 * The caller of a request, as its validated access token describes them: the adapter between the
 * JWT library and {@link CanopyUser}, which reads the claims as plain values.
 */
public record AccessTokenPrincipal(String getName, JWTClaimsSet claims) implements Principal {

    public Map<String, Object> claimValues() {
        return claims.getClaims();
    }
}
