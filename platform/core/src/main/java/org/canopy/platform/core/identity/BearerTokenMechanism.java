package org.canopy.platform.core.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.HashSet;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Bearer tokens for the API. No token: the request goes on unauthenticated (the request gate then
 * answers 401 where a caller is needed). A token that does not verify: 401 at once (the
 * container's error page renders it as problem+json).
 */
@ApplicationScoped
public class BearerTokenMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerTokenMechanism.class.getName());
    private static final String PREFIX = "Bearer ";

    @Inject
    AccessTokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return context.doNothing();
        }
        try {
            JWTClaimsSet claims = verifier.verify(header.substring(PREFIX.length()).trim());
            String name = claims.getStringClaim("preferred_username");
            List<String> groups = claims.getStringListClaim("groups");
            return context.notifyContainerAboutLogin(new AccessTokenPrincipal(name == null ? claims.getSubject() : name, claims),
                    groups == null ? new HashSet<>() : new HashSet<>(groups));
        } catch (Exception e) {
            LOG.log(Level.FINE, "rejected access token", e);
            return context.responseUnauthorized();
        }
    }
}
