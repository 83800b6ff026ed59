package org.canopy.platform.core.identity;

import com.nimbusds.jwt.JWTClaimsSet;

import java.security.Principal;

/** The caller of a request, as its validated access token describes them. */
public record AccessTokenPrincipal(String getName, JWTClaimsSet claims) implements Principal {
}
