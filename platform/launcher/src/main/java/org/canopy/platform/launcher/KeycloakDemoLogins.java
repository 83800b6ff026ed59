package org.canopy.platform.launcher;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The embedded default only: gives every member of every tenant organization (the first
 * administrators provisioning created, who would otherwise set a password at first sign-in) the
 * demo password, adds a platform operator, and lists one login per role and tenant.
 */
final class KeycloakDemoLogins {

    static final String DEMO_PASSWORD = "Canopy-demo-2026";
    static final String OPERATOR = "operator";

    private KeycloakDemoLogins() {
    }

    record Login(String role, String tenant, String username, String password) {
        @Override
        public String toString() {
            return "canopy: login " + role + " " + tenant + " " + username + " " + password;
        }
    }

    static List<Login> prepare(EmbeddedKeycloak keycloak) {
        KeycloakAdmin admin = KeycloakAdmin.login(keycloak);
        List<Login> logins = new ArrayList<>();
        String operator = admin.ensureUser(OPERATOR, "operator@canopy.invalid", "Platform", "Operator", DEMO_PASSWORD);
        admin.grantRealmRoles(operator, List.of("platform-operator"));
        logins.add(new Login("platform-operator", "-", OPERATOR, DEMO_PASSWORD));
        for (Map.Entry<String, String> organization : admin.organizations().entrySet()) {
            for (JsonNode member : admin.members(organization.getValue())) {
                String userId = member.path("id").asText();
                admin.setPassword(userId, DEMO_PASSWORD);
                for (String role : admin.realmRoles(userId)) {
                    logins.add(new Login(role, organization.getKey(), member.path("username").asText(), DEMO_PASSWORD));
                }
            }
        }
        return logins;
    }
}
