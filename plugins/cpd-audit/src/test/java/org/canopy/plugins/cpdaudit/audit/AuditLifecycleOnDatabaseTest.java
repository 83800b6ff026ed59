package org.canopy.plugins.cpdaudit.audit;

import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.plugins.cpdaudit.TrustOnDatabase;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Starting a school's audit, on a real database without the server: the store, its history, who may, and the tenant's walls. */
class AuditLifecycleOnDatabaseTest {

    private final TrustOnDatabase trust = new TrustOnDatabase();

    @Test
    void theSchoolsLeadStartsADraftRecordedInItsHistory() {
        var lead = trust.at(trust.riverside, "cpd-lead");

        Audit audit = new AuditLifecycle(lead).start(trust.riverside.id(), TrustOnDatabase.YEAR);

        assertThat(audit.status()).isEqualTo(AuditStatus.DRAFT);
        assertThat(audit.edition()).isEqualTo(1);
        assertThat(audit.academicYear()).isEqualTo(TrustOnDatabase.YEAR);
        assertThat(new Audits(lead.data()).history(audit.id())).singleElement().satisfies(event -> {
            assertThat(event.from()).isEmpty();
            assertThat(event.to()).isEqualTo(AuditStatus.DRAFT);
            assertThat(event.actor()).isEqualTo("cpd-lead@200101");
        });
    }

    @Test
    void aSecondAuditOfTheSameYearIsAConflictAndNothingIsAdded() {
        var lead = trust.at(trust.riverside, "cpd-lead");
        new AuditLifecycle(lead).start(trust.riverside.id(), TrustOnDatabase.YEAR);

        assertThatThrownBy(() -> new AuditLifecycle(lead).start(trust.riverside.id(), TrustOnDatabase.YEAR))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThat(new Audits(lead.data()).ofSchool(trust.riverside.id())).hasSize(1);
    }

    @Test
    void anotherSchoolsLeadIsNotToldTheAuditExistsAndAGovernorMayOnlyRead() {
        Audit audit = new AuditLifecycle(trust.at(trust.riverside, "cpd-lead")).start(trust.riverside.id(), TrustOnDatabase.YEAR);

        assertThatThrownBy(() -> new AuditLifecycle(trust.at(trust.hillside, "cpd-lead"))
                .step(audit.id(), AuditStep.OPEN_SURVEY, Optional.empty()))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThatThrownBy(() -> new AuditLifecycle(trust.overTrust("governor")).start(trust.hillside.id(), TrustOnDatabase.YEAR))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(403));
    }

    @Test
    void aSchoolOrYearNotOfTheTrustIsRefused() {
        var lead = trust.at(trust.riverside, "cpd-lead");

        assertThatThrownBy(() -> new AuditLifecycle(lead).start(UUID.randomUUID(), TrustOnDatabase.YEAR))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> new AuditLifecycle(lead).start(trust.riverside.id(), "2031/32"))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(400));
    }

    @Test
    void anotherTrustCannotSeeTheAudit() {
        Audit audit = new AuditLifecycle(trust.at(trust.riverside, "cpd-lead")).start(trust.riverside.id(), TrustOnDatabase.YEAR);

        var otherTrust = TrustOnDatabase.anotherTrust("trust-cpd-director");

        assertThat(new Audits(otherTrust.data()).find(audit.id())).isEmpty();
        assertThat(new Audits(otherTrust.data()).history(audit.id())).isEmpty();
    }
}
