package org.canopy.platform.core.identity;

import com.nimbusds.jwt.JWTClaimsSet;
import org.junit.jupiter.api.Test;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading the caller from access-token claims in the shapes Keycloak issues. */
class CanopyUserTest {

    /** The caller the way a request knows them: from its validated token's principal. */
    private static CanopyUser fromToken(JWTClaimsSet claims) {
        return CanopyUser.of(new AccessTokenPrincipal(claims.getSubject(), claims)).orElseThrow();
    }

    private static JWTClaimsSet.Builder token() {
        return new JWTClaimsSet.Builder().subject("f3a1c2").claim("preferred_username", "ceo@oak.example")
                .claim("name", "Dee Ellis");
    }

    @Test
    void readsTenantsFromAListOfOrganizationAliases() {
        CanopyUser user = fromToken(token().claim("organization", List.of("oak-trust", "elm-hub")).build());
        assertThat(user.tenants()).containsExactlyInAnyOrder("oak-trust", "elm-hub");
        assertThat(user.memberOf("oak-trust")).isTrue();
        assertThat(user.memberOf("ash-trust")).isFalse();
    }

    @Test
    void readsTenantsFromAMapKeyedByAliasWhenTheMapperAddsIds() {
        CanopyUser user = fromToken(token().claim("organization",
                Map.of("oak-trust", Map.of("id", "a1"), "elm-hub", Map.of("id", "b2"))).build());
        assertThat(user.tenants()).containsExactlyInAnyOrder("oak-trust", "elm-hub");
    }

    @Test
    void aTokenWithoutOrganizationsBelongsToNoTenant() {
        assertThat(fromToken(token().build()).tenants()).isEmpty();
    }

    @Test
    void keepsOnlyCanopyRolesFromGroups() {
        CanopyUser user = fromToken(token().claim("groups",
                List.of("trust-executive", "offline_access", "default-roles-canopy", "Governor", "cpd-lead")).build());
        assertThat(user.roles()).containsExactlyInAnyOrder(Role.TRUST_EXECUTIVE, Role.CPD_LEAD);
        assertThat(user.isOperator()).isFalse();
        assertThat(fromToken(token().claim("groups", List.of("platform-operator")).build()).isOperator()).isTrue();
    }

    @Test
    void namesTheCallerByUsernameAndDisplayNameFallingBackToTheSubject() {
        CanopyUser named = fromToken(token().build());
        assertThat(named.username()).isEqualTo("ceo@oak.example");
        assertThat(named.displayName()).isEqualTo("Dee Ellis");
        CanopyUser bare = fromToken(new JWTClaimsSet.Builder().subject("f3a1c2").build());
        assertThat(bare.username()).isEqualTo("f3a1c2");
        assertThat(bare.displayName()).isEqualTo("f3a1c2");
    }

    @Test
    void onlyAnAccessTokenPrincipalIsACaller() {
        Principal other = () -> "someone";
        assertThat(CanopyUser.of(other)).isEmpty();
        assertThat(CanopyUser.of(null)).isEmpty();
        assertThat(CanopyUser.of(new AccessTokenPrincipal("ceo@oak.example", token().build())))
                .hasValueSatisfying(user -> assertThat(user.username()).isEqualTo("ceo@oak.example"));
    }
}
