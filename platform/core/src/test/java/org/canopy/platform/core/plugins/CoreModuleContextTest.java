package org.canopy.platform.core.plugins;

import org.canopy.platform.api.Caller;
import org.canopy.platform.core.identity.AccessPolicy;
import org.canopy.platform.core.identity.CanopyUser;
import org.canopy.platform.core.identity.Role;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/** The caller a module sees: the grants that count here, each with its school, and nobody for the platform or a visitor. */
class CoreModuleContextTest {

    private static final UUID OAK_PRIMARY = UUID.randomUUID();
    private static final UUID ELM_PRIMARY = UUID.randomUUID();

    @Test
    void aHeadteacherOfOneSchoolIsSeenWithThatSchoolAndAWholeTrustRoleWithNone() {
        CanopyUser head = person(Set.of(Role.HEADTEACHER, Role.GOVERNOR));
        AccessPolicy policy = new AccessPolicy(head.roles(), List.of(
                new AccessPolicy.Grant(Role.HEADTEACHER, Optional.of(OAK_PRIMARY)),
                new AccessPolicy.Grant(Role.GOVERNOR, Optional.empty()),
                new AccessPolicy.Grant(Role.CPD_LEAD, Optional.of(ELM_PRIMARY))));

        Caller caller = CoreModuleContext.callerOf(head, () -> policy).orElseThrow();

        assertThat(caller.username()).isEqualTo("head@oak.example");
        assertThat(caller.displayName()).isEqualTo("Hana Head");
        assertThat(caller.scopes()).as("a grant whose role is not in the token does not count").containsExactlyInAnyOrder(
                Caller.RoleScope.school("headteacher", OAK_PRIMARY), Caller.RoleScope.wholeTenant("governor"));
        assertThat(caller.hasRoleAt("headteacher", OAK_PRIMARY)).isTrue();
        assertThat(caller.hasRoleAt("headteacher", ELM_PRIMARY)).isFalse();
        assertThat(caller.hasRoleAt("cpd-lead", ELM_PRIMARY)).isFalse();
    }

    @Test
    void anAnonymousVisitorAndThePlatformHaveNoCallerAndTheirPolicyIsNotRead() {
        Supplier<AccessPolicy> unread = () -> {
            throw new AssertionError("the policy of someone who is not a person was read");
        };
        assertThat(CoreModuleContext.callerOf(CanopyUser.anonymous(), unread)).isEmpty();
        assertThat(CoreModuleContext.callerOf(CanopyUser.system("manifest"), unread)).isEmpty();
        assertThat(CanopyUser.anonymous().roles()).isEmpty();
        assertThat(CanopyUser.anonymous().tenants()).isEmpty();
    }

    private static CanopyUser person(Set<Role> roles) {
        return new CanopyUser("6d1f0c", "head@oak.example", "Hana Head", roles, Set.of("oak-trust"));
    }
}
