package org.canopy.platform.api.problem;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ModuleProblemTest {

    @Test
    void everyKindHasItsTypeInTheOneScheme() {
        assertThat(ModuleProblem.invalid("text", "Enter a note").type()).isEqualTo("urn:canopy:problem:invalid-input");
        assertThat(ModuleProblem.notFound("Audit").type()).isEqualTo("urn:canopy:problem:not-found");
        assertThat(ModuleProblem.forbidden("No.").status()).isEqualTo(403);
        assertThat(new ModuleProblem(400, "invalid-framework", "Invalid framework", "x", List.of()).type())
                .isEqualTo("urn:canopy:problem:invalid-framework");
    }

    @Test
    void aKindOutsideTheSchemeOrAStatusThatIsNotARefusalIsAMistake() {
        assertThatThrownBy(() -> ProblemTypes.of("Invalid Input")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ModuleProblem(500, "boom", "Boom", "x", List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void invalidInputListsEveryFieldAndSaysItInSentences() {
        FieldErrors errors = new FieldErrors().add("text", "Enter a note").add("attachment", "The file must be smaller than 1 MB");
        assertThatThrownBy(errors::throwIfAny).isInstanceOfSatisfying(ModuleProblem.class, p -> {
            assertThat(p.status()).isEqualTo(400);
            assertThat(p.errors()).extracting(FieldError::field).containsExactly("text", "attachment");
            assertThat(p.detail()).isEqualTo("Enter a note. The file must be smaller than 1 MB.");
            assertThat(p.messages()).containsExactly("Enter a note", "The file must be smaller than 1 MB");
        });
        new FieldErrors().throwIfAny();
    }

    @Test
    void aConflictGivesEachReasonAsAGeneralError() {
        ModuleProblem conflict = ModuleProblem.conflict(List.of("Leadership has no judgement yet", "Choose 2 priorities"));
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.errors()).allMatch(FieldError::isGeneral).hasSize(2);
    }
}
