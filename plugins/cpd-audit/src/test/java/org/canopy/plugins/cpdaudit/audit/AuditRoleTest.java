package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.Caller;
import org.canopy.platform.api.Caller.RoleScope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AuditRoleTest {

    private final UUID school = UUID.randomUUID();
    private final UUID otherSchool = UUID.randomUUID();

    @Test
    void theSchoolsLeadersRunItsAuditAndNoOtherSchools() {
        Caller lead = caller(RoleScope.school("cpd-lead", school));
        assertThat(AuditRole.RUNNER.heldBy(lead, school)).isTrue();
        assertThat(AuditRole.RUNNER.heldBy(lead, otherSchool)).isFalse();
        assertThat(AuditRole.READER.heldBy(lead, otherSchool)).isFalse();
        assertThat(AuditRole.MODERATOR.heldBy(lead, school)).as("a school does not moderate its own audit").isFalse();
        assertThat(AuditRole.PUBLISHER.heldBy(lead, school)).isTrue();
        assertThat(AuditRole.READER.heldOverTrust(lead)).isFalse();
    }

    @Test
    void theTrustsCpdDirectorModeratesAndPublishesEverySchoolsAuditButDoesNotRunIt() {
        Caller director = caller(RoleScope.wholeTenant("trust-cpd-director"));
        assertThat(AuditRole.MODERATOR.heldBy(director, otherSchool)).isTrue();
        assertThat(AuditRole.PUBLISHER.heldBy(director, school)).isTrue();
        assertThat(AuditRole.RUNNER.heldBy(director, school)).isFalse();
        assertThat(AuditRole.READER.heldOverTrust(director)).isTrue();
    }

    @Test
    void aHubAdviserModeratesTheGrantedSchoolOnlyAndAReadOnlyAdviserOnlyReads() {
        Caller adviser = caller(RoleScope.school("expert-adviser", school));
        assertThat(AuditRole.MODERATOR.heldBy(adviser, school)).isTrue();
        assertThat(AuditRole.MODERATOR.heldBy(adviser, otherSchool)).isFalse();
        assertThat(AuditRole.READER.heldBy(adviser, otherSchool)).isFalse();
        assertThat(AuditRole.RUNNER.heldBy(adviser, school) || AuditRole.PUBLISHER.heldBy(adviser, school)).isFalse();
        Caller reader = caller(RoleScope.school("expert-adviser-reader", school));
        assertThat(AuditRole.READER.heldBy(reader, school)).isTrue();
        assertThat(AuditRole.MODERATOR.heldBy(reader, school)).isFalse();
    }

    @Test
    void governorsAndTheExecutiveOnlyRead() {
        for (String role : List.of("governor", "trust-executive")) {
            Caller reader = caller(RoleScope.wholeTenant(role));
            assertThat(AuditRole.READER.heldBy(reader, school)).isTrue();
            assertThat(AuditRole.RUNNER.heldBy(reader, school) || AuditRole.MODERATOR.heldBy(reader, school)
                    || AuditRole.PUBLISHER.heldBy(reader, school)).isFalse();
        }
    }

    @Test
    void everyStepStartsWhereTheLastEnds() {
        assertThat(AuditStep.OPEN_SURVEY.to()).isEqualTo(AuditStep.CLOSE_SURVEY.from());
        assertThat(AuditStep.CLOSE_SURVEY.to()).isEqualTo(AuditStep.MODERATE.from());
        assertThat(AuditStep.MODERATE.to()).isEqualTo(AuditStep.PUBLISH.from()).isEqualTo(AuditStep.RETURN.from());
        assertThat(AuditStep.RETURN.to()).isEqualTo(AuditStep.MODERATE.from());
        assertThat(AuditStep.ofCode("publish")).contains(AuditStep.PUBLISH);
        assertThat(AuditStep.ofCode("PUBLISH")).isEmpty();
    }

    private static Caller caller(RoleScope... scopes) {
        return new Caller("someone", "Someone", List.of(scopes));
    }
}
