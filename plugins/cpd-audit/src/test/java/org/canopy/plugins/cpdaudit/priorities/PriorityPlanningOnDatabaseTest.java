package org.canopy.plugins.cpdaudit.priorities;

import org.canopy.platform.api.problem.ModuleProblem;
import org.canopy.platform.testkit.module.TestModuleContext;
import org.canopy.plugins.cpdaudit.TrustOnDatabase;
import org.canopy.plugins.cpdaudit.audit.Audit;
import org.canopy.plugins.cpdaudit.audit.AuditLifecycle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** A school's two transformation priorities and their actions, on a real database without the server. */
class PriorityPlanningOnDatabaseTest {

    private static final LocalDate DUE = LocalDate.of(2026, 4, 30);

    private final TrustOnDatabase trust = new TrustOnDatabase();
    private TestModuleContext lead;
    private Audit audit;

    @BeforeEach
    void aDraftAudit() {
        lead = trust.at(trust.riverside, "cpd-lead");
        audit = new AuditLifecycle(lead).start(trust.riverside.id(), TrustOnDatabase.YEAR);
    }

    @Test
    void twoPrioritiesInTwoAreasAreKeptInOrderAndChoosingFewerClearsTheRest() {
        PriorityPlanning planning = new PriorityPlanning(lead);

        planning.choose(audit.id(), List.of(new PriorityPlanning.PriorityInput("leadership", "Coaching for every middle leader"),
                new PriorityPlanning.PriorityInput("evaluating-impact", "  Measure what changes in lessons ")));

        assertThat(new PriorityBook(lead.data()).of(audit.id()))
                .extracting(StoredPriority::position, StoredPriority::areaKey, StoredPriority::title)
                .containsExactly(tuple(1, "leadership", "Coaching for every middle leader"),
                        tuple(2, "evaluating-impact", "Measure what changes in lessons"));

        planning.choose(audit.id(), List.of(new PriorityPlanning.PriorityInput("identifying-needs", "Ask staff first")));

        assertThat(new PriorityBook(lead.data()).of(audit.id())).extracting(StoredPriority::title).containsExactly("Ask staff first");
    }

    @Test
    void twoPrioritiesInOneAreaAreRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> new PriorityPlanning(lead).choose(audit.id(), List.of(
                new PriorityPlanning.PriorityInput("leadership", "One"), new PriorityPlanning.PriorityInput("leadership", "Two"))))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(400));

        assertThat(new PriorityBook(lead.data()).of(audit.id())).isEmpty();
    }

    @Test
    void anActionIsAddedAndUpdatedUnderItsPriorityOnly() {
        PriorityPlanning planning = new PriorityPlanning(lead);
        List<StoredPriority> priorities = planning.choose(audit.id(), List.of(
                new PriorityPlanning.PriorityInput("leadership", "Coaching"), new PriorityPlanning.PriorityInput("approaches-and-methods", "Lesson study")));
        UUID coaching = priorities.get(0).id();
        UUID lessonStudy = priorities.get(1).id();

        UUID action = planning.addAction(audit.id(), coaching, new PriorityPlanning.ActionInput("Train coaches", "Deputy head", DUE, "amber", false));
        planning.updateAction(audit.id(), coaching, action, new PriorityPlanning.ActionInput("Train coaches", "Deputy head", DUE, "green", true));

        assertThat(new PriorityBook(lead.data()).of(audit.id()).get(0).actions()).singleElement()
                .satisfies(stored -> assertThat(stored.action()).isEqualTo(new Action("Train coaches", "Deputy head", DUE, RagStatus.GREEN, true)));
        assertThatThrownBy(() -> planning.updateAction(audit.id(), lessonStudy, action,
                new PriorityPlanning.ActionInput("Moved", "Head", DUE, "red", false)))
                .isInstanceOfSatisfying(ModuleProblem.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void anotherTrustSeesNoneOfThem() {
        new PriorityPlanning(lead).choose(audit.id(), List.of(new PriorityPlanning.PriorityInput("leadership", "Coaching")));

        assertThat(new PriorityBook(TrustOnDatabase.anotherTrust("trust-cpd-director").data()).of(audit.id())).isEmpty();
    }
}
