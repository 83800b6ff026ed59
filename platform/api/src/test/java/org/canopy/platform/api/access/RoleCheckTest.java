package org.canopy.platform.api.access;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.Caller.RoleScope;
import org.canopy.platform.api.problem.ModuleProblem;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RoleCheckTest {

    private final UUID riverside = UUID.randomUUID();
    private final UUID oakwood = UUID.randomUUID();
    private final Caller lead = new Caller("lead", "Lee", List.of(RoleScope.school(Roles.CPD_LEAD, riverside)));
    private final Caller director = new Caller("dir", "", List.of(RoleScope.wholeTenant(Roles.TRUST_CPD_DIRECTOR)));

    @Test
    void aSchoolRoleCountsAtThatSchoolOnly() {
        assertThat(lead.eitherOf(Roles.CPD_LEAD, Roles.HEADTEACHER).at(riverside)).isTrue();
        assertThat(lead.eitherOf(Roles.CPD_LEAD).at(oakwood)).isFalse();
        assertThat(lead.eitherOf(Roles.CPD_LEAD).overTenant()).isFalse();
        assertThat(lead.eitherOf(Roles.CPD_LEAD).anywhere()).isTrue();
        assertThat(lead.eitherOf(Roles.HEADTEACHER).anywhere()).isFalse();
    }

    @Test
    void aTenantRoleCountsAtEverySchool() {
        assertThat(director.eitherOf(Roles.TRUST_CPD_DIRECTOR).at(oakwood)).isTrue();
        assertThat(director.eitherOf(List.of(Roles.TRUST_EXECUTIVE, Roles.TRUST_CPD_DIRECTOR)).overTenant()).isTrue();
    }

    @Test
    void requiringRefusesWith403OrHidesWith404() {
        assertThatThrownBy(() -> lead.eitherOf(Roles.TRUST_CPD_DIRECTOR).requireAt(riverside, "Only the CPD director may moderate."))
                .isInstanceOfSatisfying(ModuleProblem.class, p -> {
                    assertThat(p.status()).isEqualTo(403);
                    assertThat(p.detail()).isEqualTo("Only the CPD director may moderate.");
                });
        assertThatThrownBy(() -> lead.eitherOf(Roles.CPD_LEAD).visibleAt(oakwood, "Audit"))
                .isInstanceOfSatisfying(ModuleProblem.class, p -> assertThat(p.status()).isEqualTo(404));
        assertThatThrownBy(() -> lead.eitherOf(Roles.CPD_LEAD).requireOverTenant("Only trust-wide."))
                .isInstanceOf(ModuleProblem.class);
        lead.eitherOf(Roles.CPD_LEAD).requireAt(riverside, "never");
    }

    @Test
    void theActorIsTheDisplayNameOrElseTheLogin() {
        assertThat(lead.actor()).isEqualTo("Lee");
        assertThat(director.actor()).isEqualTo("dir");
    }
}
