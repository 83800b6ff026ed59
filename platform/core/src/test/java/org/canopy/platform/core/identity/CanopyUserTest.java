package org.canopy.platform.core.identity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class CanopyUserTest {

    @Test
    void readsTenantsFromAJsonArrayOfAliases() {
        CanopyUser user = CanopyUser.from(token(Map.of("sub", "u-1",
                "organization", jsonArray(jsonString("oak-trust"), jsonString("elm-hub")))));

        assertThat(user.tenants()).containsExactlyInAnyOrder("oak-trust", "elm-hub");
        assertThat(user.memberOf("oak-trust")).isTrue();
        assertThat(user.memberOf("ash-trust")).isFalse();
    }

    @Test
    void readsTenantsFromTheKeysOfAJsonObjectKeyedByAlias() {
        JsonObject organization = jsonObject(Map.of(
                "oak-trust", jsonObject(Map.of("id", jsonString("0b6f-oak"))),
                "elm-hub", jsonObject(Map.of("id", jsonString("7c1e-elm")))));

        CanopyUser user = CanopyUser.from(token(Map.of("sub", "u-1", "organization", organization)));

        assertThat(user.tenants()).containsExactlyInAnyOrder("oak-trust", "elm-hub");
        assertThat(user.memberOf("0b6f-oak")).isFalse();
    }

    @Test
    void hasNoTenantsWithoutAnOrganizationClaim() {
        CanopyUser user = CanopyUser.from(token(Map.of("sub", "u-1")));

        assertThat(user.tenants()).isEmpty();
        assertThat(user.memberOf("oak-trust")).isFalse();
    }

    @Test
    void readsTenantsFromAPlainListOrString() {
        assertThat(CanopyUser.from(token(Map.of("organization", List.of("oak-trust", "elm-hub")))).tenants())
                .containsExactlyInAnyOrder("oak-trust", "elm-hub");
        assertThat(CanopyUser.from(token(Map.of("organization", "oak-trust"))).tenants())
                .containsExactly("oak-trust");
    }

    @Test
    void takesRolesFromGroupsIgnoringUnknownGroups() {
        CanopyUser user = CanopyUser.from(token(Map.of("sub", "u-1",
                "groups", Set.of("trust-executive", "cpd-lead", "offline_access", "TEACHER"))));

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.TRUST_EXECUTIVE, Role.CPD_LEAD);
        assertThat(user.hasAnyRole(Set.of(Role.CPD_LEAD, Role.GOVERNOR))).isTrue();
        assertThat(user.hasAnyRole(Set.of(Role.TEACHER))).isFalse();
        assertThat(user.isOperator()).isFalse();
    }

    @Test
    void recognisesThePlatformOperator() {
        assertThat(CanopyUser.from(token(Map.of("groups", Set.of("platform-operator")))).isOperator()).isTrue();
    }

    @Test
    void hasNoRolesWithoutGroups() {
        assertThat(CanopyUser.from(token(Map.of("sub", "u-1"))).roles()).isEmpty();
    }

    @Test
    void namesTheUserFromPreferredUsernameAndName() {
        CanopyUser user = CanopyUser.from(token(Map.of("sub", "u-1", "upn", "ada@oak.org",
                "preferred_username", jsonString("ada"), "name", "Ada Lovelace")));

        assertThat(user.subject()).isEqualTo("u-1");
        assertThat(user.username()).isEqualTo("ada");
        assertThat(user.displayName()).isEqualTo("Ada Lovelace");
    }

    @Test
    void fallsBackToThePrincipalNameThenSubjectWhenThereIsNoUsername() {
        CanopyUser byName = CanopyUser.from(token(Map.of("sub", "u-1", "upn", "ada@oak.org", "preferred_username", " ")));
        CanopyUser bySubject = CanopyUser.from(token(Map.of("sub", "u-1")));

        assertThat(byName.username()).isEqualTo("ada@oak.org");
        assertThat(byName.displayName()).as("display name falls back to the username").isEqualTo("ada@oak.org");
        assertThat(bySubject.username()).isEqualTo("u-1");
    }

    // --- a token and just enough JSON-P to build claims, without a JSON-P implementation on the class path ---

    /** A token whose principal name is the {@code upn} claim, as MicroProfile JWT specifies. */
    private static JsonWebToken token(Map<String, Object> claims) {
        Map<String, Object> all = new HashMap<>(claims);
        return new JsonWebToken() {
            @Override
            public String getName() {
                return (String) all.get("upn");
            }

            @Override
            public String getSubject() {
                return (String) all.get("sub");
            }

            @Override
            @SuppressWarnings("unchecked")
            public Set<String> getGroups() {
                return (Set<String>) all.get("groups");
            }

            @Override
            public Set<String> getClaimNames() {
                return all.keySet();
            }

            @Override
            @SuppressWarnings("unchecked")
            public <T> T getClaim(String claimName) {
                return (T) all.get(claimName);
            }
        };
    }

    private static JsonString jsonString(String value) {
        return new JsonString() {
            @Override
            public String getString() {
                return value;
            }

            @Override
            public CharSequence getChars() {
                return value;
            }

            @Override
            public ValueType getValueType() {
                return ValueType.STRING;
            }

            @Override
            public boolean equals(Object other) {
                return other instanceof JsonString s && s.getString().equals(value);
            }

            @Override
            public int hashCode() {
                return value.hashCode();
            }

            @Override
            public String toString() {
                return '"' + value + '"';
            }
        };
    }

    private static JsonArray jsonArray(JsonValue... values) {
        return backedBy(JsonArray.class, new ArrayList<>(Arrays.asList(values)), JsonValue.ValueType.ARRAY);
    }

    private static JsonObject jsonObject(Map<String, JsonValue> values) {
        return backedBy(JsonObject.class, new LinkedHashMap<>(values), JsonValue.ValueType.OBJECT);
    }

    /** The List or Map methods go to {@code backing}; JSON-P's typed getters are not needed here. */
    private static <T> T backedBy(Class<T> type, Object backing, JsonValue.ValueType valueType) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getName().equals("getValueType")) {
                return valueType;
            }
            if (!method.getDeclaringClass().isInstance(backing)) {
                throw new UnsupportedOperationException(method.toString());
            }
            try {
                return method.invoke(backing, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
