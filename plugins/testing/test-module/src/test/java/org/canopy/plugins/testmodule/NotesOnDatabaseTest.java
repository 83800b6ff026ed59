package org.canopy.plugins.testmodule;

import org.canopy.platform.api.SharedModel;
import org.canopy.platform.api.TenantRef;
import org.canopy.platform.testkit.module.ModuleDatabase;
import org.canopy.platform.testkit.module.TestModuleContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The test module's notes on a real database, without the server: its SQL, its seed, its school scope and its metric. */
class NotesOnDatabaseTest {

    private static final ModuleDatabase DATABASE = ModuleDatabase.shared();
    private static final String MODULE = "test-module";

    private TenantRef trust;
    private SharedModel.School riverside;
    private SharedModel.School hillside;
    private TestModuleContext context;

    @BeforeAll
    static void install() {
        DATABASE.install(MODULE, new TestModule());
    }

    @BeforeEach
    void aTrustWithTwoSchools() {
        trust = DATABASE.newTenant("Notes Trust", TenantRef.Kind.TRUST);
        riverside = DATABASE.newSchool(trust, "100101", "Riverside Primary", "primary");
        hillside = DATABASE.newSchool(trust, "100102", "Hillside Academy", "secondary");
        context = DATABASE.context(MODULE, trust).as("ceo@notes", "trust-executive");
    }

    /** A note as the module writes one (its routes answer JAX-RS responses, which need the server). */
    private void write(String text, UUID school) {
        context.data().update("insert into note (text, school_id) values (?, ?)", text, school);
    }

    @Test
    void enablingTwiceSeedsTheWelcomeNoteOnce() {
        TestModule module = new TestModule();
        module.onEnabled(context.withoutCaller());
        module.onEnabled(context.withoutCaller());

        assertThat(new NoteRoutes(context).notes(null, null)).extracting(NoteRoutes.Note::text).containsExactly(TestModule.WELCOME);
    }

    @Test
    void anotherTrustsNotesAreNotThere() {
        write("ours", riverside.id());
        TestModuleContext other = DATABASE.context(MODULE, DATABASE.newTenant("Other Trust", TenantRef.Kind.TRUST))
                .as("ceo@other", "trust-executive");

        assertThat(new NoteRoutes(other).notes(null, null)).isEmpty();
        assertThat(new NoteRoutes(context).notes(null, null)).extracting(NoteRoutes.Note::text).containsExactly("ours");
    }

    @Test
    void aSchoolsCallerSeesThatSchoolsNotesOnly() {
        write("riverside's", riverside.id());
        write("hillside's", hillside.id());

        TestModuleContext lead = context.atSchool("lead@riverside", riverside.id(), "cpd-lead");

        assertThat(new NoteRoutes(lead).schoolNotes()).extracting(NoteRoutes.Note::text).containsExactly("riverside's");
        assertThat(new NoteRoutes(context).schoolNotes()).hasSize(2);
    }

    @Test
    void aFailedPairLeavesNothing() {
        assertThatThrownBy(() -> new NoteRoutes(context).pairThatFails()).hasMessageContaining("too long");

        assertThat(new NoteRoutes(context).notes(null, null)).isEmpty();
    }

    @Test
    void notesPerSchoolAreTheModulesMetric() {
        write("one", riverside.id());
        write("two", riverside.id());
        write("about the trust", null);

        assertThat(new NoteMetrics().values(context, "2025/26")).filteredOn(value -> value.metric().equals(NoteMetrics.NOTES))
                .singleElement().satisfies(value -> {
                    assertThat(value.schoolId()).isEqualTo(riverside.id());
                    assertThat(value.value()).isEqualByComparingTo(BigDecimal.valueOf(2));
                });
        assertThat(new NoteMetrics().headlines(context, "2025/26", List.of(riverside.id(), hillside.id())))
                .containsExactly("Notes: 2 written for these 2 schools.");
    }
}
